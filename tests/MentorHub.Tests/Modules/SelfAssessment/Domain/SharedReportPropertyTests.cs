using CsCheck;
using MentorHub.Web.Modules.SelfAssessment.Api;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using Xunit.Abstractions;

namespace MentorHub.Tests.Modules.SelfAssessment.Domain;

/// <summary>
/// Sharing chosen areas of a report (ADR 0016) only ever takes away: for random rounds (group sizes
/// around the threshold, every answer shape), a random previous round and random shared areas, every
/// figure of the shared report is a figure the full report shows, with the same value, and nothing
/// names an area that was not shared.
/// </summary>
public sealed class SharedReportPropertyTests(ITestOutputHelper output)
{
    public const int Cases = 1_500;

    [Fact]
    public void A_shared_report_never_shows_a_cell_the_full_report_hides()
    {
        var instrument = TestInstruments.Small;
        var areaIds = instrument.Areas.Select(a => a.Id).ToArray();
        var cases = 0;
        Gen.Select(AnonymityPropertyTests.RoundOf(instrument), AnonymityPropertyTests.RoundOf(instrument), Gen.Bool, Gen.Bool.Array[areaIds.Length], Gen.Int[1, 6])
            .Sample((current, previous, withPrevious, chosen, threshold) =>
            {
                cases++;
                var policy = new AnonymityPolicy(threshold);
                var now = RoundAggregates.Accumulate("r2", "s", instrument, current);
                var before = withPrevious ? RoundAggregates.Accumulate("r1", "s", instrument, previous) : null;
                var full = SchoolReportBuilder.Build(instrument, now, before, policy);
                var shared = areaIds.Where((_, i) => chosen[i]).ToList();
                var restricted = SchoolReportBuilder.Restrict(instrument, full, shared);
                AssertPartOf(full, restricted, shared);
            }, iter: Cases);
        output.WriteLine($"{cases} random rounds and shares checked");
    }

    [Fact]
    public void An_unreleased_report_stays_empty_when_shared()
    {
        var instrument = TestInstruments.Small;
        var round = RoundAggregates.Accumulate("r", "s", instrument, []);
        var restricted = SchoolReportBuilder.Restrict(instrument, SchoolReportBuilder.Unreleased(instrument, round, new AnonymityPolicy(5)), [instrument.Areas[0].Id]);
        Assert.False(restricted.Released);
        Assert.All(restricted.Groups, g => Assert.True(g.Suppressed));
        Assert.Empty(restricted.Distributions);
    }

    internal static void AssertPartOf(SchoolReport full, SchoolReport shared, IReadOnlyCollection<string> areas)
    {
        Assert.Equal(full.Groups.Select(g => (g.Group, g.Suppressed, g.Respondents)), shared.Groups.Select(g => (g.Group, g.Suppressed, g.Respondents)));
        foreach (var group in shared.Groups)
        {
            var whole = full.Groups.Single(g => g.Group == group.Group);
            Assert.All(group.Areas, a =>
            {
                Assert.Contains(a.AreaId, areas);
                Assert.Equal(whole.Areas.Single(x => x.AreaId == a.AreaId), a);
            });
            Assert.Equal(whole.Areas.Count(a => areas.Contains(a.AreaId)), group.Areas.Count);
        }
        Assert.All(shared.Gaps, g => Assert.Contains(full.Gaps, f => f with { IsLargest = false } == g with { IsLargest = false }));
        Assert.Equal(full.Gaps.Count(g => areas.Contains(g.AreaId)), shared.Gaps.Count);
        Assert.All(shared.Changes, c => Assert.Contains(c, full.Changes));
        Assert.All(shared.Distributions, d => Assert.Contains(full.Distributions, f => f.ItemId == d.ItemId && f.Group == d.Group && f.Counts.SequenceEqual(d.Counts) && f.DontKnow == d.DontKnow));
        Assert.All(shared.Changes.Select(c => c.AreaId).Concat(shared.Distributions.Select(d => d.AreaId)), a => Assert.Contains(a, areas));
        foreach (var h in shared.Strengths.Concat(shared.WeakestAreas))
        {
            Assert.Contains(h.AreaId, areas);
            // A highlight's mean is the plain mean of shown group means: nothing new.
            var means = shared.Groups.Where(g => !g.Suppressed).Select(g => g.Areas.FirstOrDefault(a => a.AreaId == h.AreaId)?.Mean).OfType<double>().ToList();
            Assert.Equal(means.Average(), h.Mean, 12);
        }
        Assert.Equal(full.Responses, shared.Responses);
    }
}
