namespace MentorHub.Web.Modules.Evaluation.Domain;

/// <summary>
/// Outcome shares other mentoring programmes published, shown beside a programme's own results for
/// context. iHub4Schools (five regional hubs in Estonia, Finland, Georgia and Lithuania, 600+
/// teachers and leaders): after mentoring 89 % intended to use the new methods, 78 % were willing to
/// promote them, 83 % expected them to influence their teaching and 84 % found them effective.
/// </summary>
internal static class PublishedOutcomes
{
    public const string Source = "iHub4Schools";

    public static readonly IReadOnlyDictionary<string, double> IHub4Schools = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["outcome.intention"] = 0.89,
        ["outcome.promotion"] = 0.78,
        ["outcome.influence"] = 0.83,
        ["outcome.effectiveness"] = 0.84,
    };
}
