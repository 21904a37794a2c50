using MentorHub.Web.Modules.SelfAssessment.Api;

namespace MentorHub.Web.Modules.SelfAssessment.Domain;

/// <summary>One respondent group of one round: its counted respondents and, per area, the moments of respondents' area means.</summary>
internal sealed record GroupMoments(string Group, int Respondents, IReadOnlyDictionary<string, SampleMoments> Areas);

/// <summary>A school's first and latest round of one instrument.</summary>
internal sealed record SchoolRoundPair(string SchoolId, IReadOnlyList<GroupMoments> Baseline, IReadOnlyList<GroupMoments> Latest);

/// <summary>
/// The change of one area for one group across the schools that have a baseline and a later round:
/// respondents' area means pooled over those schools, latest minus baseline, with Cohen's d and the
/// 95 % Welch interval of the difference.
/// </summary>
internal sealed record PooledAreaChange(
    string Group,
    string AreaId,
    int Schools,
    int BaselineRespondents,
    int LatestRespondents,
    double BaselineMean,
    double LatestMean,
    MeanComparison Comparison);

internal static class ProgrammeChangeBuilder
{
    /// <summary>
    /// Pools, per group and area, the schools whose group and area may be shown under
    /// <paramref name="policy"/> in both rounds; a cell hidden in its own report in either round adds
    /// nothing, so the pooled numbers are sums of shown cells and the difference between two pools (the
    /// programme and one hub) is itself a sum of shown cells, never a hidden one.
    /// </summary>
    public static IReadOnlyList<PooledAreaChange> Build(Instrument instrument, IEnumerable<SchoolRoundPair> pairs, AnonymityPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(policy);
        var schools = pairs.ToList();
        var changes = new List<PooledAreaChange>();
        foreach (var group in instrument.Groups.OrderBy(RespondentGroups.Order))
        {
            var eligible = schools
                .Select(s => (Baseline: s.Baseline.FirstOrDefault(g => g.Group == group), Latest: s.Latest.FirstOrDefault(g => g.Group == group)))
                .Where(p => p.Baseline is not null && p.Latest is not null
                    && policy.MayShow(p.Baseline.Respondents)
                    && policy.MayShow(p.Latest.Respondents))
                .ToList();
            foreach (var area in instrument.ScoredAreasFor(group))
            {
                var both = eligible
                    .Select(p => (Baseline: p.Baseline!.Areas.GetValueOrDefault(area.Id), Latest: p.Latest!.Areas.GetValueOrDefault(area.Id)))
                    .Where(p => policy.MayShow(p.Baseline.N) && policy.MayShow(p.Latest.N))
                    .ToList();
                if (both.Count == 0)
                {
                    continue;
                }
                var baseline = Pool(both.Select(p => p.Baseline));
                var latest = Pool(both.Select(p => p.Latest));
                var comparison = AreaStatistics.Compare(latest, baseline)!;
                changes.Add(new PooledAreaChange(group, area.Id, both.Count, baseline.N, latest.N, baseline.Mean!.Value, latest.Mean!.Value, comparison));
            }
        }
        return changes;
    }

    private static SampleMoments Pool(IEnumerable<SampleMoments> parts) =>
        parts.Aggregate(new SampleMoments(0, 0, 0), (a, b) => new SampleMoments(a.N + b.N, a.Sum + b.Sum, a.SumOfSquares + b.SumOfSquares));
}

/// <summary>Cohen's conventional words for the size of d: under 0.2 negligible, then small, medium (0.5) and large (0.8).</summary>
internal static class EffectSizeWords
{
    public static string Key(double? d) => d switch
    {
        null => "none",
        { } v when Math.Abs(v) < 0.2 => "negligible",
        { } v when Math.Abs(v) < 0.5 => "small",
        { } v when Math.Abs(v) < 0.8 => "medium",
        _ => "large",
    };
}
