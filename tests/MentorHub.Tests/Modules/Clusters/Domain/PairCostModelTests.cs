using MentorHub.Web.Modules.Clusters.Domain;
using static MentorHub.Tests.Modules.Clusters.Domain.Instances;

namespace MentorHub.Tests.Modules.Clusters.Domain;

public sealed class PairCostModelTests
{
    [Theory]
    [InlineData("primary", "primary", 0)]
    [InlineData("lower_secondary", "vocational", 0.5)]
    [InlineData("upper_secondary", "lower_secondary", 0.5)]
    [InlineData("combined", "primary", 0.5)]
    [InlineData("vocational", "combined", 0.5)]
    [InlineData("primary", "vocational", 1)]
    [InlineData("Primary ", "primary", 0)]
    [InlineData("special", "primary", 1)]
    [InlineData("special", "combined", 0.5)]
    public void Level_mismatch(string a, string b, double expected)
    {
        Assert.Equal(expected, LevelFamilies.Mismatch(a, b));
        Assert.Equal(expected, LevelFamilies.Mismatch(b, a));
        Assert.Equal(expected < 1, LevelFamilies.AreCompatible(a, b));
    }

    [Fact]
    public void Lisbon_to_Porto_is_about_274_km()
    {
        double km = GreatCircle.DistanceKm(38.7223, -9.1393, 41.1579, -8.6291);
        Assert.InRange(km, 273.0, 275.5);
        Assert.Equal(Reference.Haversine(38.7223, -9.1393, 41.1579, -8.6291), km, 9);
    }

    [Fact]
    public void Needs_gap_uses_the_mentees_three_weakest_areas()
    {
        var mentee = School("E", 0, 0, areas: new() { ["a"] = 1, ["b"] = 2, ["c"] = 3, ["d"] = 5 });
        var mentor = School("R", 0, 0, areas: new() { ["a"] = 5, ["b"] = 3, ["d"] = 1 });
        var model = Model(mentee, mentor, new ClusterWeights(0, 0, 1, 0));
        // a: (5−5)/4 = 0; b: (5−3)/4 = 0.5; c: missing → 0.5.
        Assert.Equal(1.0 / 3, model.NeedsGap(0, 0), 12);
        Assert.Equal(1.0 / 3, model.Cost(0, 0), 12);

        var noData = Model(School("E", 0, 0), mentor, new ClusterWeights(0, 0, 1, 0));
        Assert.Equal(0.5, noData.NeedsGap(0, 0));
    }

    [Fact]
    public void Priority_term_is_the_unshared_share_of_the_mentees_priorities()
    {
        var mentee = School("E", 0, 0, priorities: ["STEM and robotics", "small/rural schools"]);
        var mentor = School("R", 0, 0, priorities: ["stem and robotics", "personalised learning"]);
        var model = Model(mentee, mentor, new ClusterWeights(0, 0, 0, 10));
        Assert.Equal(0.5, model.SharedPriorityShare(0, 0));
        Assert.Equal(5, model.Cost(0, 0), 12);
        Assert.Equal(["STEM and robotics"], model.SharedPriorities(0, 0));
    }

    [Fact]
    public void Weighted_cost_matches_the_reference_on_random_pairs()
    {
        var rng = new Random(11);
        var towns = Towns(rng, 2);
        for (int k = 0; k < 2000; k++)
        {
            var e = RandomSchool(rng, "E", 0, towns, 1);
            var r = RandomSchool(rng, "R", 0, towns, 1);
            var options = new ClusterOptions { Weights = RandomWeights(rng) };
            var model = new PairCostModel([e], [r], options);
            Assert.Equal(Reference.Cost(e, r, options), model.Cost(0, 0), 9);
            Assert.Equal(Reference.SatisfiesRules(e, r, options with { RequireSameLevelFamily = true, RequireSharedLanguage = true }),
                new PairCostModel([e], [r], options with { RequireSameLevelFamily = true, RequireSharedLanguage = true }).SatisfiesRules(0, 0, out _));
        }
    }

    [Fact]
    public void Reasons_explain_distance_level_priorities_and_strengths()
    {
        var mentee = School("E", 38.70, -9.10, "primary", priorities: ["STEM and robotics", "small/rural schools"],
            areas: new() { ["leadership"] = 1.8, ["vision"] = 2.0, ["pedagogy"] = 4.5, ["infrastructure"] = 2.5 });
        var mentor = School("R", 38.80, -9.10, "primary", priorities: ["STEM and robotics", "small/rural schools"],
            areas: new() { ["leadership"] = 4.2, ["vision"] = 3.0, ["infrastructure"] = 4.0 });
        var problem = new ClusterProblem([mentee], [mentor], new ClusterOptions { Weights = ClusterWeights.Balanced });
        var a = Assert.Single(ClusterOptimiser.Propose(problem).Assignments);
        Assert.Equal(
            [
                "11.1 km away",
                "same level (primary)",
                "shares a language: pt",
                "shares priorities: STEM and robotics and small/rural schools",
                "strong in the mentee's weak areas: leadership (4.2) and infrastructure (4.0)",
            ],
            a.Reasons);
    }

    private static PairCostModel Model(ClusterSchool mentee, ClusterSchool mentor, ClusterWeights weights) =>
        new([mentee], [mentor], new ClusterOptions { Weights = weights });
}
