namespace MentorHub.Web.Modules.SelfAssessment.Domain;

/// <summary>
/// How many people a school expects to answer for one group of a round (its staff list, its classes),
/// so response rates can be shown. Optional: a round without rows has no rate, only counts.
/// </summary>
internal sealed class ExpectedRespondents
{
    public const int Max = 100_000;

    public required string RoundId { get; init; }
    public required string Group { get; init; }
    public int Count { get; set; }
}
