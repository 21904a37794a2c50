using MentorHub.Web.Modules.SelfAssessment.Api;

namespace MentorHub.Web.Modules.Planning.Domain;

/// <summary>
/// What a new plan starts from: goals on the school's weakest areas and the area where its leaders and
/// teachers disagree most, from its latest released self-assessment (already suppressed as the report is).
/// </summary>
internal sealed record PlanProposal(IReadOnlyList<AreaNeed> WeakestAreas, AreaNeed? LargestGap)
{
    /// <summary>Below the middle of the 1–5 scale an area counts as weak enough for a third goal.</summary>
    public const double ThirdGoalBelow = 3.0;

    public static PlanProposal None { get; } = new([], null);

    /// <summary>
    /// The two weakest areas, and the third weakest as well when it is below the middle of the scale
    /// (SELFIE's action planning picks two or three focus areas). The gap is the largest in size either way.
    /// </summary>
    public static PlanProposal From(SchoolNeeds? needs)
    {
        if (needs is null || needs.Areas.Count == 0)
        {
            return None;
        }
        var ordered = needs.Areas.OrderBy(a => a.Mean).ThenBy(a => a.AreaId, StringComparer.Ordinal).ToList();
        var weakest = ordered.Take(2).ToList();
        if (ordered.Count > 2 && ordered[2].Mean < ThirdGoalBelow)
        {
            weakest.Add(ordered[2]);
        }
        var gap = needs.Areas.Where(a => a.Gap is not null)
            .OrderByDescending(a => Math.Abs(a.Gap!.Value)).ThenBy(a => a.AreaId, StringComparer.Ordinal)
            .FirstOrDefault();
        return new PlanProposal(weakest, gap);
    }
}
