using MentorHub.Web.Modules.Planning.Domain;
using MentorHub.Web.Modules.SelfAssessment.Api;

namespace MentorHub.Tests.Modules.Planning;

/// <summary>What a new plan proposes from hand-made reports.</summary>
public sealed class PlanProposalTests
{
    private static SchoolNeeds Needs(params AreaNeed[] areas) => new("PT-1", "r1", DateTime.UtcNow, areas);

    [Fact]
    public void Two_weakest_areas_and_a_third_only_below_the_middle_of_the_scale()
    {
        var two = PlanProposal.From(Needs(new("vision", 3.9, null, null, null), new("leadership", 2.4, null, null, null), new("pedagogy", 2.9, null, null, null), new("learning", 3.2, null, null, null)));
        Assert.Equal(["leadership", "pedagogy"], two.WeakestAreas.Select(a => a.AreaId));
        var three = PlanProposal.From(Needs(new("vision", 2.95, null, null, null), new("leadership", 2.4, null, null, null), new("pedagogy", 2.9, null, null, null)));
        Assert.Equal(["leadership", "pedagogy", "vision"], three.WeakestAreas.Select(a => a.AreaId));
    }

    [Fact]
    public void The_largest_gap_is_the_largest_in_size_whichever_group_sees_more()
    {
        var proposal = PlanProposal.From(Needs(new("vision", 3.0, 3.5, 2.5, 1.0), new("leadership", 3.1, 2.3, 3.9, -1.6), new("pedagogy", 3.2, null, 3.2, null)));
        Assert.Equal("leadership", proposal.LargestGap!.AreaId);
        Assert.Null(PlanProposal.From(Needs(new AreaNeed("vision", 3.0, null, 3.0, null))).LargestGap);
    }

    [Fact]
    public void Without_a_report_nothing_is_proposed()
    {
        Assert.Empty(PlanProposal.From(null).WeakestAreas);
        Assert.Null(PlanProposal.From(Needs()).LargestGap);
    }
}
