using MentorHub.Web.Modules.SelfAssessment.Api;
using MentorHub.Web.Modules.SelfAssessment.Domain;

namespace MentorHub.Tests.Modules.SelfAssessment.Domain;

public sealed class ProgrammeChangeTests
{
    private static SampleMoments Of(params double[] means) => new(means.Length, means.Sum(), means.Sum(m => m * m));

    private static SchoolRoundPair School(string id, int baselineN, double[] baseline, int latestN, double[] latest) => new(
        id,
        [new GroupMoments("teachers", baselineN, new Dictionary<string, SampleMoments> { ["a"] = Of(baseline) })],
        [new GroupMoments("teachers", latestN, new Dictionary<string, SampleMoments> { ["a"] = Of(latest) })]);

    [Fact]
    public void A_school_whose_group_is_hidden_in_either_round_adds_nothing_and_the_rest_matches_hand_worked_values()
    {
        var changes = ProgrammeChangeBuilder.Build(TestInstruments.Small,
        [
            School("X", 5, [2, 2, 3, 3, 4], 5, [3, 4, 4, 5, 5]),
            // Six at baseline but only three later: under the threshold of 5, so left out entirely.
            School("Y", 6, [1, 2, 2, 3, 3, 3], 3, [5, 5, 5]),
        ], new AnonymityPolicy(5));

        var a = Assert.Single(changes);
        Assert.Equal(("teachers", "a", 1), (a.Group, a.AreaId, a.Schools));
        Assert.Equal(2.8, a.BaselineMean, 9);
        Assert.Equal(4.2, a.LatestMean, 9);
        Assert.Equal(1.4, a.Comparison.Difference, 9);
        // Both variances 0.7: d = 1.4 / sqrt(0.7) = 1.6733; Welch df = 8, t = 2.3060, half-width 1.2202.
        Assert.Equal(1.6733, a.Comparison.EffectSize!.Value, 4);
        Assert.Equal(0.1798, a.Comparison.CiLow!.Value, 4);
        Assert.Equal(2.6202, a.Comparison.CiHigh!.Value, 4);
    }

    [Fact]
    public void Schools_are_pooled_by_their_respondents()
    {
        var changes = ProgrammeChangeBuilder.Build(TestInstruments.Small,
        [
            School("X", 5, [2, 2, 3, 3, 4], 5, [3, 4, 4, 5, 5]),
            School("Z", 5, [4, 4, 4, 4, 4], 5, [4, 4, 4, 4, 5]),
        ], new AnonymityPolicy(5));

        var a = Assert.Single(changes);
        Assert.Equal(2, a.Schools);
        Assert.Equal((10, 10), (a.BaselineRespondents, a.LatestRespondents));
        Assert.Equal(3.4, a.BaselineMean, 9);
        Assert.Equal(4.2, a.LatestMean, 9);
    }

    [Fact]
    public void No_school_with_two_shown_rounds_gives_no_change()
    {
        Assert.Empty(ProgrammeChangeBuilder.Build(TestInstruments.Small, [School("Y", 4, [1, 2, 3, 4], 9, [5, 5, 5, 5, 5, 5, 5, 5, 5])], new AnonymityPolicy(5)));
    }

    [Theory]
    [InlineData(null, "none")]
    [InlineData(0.19, "negligible")]
    [InlineData(-0.2, "small")]
    [InlineData(0.49, "small")]
    [InlineData(-0.5, "medium")]
    [InlineData(0.8, "large")]
    [InlineData(-2.5, "large")]
    public void Effect_sizes_get_cohens_words(double? d, string expected) => Assert.Equal(expected, EffectSizeWords.Key(d));
}
