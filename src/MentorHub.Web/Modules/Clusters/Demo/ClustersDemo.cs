using System.Security.Claims;
using MentorHub.Web.Modules.Clusters.AcceptProposal;
using MentorHub.Web.Modules.Clusters.Domain;
using MentorHub.Web.Modules.Clusters.ProposeClusters;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Modules.Schools.Api;
using MentorHub.Web.Platform.Demo;
using MentorHub.Web.Platform.Security;

namespace MentorHub.Web.Modules.Clusters.Demo;

/// <summary>
/// The demo programme's clusters, formed the way users form them: the Lisbon hub (top-down) by an
/// accepted optimiser proposal, the Setúbal hub (bottom-up) through invitations and requests that the
/// other school accepted and the hub approved. Three Setúbal mentees stay free, with one request
/// waiting for an answer and one waiting for approval, so both flows can be tried at once.
/// </summary>
internal sealed class ClustersDemo(ProposeClustersHandler propose, AcceptProposalHandler accept, IProgrammeDirectory programmes, ISchoolDirectory schools, ClusterNames names) : IDemoContributor
{
    public int Order => 50;

    public async Task SeedAsync(DemoContext demo, CancellationToken ct)
    {
        var programmeId = Guid.Parse(demo.Ids[DemoKeys.Programme]);
        var lisbon = Guid.Parse(demo.Ids[DemoKeys.TopDownHub]);
        var setubal = Guid.Parse(demo.Ids[DemoKeys.BottomUpHub]);
        var coordinator = Principal(demo, "coordinator@demo.example", new Claim(Access.ScopedRoleClaim, $"{Role.NationalCoordinator}:{ScopeType.Programme}:{programmeId}"));

        var proposal = await propose.ProposeAsync(programmeId,
            new ProposeClustersRequest(4, null, new ProposalWeights(1, 20, 15, 10), [], [], null, false, false, lisbon), coordinator, ct);
        await accept.AcceptAsync(proposal.Id, coordinator, ct);

        var hubCoordinator = UserId(demo, "hub@demo.example");
        var mentorUser = UserId(demo, "mentor-school@demo.example");
        var menteeUser = UserId(demo, "mentee-school@demo.example");
        // Ordered by school id, so tests can tell which schools the demo left free.
        var setubalSchools = (await programmes.ParticipantsAsync(programmeId, ct)).Where(p => p.HubId == setubal).ToList();
        var mentors = setubalSchools.Where(p => p.Role == "mentor").Select(p => p.SchoolId).Order(StringComparer.Ordinal).ToArray();
        var mentees = setubalSchools.Where(p => p.Role == "mentee").Select(p => p.SchoolId).Order(StringComparer.Ordinal).ToArray();
        var at = DateTime.UtcNow;
        var clusters = new Dictionary<string, Cluster>();
        foreach (var mentor in mentors)
        {
            var cluster = Cluster.Start(programmeId, setubal, mentor, ClusterMode.BottomUp, Cluster.DefaultCapacity, await names.DefaultAsync(mentor, ct));
            clusters[mentor] = cluster;
            demo.Db.Add(cluster);
            await programmes.AssignClusterAsync(programmeId, mentor, cluster.Id, ct);
        }
        // Schools that organise themselves mostly pick a neighbour: each of the first nine mentees
        // ends with the nearest mentor that still has one of its three demo places.
        var where = await schools.FindManyAsync([.. mentors, .. mentees], ct);
        for (var k = 0; k < 9; k++)
        {
            var mentee = mentees[k];
            var mentor = mentors.Where(m => clusters[m].CurrentMenteeIds.Count() < 3)
                .OrderBy(m => Km(where, mentee, m)).ThenBy(m => m, StringComparer.Ordinal).First();
            // Alternate who makes the first move, as schools do.
            var request = NewRequest(programmeId, setubal, mentor, mentee, k % 2 == 0 ? RequestDirection.Invite : RequestDirection.Ask, null);
            request.Accept(null, at);
            request.Approve(clusters[mentor], hubCoordinator, at);
            demo.Db.Add(request);
            await programmes.AssignClusterAsync(programmeId, mentee, clusters[mentor].Id, ct);
        }
        demo.Db.Add(NewRequest(programmeId, setubal, mentors[0], mentees[9], RequestDirection.Ask, null));
        var agreed = NewRequest(programmeId, setubal, mentors[1], mentees[10], RequestDirection.Invite, mentorUser);
        agreed.Accept(null, at);
        demo.Db.Add(agreed);

        // The demo school and hub accounts also speak for Setúbal schools, so the bottom-up pages have something to show them.
        demo.Db.Add(RoleAssignment.Create(hubCoordinator!.Value, Role.HubCoordinator, ScopeType.Hub, setubal.ToString()));
        demo.Db.Add(RoleAssignment.Create(mentorUser!.Value, Role.SchoolCoordinator, ScopeType.School, mentors[2]));
        demo.Db.Add(RoleAssignment.Create(menteeUser!.Value, Role.SchoolCoordinator, ScopeType.School, mentees[11]));
        demo.Ids["cluster-demo.bottom-up-mentor"] = mentors[2];
        demo.Ids["cluster-demo.bottom-up-mentee"] = mentees[11];
    }

    private static ClusterRequest NewRequest(Guid programmeId, Guid hubId, string mentor, string mentee, RequestDirection direction, Guid? by) => new()
    {
        ProgrammeId = programmeId,
        HubId = hubId,
        MentorSchoolId = mentor,
        MenteeSchoolId = mentee,
        Direction = direction,
        CreatedBy = by,
        Message = direction == RequestDirection.Invite ? "We would be glad to work with you this year." : "We would like to join your cluster.",
    };

    private static double Km(IReadOnlyDictionary<string, SchoolSummary> where, string a, string b) =>
        GreatCircle.DistanceKm(where.GetValueOrDefault(a), where.GetValueOrDefault(b)) ?? double.MaxValue;

    private static Guid? UserId(DemoContext demo, string email) =>
        demo.Ids.TryGetValue("user." + email, out var id) ? Guid.Parse(id) : null;

    private static ClaimsPrincipal Principal(DemoContext demo, string email, Claim role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, UserId(demo, email)?.ToString() ?? ""), role], "demo"));
}
