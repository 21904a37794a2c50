using System.Globalization;

using MentorHub.Web.Modules.SelfAssessment.Api;

namespace MentorHub.Web.Modules.SelfAssessment.Domain;

/// <summary>The round report in the contract's shape, plus additive fields (distributions, highlights).</summary>
/// <param name="Released">False while the round takes answers: the report then carries no numbers at all (ADR 0009).</param>
/// <param name="Responses">Submitted responses so far over all groups, blank ones included: shown while the round is open.</param>
internal sealed record SchoolReport(
    string RoundId,
    string SchoolId,
    int AnonymityThreshold,
    IReadOnlyList<GroupReport> Groups,
    IReadOnlyList<PerceptionGap> Gaps,
    string? PreviousRoundId,
    IReadOnlyList<AreaChange> Changes,
    IReadOnlyList<AreaHighlight> Strengths,
    IReadOnlyList<AreaHighlight> WeakestAreas,
    LocalizedText? LargestGapSentence,
    IReadOnlyList<ItemDistribution> Distributions,
    bool Released = true,
    int Responses = 0);

/// <summary>
/// A suppressed group carries no numbers: <c>Respondents</c> is null and <c>Areas</c> empty.
/// <c>Respondents</c> counts respondents with at least one real answer (the anonymity policy's rule).
/// </summary>
internal sealed record GroupReport(string Group, int? Respondents, bool Suppressed, IReadOnlyList<AreaScore> Areas);

/// <param name="Respondents">Respondents who answered at least one item of the area (the n behind the mean); null when suppressed.</param>
/// <param name="Suppressed">The area rests on fewer respondents than the threshold: every number is null.</param>
internal sealed record AreaScore(
    string AreaId,
    double? Mean,
    double? AgreeShare,
    int? Answered,
    int? Respondents,
    double? StandardDeviation,
    bool Suppressed = false);

/// <summary>Mean of <c>GroupA</c> minus mean of <c>GroupB</c>; A is the earlier of leaders, teachers, students.</summary>
internal sealed record PerceptionGap(string AreaId, string GroupA, string GroupB, double Difference, bool IsLargest);

/// <summary>This round's mean minus the previous round's for one group and area.</summary>
internal sealed record AreaChange(
    string AreaId,
    string Group,
    double Difference,
    double? EffectSize,
    double? CiLow,
    double? CiHigh,
    double Mean,
    double PreviousMean,
    double? DegreesOfFreedom);

/// <summary>An area picked as a strength or as one to develop, with a ready-made sentence per language.</summary>
internal sealed record AreaHighlight(string AreaId, double Mean, IReadOnlyList<string> Groups, LocalizedText Sentence);

/// <summary>Answer counts for one item; <c>Counts[0]</c> is the number of 1s, <c>Counts[4]</c> of 5s.</summary>
internal sealed record ItemDistribution(string ItemId, string AreaId, string Group, IReadOnlyList<int> Counts, int DontKnow);

internal static class SchoolReportBuilder
{
    private const int HighlightCount = 2;

    /// <summary>
    /// Builds the report of a released (closed) round from aggregates only. <paramref name="previous"/>
    /// is the school's previous released round of the same instrument, or null; the same policy applies
    /// to both rounds. Every cell is shown or hidden as <paramref name="policy"/> says.
    /// </summary>
    public static SchoolReport Build(
        Instrument instrument,
        RoundAggregates current,
        RoundAggregates? previous,
        AnonymityPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(policy);

        var groups = OrderedGroups(instrument)
            .Select(g => BuildGroup(instrument, current, g, policy))
            .ToList();
        var shown = groups.Where(g => !g.Suppressed).ToList();

        var gaps = BuildGaps(instrument, shown);
        var changes = previous is null
            ? []
            : BuildChanges(instrument, current, previous, policy);
        var (strengths, weakest) = BuildHighlights(instrument, shown);
        var largest = gaps.FirstOrDefault(g => g.IsLargest);

        return new SchoolReport(
            current.RoundId,
            current.SchoolId,
            policy.Threshold,
            groups,
            gaps,
            previous?.RoundId,
            changes,
            strengths,
            weakest,
            largest is null ? null : GapSentence(instrument, largest),
            BuildDistributions(instrument, current, shown, policy),
            Released: true,
            Responses: current.Groups.Sum(g => g.Respondents));
    }

    /// <summary>
    /// The report of a round that still takes answers: every group suppressed, no numbers, only how many
    /// responses are in. Reading it before and after one submission must tell nothing about that answer.
    /// </summary>
    public static SchoolReport Unreleased(Instrument instrument, RoundAggregates current, AnonymityPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(policy);
        return new SchoolReport(
            current.RoundId, current.SchoolId, policy.Threshold,
            OrderedGroups(instrument).Select(g => new GroupReport(g, null, true, [])).ToList(),
            [], null, [], [], [], null, [], Released: false, Responses: current.Groups.Sum(g => g.Respondents));
    }

    /// <summary>
    /// The report as shared with chosen areas only (ADR 0016). Every figure is taken from the full
    /// report's shown cells, never recomputed from aggregates: a suppressed group stays suppressed, a
    /// hidden area or statement stays hidden, and no figure appears that the full report does not
    /// show. Gaps, change and distributions keep the shared areas; strengths, weakest areas and the
    /// largest gap are chosen again among them, so nothing names an area that was not shared.
    /// </summary>
    public static SchoolReport Restrict(Instrument instrument, SchoolReport full, IReadOnlyCollection<string> areaIds)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(full);
        ArgumentNullException.ThrowIfNull(areaIds);
        var keep = areaIds.ToHashSet(StringComparer.Ordinal);
        var groups = full.Groups
            .Select(g => g.Suppressed ? g : g with { Areas = g.Areas.Where(a => keep.Contains(a.AreaId)).ToList() })
            .ToList();
        if (!full.Released)
        {
            return full with { Groups = groups };
        }
        var shown = groups.Where(g => !g.Suppressed).ToList();
        var gaps = full.Gaps.Where(g => keep.Contains(g.AreaId)).Select(g => g with { IsLargest = false }).ToList();
        var largestIndex = -1;
        for (var k = 0; k < gaps.Count; k++)
        {
            if (largestIndex < 0 || Math.Abs(gaps[k].Difference) > Math.Abs(gaps[largestIndex].Difference))
            {
                largestIndex = k;
            }
        }
        if (largestIndex >= 0 && gaps[largestIndex].Difference != 0)
        {
            gaps[largestIndex] = gaps[largestIndex] with { IsLargest = true };
        }
        var (strengths, weakest) = BuildHighlights(instrument, shown);
        var largest = gaps.FirstOrDefault(g => g.IsLargest);
        return full with
        {
            Groups = groups,
            Gaps = gaps,
            Changes = full.Changes.Where(c => keep.Contains(c.AreaId)).ToList(),
            Strengths = strengths,
            WeakestAreas = weakest,
            LargestGapSentence = largest is null ? null : GapSentence(instrument, largest),
            Distributions = full.Distributions.Where(d => keep.Contains(d.AreaId)).ToList(),
        };
    }

    private static IEnumerable<string> OrderedGroups(Instrument instrument) =>
        instrument.Groups.OrderBy(RespondentGroups.Order);

    /// <summary>Respondents of a group under the counting rule: responses with at least one real answer.</summary>
    private static int CountedOf(RoundAggregates round, string group) =>
        round.Groups.Where(g => g.Group == group).Sum(g => g.CountedRespondents);

    private static AreaAggregate? AreaOf(RoundAggregates round, string group, string areaId) =>
        round.Areas.FirstOrDefault(a => a.Group == group && a.AreaId == areaId);

    /// <summary>The area aggregate when the policy lets it be shown (in a shown group), else null.</summary>
    private static AreaAggregate? ShownArea(RoundAggregates round, string group, string areaId, AnonymityPolicy policy) =>
        policy.MayShow(CountedOf(round, group)) && AreaOf(round, group, areaId) is { } area && policy.MayShow(area.Respondents) ? area : null;

    private static GroupReport BuildGroup(Instrument instrument, RoundAggregates round, string group, AnonymityPolicy policy)
    {
        var respondents = CountedOf(round, group);
        if (!policy.MayShow(respondents))
        {
            return new GroupReport(group, null, true, []);
        }

        var areas = instrument.ScoredAreasFor(group)
            .Select(area => ShownArea(round, group, area.Id, policy) is { } agg
                ? new AreaScore(area.Id, agg.Mean, agg.AgreeShare, agg.Answered, agg.Respondents, agg.StandardDeviation)
                : new AreaScore(area.Id, null, null, null, null, null, Suppressed: true))
            .ToList();
        return new GroupReport(group, respondents, false, areas);
    }

    private static List<PerceptionGap> BuildGaps(Instrument instrument, IReadOnlyList<GroupReport> shown)
    {
        var gaps = new List<PerceptionGap>();
        foreach (var area in instrument.Areas)
        {
            for (var i = 0; i < shown.Count; i++)
            {
                for (var j = i + 1; j < shown.Count; j++)
                {
                    var a = shown[i].Areas.FirstOrDefault(s => s.AreaId == area.Id)?.Mean;
                    var b = shown[j].Areas.FirstOrDefault(s => s.AreaId == area.Id)?.Mean;
                    if (a is { } ma && b is { } mb)
                    {
                        gaps.Add(new PerceptionGap(area.Id, shown[i].Group, shown[j].Group, ma - mb, false));
                    }
                }
            }
        }

        // Ties go to the first gap in area and group order, so the flag does not flicker between reloads.
        var largestIndex = -1;
        for (var k = 0; k < gaps.Count; k++)
        {
            if (largestIndex < 0 || Math.Abs(gaps[k].Difference) > Math.Abs(gaps[largestIndex].Difference))
            {
                largestIndex = k;
            }
        }

        if (largestIndex >= 0 && gaps[largestIndex].Difference != 0)
        {
            gaps[largestIndex] = gaps[largestIndex] with { IsLargest = true };
        }

        return gaps;
    }

    private static List<AreaChange> BuildChanges(Instrument instrument, RoundAggregates current, RoundAggregates previous, AnonymityPolicy policy)
    {
        var changes = new List<AreaChange>();
        foreach (var group in OrderedGroups(instrument))
        {
            foreach (var area in instrument.ScoredAreasFor(group))
            {
                var now = ShownArea(current, group, area.Id, policy);
                var before = ShownArea(previous, group, area.Id, policy);
                if (now is null || before is null || now.Mean is not { } mean || before.Mean is not { } previousMean)
                {
                    continue;
                }

                var comparison = AreaStatistics.Compare(now.Moments, before.Moments)!;
                changes.Add(new AreaChange(
                    area.Id,
                    group,
                    comparison.Difference,
                    comparison.EffectSize,
                    comparison.CiLow,
                    comparison.CiHigh,
                    mean,
                    previousMean,
                    comparison.DegreesOfFreedom));
            }
        }

        return changes;
    }

    private static (List<AreaHighlight> Strengths, List<AreaHighlight> Weakest) BuildHighlights(
        Instrument instrument, IReadOnlyList<GroupReport> shown)
    {
        // Each shown group weighs the same, whatever its size: the point is where the school's
        // roles agree, and 300 students must not drown out 6 leaders.
        var ranked = instrument.Areas
            .Select(area =>
            {
                var means = shown
                    .Select(g => (g.Group, Mean: g.Areas.FirstOrDefault(s => s.AreaId == area.Id)?.Mean))
                    .Where(x => x.Mean is not null)
                    .ToList();
                return (Area: area, Groups: means.Select(m => m.Group).ToList(), Mean: means.Count > 0 ? means.Average(m => m.Mean!.Value) : (double?)null);
            })
            .Where(x => x.Mean is not null)
            .OrderByDescending(x => x.Mean)
            .ThenBy(x => instrument.AreaOrder(x.Area.Id))
            .ToList();

        // With fewer than four scored areas the two lists would overlap. The weakest areas matter more
        // (they drive method recommendations), so an odd area out goes to them.
        var weakCount = Math.Min(HighlightCount, (ranked.Count + 1) / 2);
        var strongCount = Math.Min(HighlightCount, ranked.Count - weakCount);

        var strengths = ranked.Take(strongCount)
            .Select(x => new AreaHighlight(x.Area.Id, x.Mean!.Value, x.Groups, HighlightSentence(instrument, x.Area, x.Mean.Value, x.Groups, strength: true)))
            .ToList();
        var weakest = ranked.AsEnumerable().Reverse().Take(weakCount)
            .Select(x => new AreaHighlight(x.Area.Id, x.Mean!.Value, x.Groups, HighlightSentence(instrument, x.Area, x.Mean.Value, x.Groups, strength: false)))
            .ToList();
        return (strengths, weakest);
    }

    /// <summary>
    /// Answer counts per statement, for the shown areas of shown groups. An item is shown only when it
    /// rests on at least threshold respondents and on the same respondents as its area, or on at least
    /// threshold fewer: the area mean mixes each respondent's items, so an item answered by all but one
    /// of the area's respondents would give that one person's answer away beside it. When items of a
    /// shown area are hidden, the area's <c>answered</c> and agree counts minus the shown items give the
    /// hidden items' totals; if those rest on fewer than threshold respondents, one more item is hidden.
    /// </summary>
    private static List<ItemDistribution> BuildDistributions(
        Instrument instrument, RoundAggregates round, IReadOnlyList<GroupReport> shownGroups, AnonymityPolicy policy)
    {
        var result = new List<ItemDistribution>();
        foreach (var group in shownGroups)
        {
            foreach (var area in group.Areas.Where(a => !a.Suppressed && a.Respondents is not null))
            {
                var items = instrument.Items
                    .Where(i => i.Kind == ItemKind.Scale && i.Group == group.Group && i.AreaId == area.AreaId)
                    .Select(item =>
                    {
                        int CountOf(int stored) => round.ItemValues.Where(v => v.ItemId == item.Id && v.Value == stored).Sum(v => v.Count);
                        var counts = Enumerable.Range(1, 5).Select(CountOf).ToList();
                        return new ItemDistribution(item.Id, item.AreaId, item.Group, counts, CountOf(ItemValueCount.DontKnowValue));
                    })
                    .ToList();
                result.AddRange(ShownItems(items, area.Respondents!.Value, policy));
            }
        }

        return result;
    }

    /// <summary>The items of one shown area that may be shown, with complementary suppression applied.</summary>
    internal static IEnumerable<ItemDistribution> ShownItems(IReadOnlyList<ItemDistribution> items, int areaRespondents, AnonymityPolicy policy)
    {
        var shown = items.Where(i => policy.MayShowBeside(i.Counts.Sum(), areaRespondents)).ToList();
        var hidden = items.Except(shown).Where(i => i.Counts.Sum() > 0).ToList();
        if (hidden.Count > 0 && shown.Count > 0 && !policy.MayShow(hidden.Max(i => i.Counts.Sum())))
        {
            // The hidden items' totals are derivable from the area's; hide the smallest shown item with them.
            shown.Remove(shown.MinBy(i => i.Counts.Sum())!);
        }

        return shown;
    }

    private static LocalizedText HighlightSentence(Instrument instrument, InstrumentArea area, double mean, IReadOnlyList<string> groups, bool strength)
    {
        return Sentences(instrument, language =>
        {
            var name = area.Name.Get(language);
            var who = string.Join(", ", groups.Select(g => RespondentGroups.DisplayName(g).Get(language)));
            var score = Number(mean, language);
            return (language, strength) switch
            {
                ("pt", true) => $"Ponto forte: {name}, com uma média de {score} em 5 ({who}).",
                ("pt", false) => $"Área a desenvolver: {name}, com uma média de {score} em 5 ({who}).",
                (_, true) => $"Strength: {name}, with an average of {score} out of 5 ({who}).",
                (_, false) => $"Area to develop: {name}, with an average of {score} out of 5 ({who}).",
            };
        });
    }

    private static LocalizedText GapSentence(Instrument instrument, PerceptionGap gap)
    {
        return Sentences(instrument, language =>
        {
            var name = instrument.FindArea(gap.AreaId)?.Name.Get(language) ?? gap.AreaId;
            var size = Number(Math.Abs(gap.Difference), language);
            var higher = gap.Difference > 0;
            if (language == "pt")
            {
                var aOf = PortugueseGenitive(gap.GroupA);
                var bOf = PortugueseGenitive(gap.GroupB);
                return $"A maior diferença de perceção está em «{name}»: a média {aOf} fica {size} pontos {(higher ? "acima" : "abaixo")} da média {bOf}.";
            }

            var a = RespondentGroups.DisplayName(gap.GroupA).Get(language);
            var b = RespondentGroups.DisplayName(gap.GroupB).Get(language);
            return $"The largest difference in perception is in {name}: {a} rate it {size} points {(higher ? "higher" : "lower")} than {b}.";
        });
    }

    private static string PortugueseGenitive(string group) => group switch
    {
        RespondentGroups.Leaders => "da direção da escola",
        RespondentGroups.Teachers => "dos professores",
        RespondentGroups.Students => "dos alunos",
        _ => $"do grupo {group}",
    };

    private static LocalizedText Sentences(Instrument instrument, Func<string, string> write)
    {
        // Only en and pt have templates so far; other instrument languages get the English template
        // with their own area names rather than no sentence at all.
        var values = instrument.Languages.ToDictionary(l => l, write, StringComparer.OrdinalIgnoreCase);
        return new LocalizedText(values);
    }

    /// <summary>One decimal; Portuguese writes a decimal comma. Formatting by hand avoids depending on ICU culture data.</summary>
    private static string Number(double value, string language)
    {
        var text = Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);
        return language == "pt" ? text.Replace('.', ',') : text;
    }
}
