using CsCheck;
using MentorHub.Web.Modules.SelfAssessment.Api;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using Xunit.Abstractions;
using static MentorHub.Tests.Modules.SelfAssessment.Domain.TestInstruments;

namespace MentorHub.Tests.Modules.SelfAssessment.Domain;

/// <summary>
/// The anonymity policy (ADR 0009) over random rounds: random thresholds, random submissions (blank,
/// empty, whole-area "don't know", single skipped statements, full), random schools pooled into random
/// nested scopes. The property, checked against the raw responses rather than against the aggregates:
/// <list type="bullet">
/// <item>every shown cell (group, area, statement) rests on at least the threshold of respondents who
/// gave a real answer to it, and its numbers are those respondents' numbers;</item>
/// <item>any two shown figures of the same answers (an area and one of its statements; a pooled area
/// and the same area pooled over fewer schools, or one school's own report) rest on respondent sets
/// that are equal or differ by at least the threshold on each side, so no difference of two figures
/// describes fewer people;</item>
/// <item>the totals of an area minus its shown statements (the hidden statements' totals) rest on no
/// one or on at least the threshold.</item>
/// </list>
/// An attacker who knows every other answer of a cell therefore still faces at least threshold − 1
/// unknown answers in every figure and every difference of figures. Reads over time are covered by the
/// HTTP property test (an open round shows nothing; a closed one never changes).
/// </summary>
public sealed class AnonymityPropertyTests(ITestOutputHelper output)
{
    public const int ReportCases = 3_000;
    public const int PoolCases = 1_000;

    /// <summary>One submitted response with an id, so respondent sets can be compared.</summary>
    internal sealed record Answered(int Id, string Group, IReadOnlyDictionary<string, int?> Answers);

    private static Gen<int?> Value => Gen.Frequency((6, Gen.Int[1, 5].Select(v => (int?)v)), (1, Gen.Const((int?)null)));

    /// <summary>A response in one of the shapes real (and hostile) respondents send.</summary>
    internal static Gen<IReadOnlyDictionary<string, int?>> AnswersOf(Instrument instrument, string group)
    {
        var items = instrument.ItemsFor(group).Where(i => i.Kind == ItemKind.Scale).ToList();
        var full = Gen.Select(Value.Where(v => v is not null).Array[items.Count], values =>
            (IReadOnlyDictionary<string, int?>)items.Select((i, n) => (i.Id, values[n])).ToDictionary(x => x.Id, x => x.Item2));
        var blank = Gen.Const((IReadOnlyDictionary<string, int?>)items.ToDictionary(i => i.Id, _ => (int?)null));
        var empty = Gen.Const((IReadOnlyDictionary<string, int?>)new Dictionary<string, int?>());
        var mixed = Gen.Select(Gen.Int[0, 2].Array[items.Count], Value.Array[items.Count], (shape, values) =>
            (IReadOnlyDictionary<string, int?>)items.Select((i, n) => (i.Id, Shape: shape[n], Value: values[n]))
                .Where(x => x.Shape != 0).ToDictionary(x => x.Id, x => x.Shape == 1 ? null : x.Value));
        var areaUnknown = Gen.Select(full, Gen.OneOf(instrument.Areas.Select(a => a.Id).ToArray()), (answers, area) =>
            (IReadOnlyDictionary<string, int?>)answers.ToDictionary(a => a.Key, a => instrument.FindItem(a.Key)!.AreaId == area ? null : a.Value));
        return Gen.Frequency((5, full), (2, blank), (1, empty), (3, mixed), (3, areaUnknown));
    }

    /// <summary>Group sizes around the threshold, so that cells fall on both sides of it.</summary>
    internal static Gen<List<(string Group, IReadOnlyDictionary<string, int?> Answers)>> RoundOf(Instrument instrument) =>
        Gen.Select(Gen.Int[0, 12], Gen.Int[0, 12], Gen.Int[0, 8]).SelectMany(n =>
            Gen.Select(AnswersOf(instrument, "leaders").List[n.Item1], AnswersOf(instrument, "teachers").List[n.Item2], AnswersOf(instrument, "students").List[n.Item3],
                (ls, ts, ss) => ls.Select(a => ("leaders", a)).Concat(ts.Select(a => ("teachers", a))).Concat(ss.Select(a => ("students", a))).ToList()));

    private static List<Answered> WithIds(IEnumerable<(string Group, IReadOnlyDictionary<string, int?> Answers)> responses, int first) =>
        responses.Select((r, i) => new Answered(first + i, r.Group, r.Answers)).ToList();

    private static RoundAggregates Aggregate(string roundId, IEnumerable<Answered> responses) =>
        RoundAggregates.Accumulate(roundId, "school", Small, responses.Select(r => (r.Group, r.Answers)));

    private static HashSet<int> Who(IEnumerable<Answered> responses, string group, Func<string, bool> item) =>
        responses.Where(r => r.Group == group && r.Answers.Any(a => a.Value is not null && item(a.Key))).Select(r => r.Id).ToHashSet();

    /// <summary>Whether each set holds no one or at least <paramref name="k"/> people the other does not.</summary>
    private static bool Apart(IReadOnlySet<int> x, IReadOnlySet<int> y, int k)
    {
        var onlyX = x.Except(y).Count();
        var onlyY = y.Except(x).Count();
        return (onlyX == 0 || onlyX >= k) && (onlyY == 0 || onlyY >= k);
    }

    [Fact]
    public void No_shown_figure_of_a_school_report_or_difference_of_two_rests_on_fewer_than_the_threshold()
    {
        var cases = 0;
        Gen.Select(Gen.Int[2, 6], RoundOf(Small), RoundOf(Small)).Sample((k, now, before) =>
        {
            cases++;
            var current = WithIds(now, 0);
            var previous = WithIds(before, 1000);
            var policy = new AnonymityPolicy(k);
            var report = SchoolReportBuilder.Build(Small, Aggregate("now", current), Aggregate("before", previous), policy);
            var previousReport = SchoolReportBuilder.Build(Small, Aggregate("before", previous), null, policy);
            CheckReport(report, current, k);
            CheckReport(previousReport, previous, k);

            // Changes, gaps and highlights use only area cells shown in the rounds' own reports.
            foreach (var change in report.Changes)
            {
                Assert.True(IsShown(report, change.Group, change.AreaId) && IsShown(previousReport, change.Group, change.AreaId));
            }
            foreach (var gap in report.Gaps)
            {
                Assert.True(IsShown(report, gap.GroupA, gap.AreaId) && IsShown(report, gap.GroupB, gap.AreaId));
            }
            foreach (var h in report.Strengths.Concat(report.WeakestAreas))
            {
                Assert.All(h.Groups, g => Assert.True(IsShown(report, g, h.AreaId)));
            }
        }, iter: ReportCases, threads: 1);
        output.WriteLine($"school reports: {cases} random cases");
        Assert.Equal(ReportCases, cases);
    }

    private static bool IsShown(SchoolReport report, string group, string areaId) =>
        report.Groups.Single(g => g.Group == group).Areas.FirstOrDefault(a => a.AreaId == areaId) is { Suppressed: false };

    private static void CheckReport(SchoolReport report, List<Answered> responses, int k)
    {
        foreach (var group in report.Groups)
        {
            var counted = Who(responses, group.Group, _ => true);
            if (group.Suppressed)
            {
                Assert.Null(group.Respondents);
                Assert.Empty(group.Areas);
                Assert.DoesNotContain(report.Distributions, d => d.Group == group.Group);
                continue;
            }

            Assert.True(counted.Count >= k, $"group {group.Group} shown with {counted.Count} < {k}");
            Assert.Equal(counted.Count, group.Respondents);
            foreach (var area in group.Areas)
            {
                var items = Small.ItemsFor(group.Group).Where(i => i.AreaId == area.AreaId && i.Kind == ItemKind.Scale).Select(i => i.Id).ToList();
                var inArea = Who(responses, group.Group, items.Contains);
                var shown = report.Distributions.Where(d => d.Group == group.Group && d.AreaId == area.AreaId).ToList();
                if (area.Suppressed)
                {
                    Assert.Equal((null, null, null, null, null), (area.Mean, area.AgreeShare, area.Answered, area.Respondents, area.StandardDeviation));
                    Assert.Empty(shown);
                    continue;
                }

                Assert.True(inArea.Count >= k, $"area {area.AreaId} of {group.Group} shown with {inArea.Count} < {k}");
                Assert.Equal(inArea.Count, area.Respondents);
                var means = responses.Where(r => inArea.Contains(r.Id))
                    .Select(r => items.Select(i => r.Answers.GetValueOrDefault(i)).OfType<int>().Average()).ToList();
                Assert.Equal(means.Average(), area.Mean!.Value, 9);

                foreach (var d in shown)
                {
                    var answeredIt = Who(responses, group.Group, i => i == d.ItemId);
                    Assert.True(answeredIt.Count >= k, $"statement {d.ItemId} shown with {answeredIt.Count} < {k}");
                    Assert.True(Apart(inArea, answeredIt, k), $"statement {d.ItemId} ({answeredIt.Count}) beside its area ({inArea.Count}) isolates fewer than {k}");
                    var values = responses.Where(r => r.Group == group.Group && r.Answers.ContainsKey(d.ItemId)).Select(r => r.Answers[d.ItemId]).ToList();
                    Assert.Equal(Enumerable.Range(1, 5).Select(v => values.Count(x => x == v)), d.Counts);
                    Assert.Equal(values.Count(x => x is null), d.DontKnow);
                }

                if (shown.Count > 0)
                {
                    // The area's answered and agree counts minus the shown statements' describe the hidden ones.
                    var hidden = items.Except(shown.Select(d => d.ItemId)).ToHashSet();
                    var behindRest = Who(responses, group.Group, hidden.Contains);
                    Assert.True(behindRest.Count == 0 || behindRest.Count >= k, $"hidden statements of {area.AreaId} derivable from {behindRest.Count} < {k}");
                }
            }
        }
    }

    [Fact]
    public void Pooled_figures_differ_from_each_other_and_from_schools_only_by_shown_cells()
    {
        var cases = 0;
        var schoolsGen = Gen.Select(RoundOf(Small), RoundOf(Small)).List[1, 6];
        Gen.Select(Gen.Int[2, 6], schoolsGen, Gen.Int[0, 63]).Sample((k, schools, hubMask) =>
        {
            cases++;
            var policy = new AnonymityPolicy(k);
            var id = 0;
            var rounds = schools.Select((s, n) =>
            {
                var baseline = WithIds(s.Item1, id);
                id += baseline.Count;
                var latest = WithIds(s.Item2, id);
                id += latest.Count;
                return (School: $"s{n}", Baseline: baseline, Latest: latest);
            }).ToList();
            var reports = rounds.ToDictionary(r => r.School, r => (
                Baseline: SchoolReportBuilder.Build(Small, Aggregate(r.School + "-1", r.Baseline), null, policy),
                Latest: SchoolReportBuilder.Build(Small, Aggregate(r.School + "-2", r.Latest), null, policy)));

            // The programme, a "hub" (a random subset) and each school alone: nested scopes, as the pages offer.
            var scopes = new List<List<int>> { Enumerable.Range(0, rounds.Count).ToList(), Enumerable.Range(0, rounds.Count).Where(i => (hubMask >> i & 1) == 1).ToList() };
            scopes.AddRange(Enumerable.Range(0, rounds.Count).Select(i => new List<int> { i }));
            var figures = new List<(string Group, string Area, HashSet<int> Baseline, HashSet<int> Latest, PooledAreaChange Change)>();
            foreach (var scope in scopes)
            {
                var pairs = scope.Select(i => new SchoolRoundPair(rounds[i].School, Moments(rounds[i].Baseline), Moments(rounds[i].Latest)));
                foreach (var change in ProgrammeChangeBuilder.Build(Small, pairs, policy))
                {
                    // Exactly the schools whose own reports show the area in both rounds are pooled.
                    var pooled = scope.Where(i => IsShown(reports[rounds[i].School].Baseline, change.Group, change.AreaId)
                        && IsShown(reports[rounds[i].School].Latest, change.Group, change.AreaId)).ToList();
                    Assert.Equal(pooled.Count, change.Schools);
                    var items = Small.ItemsFor(change.Group).Where(i => i.AreaId == change.AreaId).Select(i => i.Id).ToHashSet();
                    var baseline = pooled.SelectMany(i => Who(rounds[i].Baseline, change.Group, items.Contains)).ToHashSet();
                    var latest = pooled.SelectMany(i => Who(rounds[i].Latest, change.Group, items.Contains)).ToHashSet();
                    Assert.Equal((baseline.Count, latest.Count), (change.BaselineRespondents, change.LatestRespondents));
                    Assert.True(baseline.Count >= k && latest.Count >= k);
                    figures.Add((change.Group, change.AreaId, baseline, latest, change));
                }
            }

            // Any two pooled figures of the same group and area differ by no one or by at least k people, each way.
            foreach (var same in figures.GroupBy(f => (f.Group, f.Area)))
            {
                var list = same.ToList();
                for (var a = 0; a < list.Count; a++)
                {
                    for (var b = a + 1; b < list.Count; b++)
                    {
                        Assert.True(Apart(list[a].Baseline, list[b].Baseline, k) && Apart(list[a].Latest, list[b].Latest, k),
                            $"pools of {same.Key} differ by fewer than {k}");
                    }
                }
            }
        }, iter: PoolCases, threads: 1);
        output.WriteLine($"pooled programme change: {cases} random cases");
        Assert.Equal(PoolCases, cases);
    }

    private static IReadOnlyList<GroupMoments> Moments(List<Answered> responses)
    {
        var round = Aggregate("r", responses);
        return round.Groups.Select(g => new GroupMoments(g.Group, g.CountedRespondents,
            round.Areas.Where(a => a.Group == g.Group).ToDictionary(a => a.AreaId, a => a.Moments))).ToList();
    }
}
