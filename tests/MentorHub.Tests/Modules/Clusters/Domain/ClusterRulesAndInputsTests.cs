using MentorHub.Web.Modules.Clusters.Domain;
using static MentorHub.Tests.Modules.Clusters.Domain.Instances;

namespace MentorHub.Tests.Modules.Clusters.Domain;

public sealed class ClusterRulesAndInputsTests
{
    private static ClusterProposal Propose(IEnumerable<ClusterSchool> mentees, IEnumerable<ClusterSchool> mentors, ClusterOptions? options = null)
    {
        var problem = new ClusterProblem([.. mentees], [.. mentors], options ?? new ClusterOptions());
        var proposal = ClusterOptimiser.Propose(problem);
        Invariants.Check(problem, proposal);
        return proposal;
    }

    private static string ReasonFor(ClusterProposal p, string id) => Assert.Single(p.Unassigned, u => u.SchoolId == id).Reason;

    [Fact]
    public void No_mentors_leaves_everyone_unassigned_with_a_reason()
    {
        var p = Propose([School("E1", 38.7, -9.1), School("E2", 38.8, -9.2)], []);
        Assert.Empty(p.Assignments);
        Assert.Equal(2, p.Unassigned.Count);
        Assert.All(p.Unassigned, u => Assert.Equal("there are no mentor schools", u.Reason));
        Assert.Equal(0, p.TotalCost);
        Assert.Equal(0, p.Greedy.Placed);
    }

    [Fact]
    public void No_mentees_gives_an_empty_optimal_result()
    {
        var p = Propose([], [School("R1", 38.7, -9.1)]);
        Assert.Empty(p.Assignments);
        Assert.Empty(p.Unassigned);
        Assert.Equal(0, p.TotalCost);
        Assert.True(p.Optimal);
    }

    [Fact]
    public void Zero_capacity_places_nobody_and_says_so()
    {
        var p = Propose([School("E1", 38.7, -9.1)], [School("R1", 38.7, -9.2)], new ClusterOptions { DefaultCapacity = 0 });
        Assert.Empty(p.Assignments);
        Assert.Contains("no capacity", ReasonFor(p, "E1"));
    }

    [Fact]
    public void Capacity_overrides_are_respected_and_the_rest_are_full()
    {
        var mentees = Enumerable.Range(0, 6).Select(k => School($"E{k}", 38.7 + k * 0.01, -9.1)).ToList();
        var p = Propose(mentees, [School("R1", 38.7, -9.1), School("R2", 38.8, -9.1)],
            new ClusterOptions { DefaultCapacity = 2, CapacityOverrides = new Dictionary<string, int> { ["R2"] = 1 } });
        Assert.Equal(3, p.Placed);
        Assert.Equal(2, p.Assignments.Count(a => a.MentorId == "R1"));
        Assert.All(p.Unassigned, u => Assert.Equal("all 2 mentors that satisfy the rules are full", u.Reason));
    }

    [Fact]
    public void Schools_without_coordinates_are_unassigned_when_distance_matters()
    {
        var p = Propose([School("E1", null, null), School("E2", 38.7, -9.1)], [School("R1", 38.7, -9.2)]);
        Assert.Equal("no coordinates", ReasonFor(p, "E1"));
        Assert.Single(p.Assignments);

        var withMax = Propose([School("E1", null, null)], [School("R1", 38.7, -9.2)],
            new ClusterOptions { Weights = new ClusterWeights(0, 1, 0, 0), MaxDistanceKm = 50 });
        Assert.Equal("no coordinates", ReasonFor(withMax, "E1"));
    }

    [Fact]
    public void Schools_without_coordinates_are_placed_when_distance_does_not_matter()
    {
        var p = Propose([School("E1", null, null), School("E2", 38.7, -9.1)], [School("R1", null, null), School("R2", 38.7, -9.0)],
            new ClusterOptions { Weights = new ClusterWeights(0, 10, 0, 0), DefaultCapacity = 1 });
        Assert.Equal(2, p.Placed);
        var e1 = Assert.Single(p.Assignments, a => a.MenteeId == "E1");
        Assert.Contains(p.Assignments, a => a.DistanceKm is null);
        Assert.Contains(p.Assignments, a => a.Reasons.Contains("distance unknown (a school has no coordinates)"));
        Assert.Equal(0, e1.Cost);
    }

    [Fact]
    public void Mentors_without_coordinates_cannot_take_anyone_when_distance_matters()
    {
        var p = Propose([School("E1", 38.7, -9.1)], [School("R1", null, null)]);
        Assert.Equal("no mentor school has coordinates", ReasonFor(p, "E1"));
    }

    [Theory]
    [InlineData("E1", "R1", "E2", "R1")] // same mentee id twice
    [InlineData("E1", "R1", "E1", "R2")] // a mentor id twice
    [InlineData("E1", "X", "E2", "X")]   // a school both mentee and mentor
    public void Duplicate_ids_are_rejected(string e1, string r1, string e2, string r2)
    {
        var mentees = new[] { School(e1, 38.7, -9.1), School(e2 == "E2" && r1 == "R1" && r2 == "R1" ? e1 : e2, 38.7, -9.1) };
        var mentors = new[] { School(r1, 38.7, -9.1), School(r2, 38.7, -9.1) };
        if (r1 == "X")
        {
            mentees = [School("X", 38.7, -9.1)];
            mentors = [School("X", 38.7, -9.1)];
        }
        else if (r2 == "R2")
        {
            mentors = [School("R1", 38.7, -9.1), School("R1", 38.7, -9.1)];
            mentees = [School("E1", 38.7, -9.1)];
        }
        Assert.Throws<ClusterRuleException>(() => ClusterOptimiser.Propose(new ClusterProblem(mentees, mentors, new ClusterOptions())));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Bad_options_are_rejected(int index)
    {
        var options = BadOptions[index];
        var problem = new ClusterProblem([School("E1", 38.7, -9.1)], [School("R1", 38.7, -9.1)], options);
        Assert.Throws<ClusterRuleException>(() => ClusterOptimiser.Propose(problem));
    }

    private static readonly ClusterOptions[] BadOptions =
    [
        new ClusterOptions { DefaultCapacity = -1 },
        new ClusterOptions { MaxDistanceKm = -3 },
        new ClusterOptions { Weights = new ClusterWeights(-1, 0, 0, 0) },
        new ClusterOptions { Weights = new ClusterWeights(double.NaN, 0, 0, 0) },
        new ClusterOptions { CapacityOverrides = new Dictionary<string, int> { ["nobody"] = 2 } },
        new ClusterOptions { CapacityOverrides = new Dictionary<string, int> { ["R1"] = -2 } },
        new ClusterOptions { Forbids = [new SchoolPair("E1", "nobody")] },
    ];

    [Fact]
    public void Max_distance_is_a_hard_rule()
    {
        // 0.5° of latitude ≈ 55.6 km.
        var p = Propose([School("E1", 38.0, -9.0), School("E2", 38.45, -9.0)], [School("R1", 38.5, -9.0)],
            new ClusterOptions { MaxDistanceKm = 25 });
        Assert.Equal("no mentor within 25 km", ReasonFor(p, "E1"));
        Assert.Single(p.Assignments, a => a.MenteeId == "E2");
    }

    [Fact]
    public void Level_family_rule_follows_the_documented_families()
    {
        var mentees = new[]
        {
            School("primary", 38.7, -9.1, "primary"),
            School("vocational", 38.7, -9.1, "vocational"),
            School("combined", 38.7, -9.1, "combined"),
        };
        var p = Propose(mentees, [School("R-lower", 38.7, -9.1, "lower_secondary")],
            new ClusterOptions { RequireSameLevelFamily = true, DefaultCapacity = 5 });
        Assert.Equal("no mentor in a compatible level family (primary)", ReasonFor(p, "primary"));
        Assert.Contains(p.Assignments, a => a.MenteeId == "vocational" && a.Reasons.Contains("same level family (secondary)"));
        Assert.Contains(p.Assignments, a => a.MenteeId == "combined" && a.Reasons.Contains("combined school matches lower secondary"));
    }

    [Fact]
    public void Shared_language_rule()
    {
        var p = Propose(
            [School("E-en", 38.7, -9.1, languages: ["en"]), School("E-pt", 38.7, -9.1, languages: ["PT", "en"]), School("E-none", 38.7, -9.1, languages: [])],
            [School("R1", 38.7, -9.1, languages: ["pt"])],
            new ClusterOptions { RequireSharedLanguage = true });
        Assert.Equal("no mentor shares a language", ReasonFor(p, "E-en"));
        Assert.Equal("no mentor shares a language", ReasonFor(p, "E-none"));
        var a = Assert.Single(p.Assignments);
        Assert.Equal("E-pt", a.MenteeId);
        Assert.Contains("shares a language: PT", a.Reasons);
    }

    [Fact]
    public void Forbidden_pairs_are_never_proposed()
    {
        var p = Propose([School("E1", 38.7, -9.1), School("E2", 38.7, -9.1)], [School("R1", 38.7, -9.1), School("R2", 39.7, -9.1)],
            new ClusterOptions { Forbids = [new SchoolPair("E1", "R1"), new SchoolPair("E2", "R1"), new SchoolPair("E2", "R2")] });
        Assert.Equal("R2", Assert.Single(p.Assignments).MentorId);
        Assert.Equal("every allowed mentor is forbidden", ReasonFor(p, "E2"));
    }

    [Fact]
    public void Pins_hold_even_when_costly_and_use_up_capacity()
    {
        var p = Propose([School("E1", 38.7, -9.1), School("E2", 38.7, -9.1)], [School("near", 38.7, -9.1), School("far", 39.7, -9.1)],
            new ClusterOptions { DefaultCapacity = 1, Pins = [new SchoolPair("E1", "far"), new SchoolPair("E1", "far")] });
        var pinned = Assert.Single(p.Assignments, a => a.MenteeId == "E1");
        Assert.Equal("far", pinned.MentorId);
        Assert.True(pinned.Pinned);
        Assert.Equal("pinned by the coordinator", pinned.Reasons[0]);
        Assert.Equal("near", Assert.Single(p.Assignments, a => a.MenteeId == "E2").MentorId);
    }

    [Fact]
    public void Pin_filling_the_mentor_makes_others_unassigned_as_full()
    {
        var p = Propose([School("E1", 38.7, -9.1), School("E2", 38.7, -9.1)], [School("R1", 38.7, -9.1)],
            new ClusterOptions { DefaultCapacity = 1, Pins = [new SchoolPair("E2", "R1")] });
        Assert.Equal("the only mentor that satisfies the rules, R1, is full", ReasonFor(p, "E1"));
    }

    private static readonly (string Expected, ClusterOptions Options)[] BadPins =
    [
        ("not a mentee", new ClusterOptions { Pins = [new SchoolPair("R1", "R1")] }),
        ("not a mentor", new ClusterOptions { Pins = [new SchoolPair("E1", "E2")] }),
        ("pinned to two mentors", new ClusterOptions { Pins = [new SchoolPair("E1", "R1"), new SchoolPair("E1", "R2")] }),
        ("both pinned and forbidden", new ClusterOptions { Pins = [new SchoolPair("E1", "R1")], Forbids = [new SchoolPair("E1", "R1")] }),
        ("beyond the 10 km limit", new ClusterOptions { MaxDistanceKm = 10, Pins = [new SchoolPair("E1", "R2")] }),
        ("different families", new ClusterOptions { RequireSameLevelFamily = true, Pins = [new SchoolPair("E1", "R1")] }),
        ("more pinned mentees than its capacity", new ClusterOptions { DefaultCapacity = 1, Pins = [new SchoolPair("E1", "R1"), new SchoolPair("E2", "R1")] }),
    ];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Impossible_pins_are_rejected_with_a_clear_message(int index)
    {
        var (expected, options) = BadPins[index];
        var problem = new ClusterProblem(
            [School("E1", 38.7, -9.1, "primary"), School("E2", 38.7, -9.1, "primary")],
            [School("R1", 38.7, -9.1, "vocational"), School("R2", 39.7, -9.1)],
            options);
        var ex = Assert.Throws<ClusterRuleException>(() => ClusterOptimiser.Propose(problem));
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void Rules_and_capacities_hold_on_many_random_instances()
    {
        for (int seed = 1000; seed < 1300; seed++)
        {
            var problem = Instances.Random(seed, maxMentees: 60, maxMentors: 15);
            Invariants.Check(problem, ClusterOptimiser.Propose(problem));
        }
    }

    [Fact]
    public void Progress_is_reported_and_cancellation_is_honoured()
    {
        var problem = Instances.National(500, 3, new ClusterOptions());
        var stages = new List<ClusterProgressStage>();
        ClusterOptimiser.Propose(problem, new SynchronousProgress(p => stages.Add(p.Stage)));
        Assert.Equal(ClusterProgressStage.Preparing, stages[0]);
        Assert.Equal(ClusterProgressStage.Done, stages[^1]);
        Assert.Contains(ClusterProgressStage.CheckingOptimality, stages);

        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ClusterOptimiser.Propose(problem, null, cts.Token));
    }

    private sealed class SynchronousProgress(Action<ClusterProgress> report) : IProgress<ClusterProgress>
    {
        public void Report(ClusterProgress value) => report(value);
    }
}
