namespace MentorHub.Web.Modules.SelfAssessment.Api;

/// <summary>Answers to one outcome item at one school: non-null answers and those of 4 or 5.</summary>
public sealed record ItemTally(string ItemId, int Answered, int Agree);

/// <summary>
/// One school's outcome survey totals over its released rounds of outcome instruments in a programme,
/// counting only cells the anonymity policy lets be shown (a round's group with enough counted
/// respondents, an item in it with enough answers): pooled totals are then sums of shown cells, so no
/// difference between two totals can reveal a smaller one.
/// </summary>
public sealed record SchoolOutcomeTally(string SchoolId, int Responses, IReadOnlyList<ItemTally> Items);

/// <param name="ItemIds">The scale items of the programme's outcome instruments, in instrument order.</param>
/// <param name="ItemTexts">English and Portuguese statement text per item id, for labels.</param>
public sealed record OutcomeTallies(IReadOnlyList<string> ItemIds, IReadOnlyDictionary<string, string> ItemTexts, IReadOnlyList<SchoolOutcomeTally> Schools);

/// <summary>What other modules (Evaluation, dashboards) may read of survey results: aggregates only, never answers.</summary>
public interface ISurveyResults
{
    /// <summary>Tallies of released rounds only, each cell (group, item) shown or left out as <paramref name="policy"/> says.</summary>
    Task<OutcomeTallies> OutcomeTalliesAsync(Guid programmeId, string language, AnonymityPolicy policy, CancellationToken ct);
}
