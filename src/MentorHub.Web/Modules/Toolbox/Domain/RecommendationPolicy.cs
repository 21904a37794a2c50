namespace MentorHub.Web.Modules.Toolbox.Domain;

/// <summary>One area of a school's needs as the policy reads it: its mean and leaders' minus teachers' mean, when both are shown.</summary>
internal sealed record NeedArea(string AreaId, double Mean, double? Gap);

/// <summary>A method the policy may recommend: its id and the areas it serves.</summary>
internal sealed record Candidate(string MethodId, IReadOnlyList<string> AreaIds);

/// <summary>
/// How other clusters of the programme used a method.
/// </summary>
/// <param name="OtherClusters">Clusters other than the school's own that logged an activity with it.</param>
/// <param name="OutcomeClusters">Of those, clusters with at least one shown outcome-survey cell.</param>
/// <param name="AgreeShare">The share of shown outcome answers in their schools that agree (4 or 5), when any.</param>
internal sealed record OthersUse(int OtherClusters, int OutcomeClusters, double? AgreeShare);

internal static class ReasonKinds
{
    public const string WeakArea = "weak-area";
    public const string Gap = "gap";
    public const string UsedByOthers = "used-by-others";
}

/// <summary>Why a method is recommended, with the figure the sentence names.</summary>
/// <param name="Figure">weak-area: the area's mean; gap: leaders' minus teachers' mean; used-by-others: the agree share, when shown.</param>
/// <param name="Clusters">used-by-others: how many other clusters used it.</param>
internal sealed record Reason(string Kind, string? AreaId, double? Figure, int? Clusters);

internal sealed record Recommendation(string MethodId, IReadOnlyList<string> AreaIds, double Score, IReadOnlyList<Reason> Reasons);

/// <summary>
/// Recommends methods for a school's needs (ADR 0014). Pure and deterministic:
/// <list type="bullet">
/// <item>The focus is the school's <see cref="WeakAreas"/> weakest areas (lowest mean first) and every area whose
/// leader–teacher gap is at least <see cref="GapThreshold"/> points either way (the largest first).</item>
/// <item>A method serving a weak area scores 3, 2 or 1 for the weakest, second and third; serving a gap area
/// scores 2 plus the size of the gap. A method that serves no focus area is not recommended at all.</item>
/// <item>Use by other clusters only breaks near-ties: 0.1 per other cluster, at most 0.5, so it never lifts a
/// method above one that serves a weaker area.</item>
/// <item>Best first: highest score, then the method id (ordinal), so equal scores always come in the same order.</item>
/// </list>
/// An outcome figure is named only when at least <see cref="MinOutcomeClusters"/> other clusters contributed
/// shown outcome cells, so no single cluster's result can be read off a recommendation.
/// </summary>
internal static class RecommendationPolicy
{
    public const int WeakAreas = 3;
    public const double GapThreshold = 0.5;
    public const int MinOutcomeClusters = 2;
    public const int MaxRecommendations = 10;
    private static readonly double[] WeakWeights = [3, 2, 1];

    public static IReadOnlyList<Recommendation> Recommend(
        IReadOnlyList<NeedArea> areasWeakestFirst, IReadOnlyList<Candidate> methods, IReadOnlyDictionary<string, OthersUse> use)
    {
        var weak = areasWeakestFirst
            .OrderBy(a => a.Mean).ThenBy(a => a.AreaId, StringComparer.Ordinal)
            .Take(WeakAreas).ToList();
        var gaps = areasWeakestFirst
            .Where(a => a.Gap is { } g && Math.Abs(g) >= GapThreshold)
            .OrderByDescending(a => Math.Abs(a.Gap!.Value)).ThenBy(a => a.AreaId, StringComparer.Ordinal)
            .ToList();

        var result = new List<Recommendation>();
        foreach (var method in methods)
        {
            var serves = method.AreaIds.ToHashSet(StringComparer.Ordinal);
            var reasons = new List<Reason>();
            var areas = new List<string>();
            double score = 0;
            for (var k = 0; k < weak.Count; k++)
            {
                if (serves.Contains(weak[k].AreaId))
                {
                    score += WeakWeights[k];
                    reasons.Add(new Reason(ReasonKinds.WeakArea, weak[k].AreaId, Math.Round(weak[k].Mean, 2), null));
                    areas.Add(weak[k].AreaId);
                }
            }
            foreach (var gap in gaps.Where(g => serves.Contains(g.AreaId)))
            {
                score += 2 + Math.Abs(gap.Gap!.Value);
                reasons.Add(new Reason(ReasonKinds.Gap, gap.AreaId, Math.Round(gap.Gap.Value, 2), null));
                if (!areas.Contains(gap.AreaId, StringComparer.Ordinal))
                {
                    areas.Add(gap.AreaId);
                }
            }
            if (reasons.Count == 0)
            {
                continue;
            }
            if (use.TryGetValue(method.MethodId, out var others) && others.OtherClusters > 0)
            {
                score += Math.Min(0.5, 0.1 * others.OtherClusters);
                var share = others.OutcomeClusters >= MinOutcomeClusters && others.AgreeShare is { } s ? Math.Round(s, 2) : (double?)null;
                reasons.Add(new Reason(ReasonKinds.UsedByOthers, null, share, others.OtherClusters));
            }
            result.Add(new Recommendation(method.MethodId, areas, Math.Round(score, 6), reasons));
        }
        return result
            .OrderByDescending(r => r.Score).ThenBy(r => r.MethodId, StringComparer.Ordinal)
            .Take(MaxRecommendations)
            .ToList();
    }
}
