using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Web.Modules.SelfAssessment.Domain;

/// <summary>
/// One area score of a school's SELFIE report (the EU self-reflection tool), typed in by the school
/// so it can stand beside its own rounds. SELFIE areas are the letters A–H; its scores run 1–5.
/// </summary>
internal sealed class SelfieScore
{
    public const string Areas = "ABCDEFGH";

    public Guid Id { get; init; } = Guid.NewGuid();
    public required string SchoolId { get; init; }
    public DateOnly TakenOn { get; init; }
    public required string Group { get; init; }
    public required string SelfieArea { get; init; }
    public double Score { get; init; }
    public DateTime EnteredAt { get; init; } = DateTime.UtcNow;

    public static SelfieScore Create(string schoolId, DateOnly takenOn, string group, string area, double score)
    {
        if (!RespondentGroups.IsKnown(group))
        {
            throw new BusinessRuleException(new CatalogText("SelfAssessment.Error.NotAGroup", group));
        }
        if (area.Length != 1 || !Areas.Contains(area[0]))
        {
            throw new BusinessRuleException(new CatalogText("SelfAssessment.Error.NotAnArea", area));
        }
        if (score is < 1 or > 5 || double.IsNaN(score))
        {
            throw new BusinessRuleException(new CatalogText("SelfAssessment.Error.ScoreRange"));
        }
        return new SelfieScore { SchoolId = schoolId, TakenOn = takenOn, Group = group, SelfieArea = area, Score = score };
    }

    /// <summary>
    /// The SELFIE evidence for one instrument area: the mean of the scores of the SELFIE areas it
    /// corresponds to, per group; null where the school entered none of them.
    /// </summary>
    public static double? ForArea(InstrumentArea area, string group, IEnumerable<SelfieScore> scores)
    {
        var matching = scores.Where(s => s.Group == group && area.SelfieAreas.Contains(s.SelfieArea)).Select(s => s.Score).ToList();
        return matching.Count > 0 ? matching.Average() : null;
    }
}
