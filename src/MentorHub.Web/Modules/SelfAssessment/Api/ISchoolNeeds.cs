namespace MentorHub.Web.Modules.SelfAssessment.Api;

/// <summary>
/// One area of a school's latest released self-assessment. <see cref="Mean"/> weighs every shown
/// group the same; a group's mean is there only when the anonymity policy lets the school report show it.
/// </summary>
/// <param name="Gap">Leaders' mean minus teachers' mean, when both are shown; positive when leaders see the area better than teachers do.</param>
public sealed record AreaNeed(string AreaId, double Mean, double? LeadersMean, double? TeachersMean, double? Gap);

/// <param name="RoundId">The released round the figures come from.</param>
/// <param name="Areas">Shown areas, weakest (lowest mean) first.</param>
public sealed record SchoolNeeds(string SchoolId, string RoundId, DateTime ClosedAt, IReadOnlyList<AreaNeed> Areas);

/// <summary>What other modules (plans, the toolbox, the cluster page) may read of a school's needs: released, suppressed aggregates only.</summary>
public interface ISchoolNeeds
{
    /// <returns>Per school, its latest released round of the default self-assessment in the programme; schools without one are left out.</returns>
    Task<IReadOnlyDictionary<string, SchoolNeeds>> LatestAsync(Guid programmeId, IReadOnlyCollection<string> schoolIds, CancellationToken ct);

    /// <returns>areaId → (language → name) of the default self-assessment's areas, in instrument order.</returns>
    IReadOnlyList<(string AreaId, IReadOnlyDictionary<string, string> Names)> Areas();
}

/// <summary>An open round's live progress: how many have answered so far, per group. Counts only, never answers.</summary>
/// <param name="ExpectedByGroup">How many the school expects to answer per group, where it said so (empty when unknown): response rates.</param>
public sealed record OpenRoundProgress(string RoundId, string SchoolId, string InstrumentId, DateTime OpensAt, DateTime ClosesAt, int Responses, IReadOnlyDictionary<string, int> ResponsesByGroup, IReadOnlyDictionary<string, int> ExpectedByGroup);

/// <summary>Rounds of a programme that are open now, for overviews that show where answers are still missing.</summary>
public interface IRoundProgress
{
    Task<IReadOnlyList<OpenRoundProgress>> OpenRoundsAsync(Guid programmeId, CancellationToken ct);
}
