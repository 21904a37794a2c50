using MentorHub.Web.Modules.Clusters.Domain;
using MentorHub.Web.Platform.Errors;

namespace MentorHub.Tests.Modules.Clusters.Domain;

public sealed class ClusterMembershipTests
{
    private static readonly DateTime Monday = new(2026, 10, 5, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_cluster_holds_no_more_mentees_than_its_capacity_and_every_change_bumps_its_version()
    {
        var cluster = Cluster.Start(Guid.NewGuid(), null, "M1", ClusterMode.BottomUp, 2, "Cluster of M1");
        var version = cluster.Version;
        cluster.Join("E1", Monday, "invited");
        cluster.Join("E2", Monday, "invited");
        Assert.True(cluster.Version > version);
        Assert.False(cluster.HasRoom);
        var full = Assert.Throws<BusinessRuleException>(() => cluster.Join("E3", Monday, "invited"));
        Assert.Contains("full", full.Message);
        Assert.Throws<BusinessRuleException>(() => cluster.SetCapacity(1));
        Assert.Equal(["E1", "E2"], cluster.CurrentMenteeIds.Order());
    }

    [Fact]
    public void Leaving_closes_the_membership_instead_of_deleting_it()
    {
        var cluster = Cluster.Start(Guid.NewGuid(), null, "M1", ClusterMode.TopDown, 4, "Cluster of M1");
        cluster.Join("E1", Monday, "proposed by the optimiser");
        cluster.Leave("E1", Monday.AddDays(30), "moved away");
        cluster.Join("E1", Monday.AddDays(60), "came back");

        var rows = cluster.Members.Where(m => m.SchoolId == "E1").OrderBy(m => m.JoinedAt).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(Monday.AddDays(30), rows[0].LeftAt);
        Assert.Equal("moved away", rows[0].LeaveReason);
        Assert.Null(rows[1].LeftAt);
        Assert.Single(cluster.CurrentMembers, m => m.Role == MemberRole.Mentor);
        Assert.Throws<BusinessRuleException>(() => cluster.Leave("E9", Monday, "never joined"));
    }

    [Fact]
    public void Shared_space_links_must_be_web_addresses()
    {
        var cluster = Cluster.Start(Guid.NewGuid(), null, "M1", ClusterMode.BottomUp, 4, "Cluster of M1");
        Assert.Equal("https://meet.example.org/room", cluster.AddLink("Video room", "https://meet.example.org/room").Url);
        Assert.True(Assert.Throws<InputException>(() => cluster.AddLink("Bad", "javascript:alert(1)")).Errors.ContainsKey("url"));
        Assert.True(Assert.Throws<InputException>(() => cluster.AddLink("Bad", "not a url")).Errors.ContainsKey("url"));
    }

    [Fact]
    public void A_request_is_answered_by_the_other_school_before_the_hub_approves()
    {
        var invite = Request(RequestDirection.Invite);
        Assert.Equal("E1", invite.ResponderSchoolId);
        Assert.Equal("M1", invite.RequesterSchoolId);
        var cluster = Cluster.Start(invite.ProgrammeId, null, "M1", ClusterMode.BottomUp, 4, "Cluster of M1");

        Assert.Throws<BusinessRuleException>(() => invite.Approve(cluster, null, Monday));
        invite.Accept(null, Monday);
        Assert.Throws<BusinessRuleException>(() => invite.Accept(null, Monday));
        invite.Approve(cluster, null, Monday);
        Assert.Equal(RequestStatus.Approved, invite.Status);
        Assert.Equal(cluster.Id, invite.ClusterId);
        Assert.Contains("E1", cluster.CurrentMenteeIds);
        Assert.Throws<BusinessRuleException>(() => invite.Withdraw(null, Monday));

        var ask = Request(RequestDirection.Ask);
        Assert.Equal("M1", ask.ResponderSchoolId);
        ask.Decline(null, Monday);
        Assert.False(ask.IsOpen);
        Assert.Throws<BusinessRuleException>(() => ask.Reject(null, Monday));
    }

    [Fact]
    public void Approval_into_a_full_cluster_is_refused_and_the_request_stays_open()
    {
        var request = Request(RequestDirection.Ask);
        request.Accept(null, Monday);
        var cluster = Cluster.Start(request.ProgrammeId, null, "M1", ClusterMode.BottomUp, 0, "Cluster of M1");
        Assert.Throws<BusinessRuleException>(() => request.Approve(cluster, null, Monday));
        Assert.Equal(RequestStatus.Accepted, request.Status);
    }

    private static ClusterRequest Request(RequestDirection direction) => new()
    {
        ProgrammeId = Guid.NewGuid(), MentorSchoolId = "M1", MenteeSchoolId = "E1", Direction = direction,
    };
}
