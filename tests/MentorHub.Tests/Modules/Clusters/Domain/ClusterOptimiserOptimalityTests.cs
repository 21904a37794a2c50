using MentorHub.Web.Modules.Clusters.Domain;

namespace MentorHub.Tests.Modules.Clusters.Domain;

public sealed class ClusterOptimiserOptimalityTests
{
    [Fact]
    public void Matches_brute_force_on_small_random_instances()
    {
        int nonTrivial = 0;
        for (int seed = 1; seed <= 1000; seed++)
        {
            var problem = Instances.Random(seed, maxMentees: 7, maxMentors: 3, towns: 2, minMentees: seed % 10 == 0 ? 0 : 3, minMentors: seed % 10 == 0 ? 0 : 2);
            var proposal = ClusterOptimiser.Propose(problem);
            Invariants.Check(problem, proposal);

            var (placed, cost) = Reference.BruteForce(problem);
            Assert.True(placed == proposal.Placed, $"seed {seed}: placed {proposal.Placed}, brute force {placed}");
            Assert.True(Math.Abs(cost - proposal.TotalCost) < 1e-5, $"seed {seed}: cost {proposal.TotalCost}, brute force {cost}");
            if (placed > 1)
            {
                nonTrivial++;
            }
        }
        Assert.True(nonTrivial > 400, $"only {nonTrivial} instances placed more than one mentee");
    }

    [Fact]
    public void Pruned_solver_with_tiny_candidate_sets_equals_the_dense_solver()
    {
        // One or two candidates per mentee forces many rounds of the optimality proof.
        int multiRound = 0;
        for (int seed = 1; seed <= 150; seed++)
        {
            var problem = Instances.Random(seed * 7919, maxMentees: 120, maxMentors: 35, towns: 4, spreadDeg: 0.6);
            var rng = new Random(seed);
            var settings = new SolverSettings(SolverMode.Pruned, CandidatesPerMentee: 1 + rng.Next(3), ArcsAddedPerRound: 1 + rng.Next(3));
            var pruned = ClusterOptimiser.Propose(problem, settings);
            var dense = ClusterOptimiser.Propose(problem, new SolverSettings(SolverMode.Dense));
            Invariants.Check(problem, pruned);
            Invariants.Check(problem, dense);
            Assert.True(dense.Placed == pruned.Placed, $"seed {seed}: placed {pruned.Placed} vs dense {dense.Placed}");
            Assert.True(Math.Abs(dense.TotalCost - pruned.TotalCost) < 1e-4, $"seed {seed}: {pruned.TotalCost} vs dense {dense.TotalCost}");
            multiRound += pruned.Stats.Rounds >= 3 ? 1 : 0;
        }
        Assert.True(multiRound > 30, $"only {multiRound} instances needed the proof to add arcs twice");
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(3)]
    public void Mid_size_national_instance_is_exact_and_respects_every_rule(int capacity)
    {
        // Not timed: the benchmark measures speed; this checks the same code path at a size where the grid and rounds matter.
        var options = new ClusterOptions { DefaultCapacity = capacity };
        var problem = Instances.National(2500, seed: capacity, options);
        var pruned = ClusterOptimiser.Propose(problem);
        var dense = ClusterOptimiser.Propose(problem, new SolverSettings(SolverMode.Dense));
        Invariants.Check(problem, pruned);
        Assert.Equal(dense.Placed, pruned.Placed);
        Assert.Equal(dense.TotalCost, pruned.TotalCost, 4);
        Assert.Equal(Math.Min(problem.Mentees.Count, problem.Mentors.Count * capacity), pruned.Placed);
    }

    [Fact]
    public void Mid_size_instance_with_rules_and_mixed_weights_equals_dense()
    {
        var options = new ClusterOptions
        {
            DefaultCapacity = 4,
            MaxDistanceKm = 20,
            RequireSameLevelFamily = true,
            RequireSharedLanguage = true,
            Weights = new ClusterWeights(1, 20, 15, 10),
        };
        var problem = Instances.National(2000, seed: 42, options);
        var pruned = ClusterOptimiser.Propose(problem, new SolverSettings(SolverMode.Pruned, CandidatesPerMentee: 3, ArcsAddedPerRound: 2));
        var dense = ClusterOptimiser.Propose(problem, new SolverSettings(SolverMode.Dense));
        Invariants.Check(problem, pruned);
        Assert.Equal(dense.Placed, pruned.Placed);
        Assert.Equal(dense.TotalCost, pruned.TotalCost, 4);
        Assert.NotEmpty(pruned.Unassigned);
    }

    [Fact]
    public void Without_a_distance_weight_the_full_scan_path_is_exact_too()
    {
        for (int seed = 1; seed <= 40; seed++)
        {
            var rng = new Random(seed);
            var problem = Instances.National(400, seed, new ClusterOptions
            {
                DefaultCapacity = 1 + rng.Next(5),
                Weights = new ClusterWeights(0, rng.NextDouble() * 10, rng.NextDouble() * 10, rng.NextDouble() * 10),
            });
            var pruned = ClusterOptimiser.Propose(problem, new SolverSettings(SolverMode.Pruned, 2, 1));
            var dense = ClusterOptimiser.Propose(problem, new SolverSettings(SolverMode.Dense));
            Invariants.Check(problem, pruned);
            Assert.Equal(dense.Placed, pruned.Placed);
            Assert.True(Math.Abs(dense.TotalCost - pruned.TotalCost) < 1e-4, $"seed {seed}");
        }
    }

    [Fact]
    public void Distance_only_cost_is_the_sum_of_haversine_km()
    {
        var problem = Instances.National(1000, seed: 7, new ClusterOptions { DefaultCapacity = 4 });
        var proposal = ClusterOptimiser.Propose(problem);
        var mentees = problem.Mentees.ToDictionary(s => s.Id);
        var mentors = problem.Mentors.ToDictionary(s => s.Id);
        double sum = proposal.Assignments.Sum(a => Reference.Km(mentees[a.MenteeId], mentors[a.MentorId])!.Value);
        Assert.Equal(sum, proposal.TotalCost, 6);
        Assert.All(proposal.Assignments, a => Assert.Equal(a.DistanceKm!.Value, a.Cost, 9));
    }

    [Fact]
    public void Optimiser_never_does_worse_than_greedy_and_beats_it_when_greedy_order_is_bad()
    {
        // Greedy lets E0 grab the mentor E1 needs; the optimum swaps them.
        var problem = new ClusterProblem(
            [Instances.School("E0", 38.70, -9.10), Instances.School("E1", 38.70, -9.00)],
            [Instances.School("R0", 38.70, -9.05), Instances.School("R1", 38.70, -9.20)],
            new ClusterOptions { DefaultCapacity = 1 });
        var proposal = ClusterOptimiser.Propose(problem);
        Invariants.Check(problem, proposal);
        Assert.Equal(2, proposal.Greedy.Placed);
        Assert.True(proposal.Greedy.TotalCost > proposal.TotalCost + 1);
        Assert.Contains(proposal.Assignments, a => a.MenteeId == "E0" && a.MentorId == "R1");
    }

    [Fact]
    public void Great_circle_lower_bound_never_exceeds_the_distance()
    {
        var rng = new Random(5);
        for (int k = 0; k < 100_000; k++)
        {
            double lat1 = rng.NextDouble() * 170 - 85, lat2 = Math.Clamp(lat1 + (rng.NextDouble() - 0.5) * 20, -89, 89);
            double lon1 = rng.NextDouble() * 300 - 150, lon2 = lon1 + (rng.NextDouble() - 0.5) * 40;
            double maxAbs = Math.Max(Math.Abs(lat1), Math.Abs(lat2));
            double d = GreatCircle.DistanceKm(lat1, lon1, lat2, lon2);
            double dLat = Math.Abs(lat1 - lat2) * rng.NextDouble(), dLon = Math.Abs(lon1 - lon2) * rng.NextDouble();
            Assert.True(GreatCircle.LowerBoundKm(dLat, dLon, maxAbs) <= d,
                $"bound above distance for ({lat1},{lon1})-({lat2},{lon2})");
            Assert.True(GreatCircle.LowerBoundKm(Math.Abs(lat1 - lat2), Math.Abs(lon1 - lon2), maxAbs) <= d);
        }
    }
}
