using System.Diagnostics;
using System.Globalization;
using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Web.Modules.Clusters.Domain;

/// <summary>
/// Top-down cluster formation: assigns each mentee school to at most one mentor school, placing as many
/// mentees as the rules and capacities allow and, among those assignments, minimising the total pair
/// cost (<see cref="PairCostModel"/>). Pure: no I/O, no clock except for the reported solve time.
/// </summary>
internal static class ClusterOptimiser
{
    /// <exception cref="ClusterRuleException">The input contradicts itself (duplicate ids, impossible pins, bad options).</exception>
    public static ClusterProposal Propose(
        ClusterProblem problem,
        IProgress<ClusterProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        Propose(problem, new SolverSettings(), progress, cancellationToken);

    internal static ClusterProposal Propose(
        ClusterProblem problem,
        SolverSettings settings,
        IProgress<ClusterProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        progress?.Report(new ClusterProgress(ClusterProgressStage.Preparing, 0, 0, "checking the input"));
        var options = problem.Options;
        Validate(problem);

        var model = new PairCostModel(problem.Mentees, problem.Mentors, options);
        var menteeIndex = Index(problem.Mentees);
        var mentorIndex = Index(problem.Mentors);

        var capacity = new int[model.MentorCount];
        for (int j = 0; j < capacity.Length; j++)
        {
            capacity[j] = options.CapacityOverrides.TryGetValue(model.Mentor(j).Id, out int c) ? c : options.DefaultCapacity;
        }
        var totalCapacity = (int[])capacity.Clone();

        foreach (var f in options.Forbids)
        {
            model.Forbid(menteeIndex[f.MenteeId], mentorIndex[f.MentorId]);
        }

        var pinnedTo = ApplyPins(options.Pins, model, menteeIndex, mentorIndex, capacity);

        var toPlace = new List<int>();
        for (int i = 0; i < model.MenteeCount; i++)
        {
            if (pinnedTo[i] < 0 && !(model.DistanceMatters && !model.MenteeHasCoordinates(i)))
            {
                toPlace.Add(i);
            }
        }

        var usable = Enumerable.Range(0, model.MentorCount).Where(j => capacity[j] > 0).ToArray();
        var grid = UseGrid(model, usable, toPlace) ? new MentorGrid(model, usable, toPlace) : null;

        var solver = new ExactAssignmentSolver(model, toPlace, capacity, settings, grid, progress, cancellationToken);
        var result = solver.Solve();
        long solveMs = clock.ElapsedMilliseconds;

        var greedyClock = Stopwatch.StartNew();
        var greedy = Greedy(model, grid, toPlace, (int[])capacity.Clone(), pinnedTo);
        double greedyMs = greedyClock.Elapsed.TotalMilliseconds;

        progress?.Report(new ClusterProgress(ClusterProgressStage.Explaining, result.Rounds, result.CandidateArcs, "explaining the proposal"));
        var assignments = new List<ClusterAssignment>();
        var unassigned = new List<UnassignedSchool>();
        double total = 0;
        for (int i = 0; i < model.MenteeCount; i++)
        {
            bool pinned = pinnedTo[i] >= 0;
            int j = pinned ? pinnedTo[i] : result.MentorOf[i];
            if (j < 0)
            {
                unassigned.Add(new UnassignedSchool(model.Mentee(i).Id, Explanations.WhyUnassigned(model, i, totalCapacity)));
                continue;
            }
            double cost = model.Cost(i, j);
            total += cost;
            assignments.Add(new ClusterAssignment(
                model.Mentee(i).Id, model.Mentor(j).Id, model.DistanceKm(i, j), cost, pinned,
                Explanations.WhyPaired(model, i, j, pinned, problem.Options.Labels)));
        }
        progress?.Report(new ClusterProgress(ClusterProgressStage.Done, result.Rounds, result.CandidateArcs, "done"));

        long? allowedArcs = settings.Mode == SolverMode.Dense ? result.CandidateArcs : null;
        return new ClusterProposal(
            assignments, unassigned, total, result.Optimal, solveMs, greedy,
            new SolverStats(result.Rounds, result.CandidateArcs, allowedArcs, result.NetworkMs, result.ProofMs, greedyMs));
    }

    /// <summary>
    /// The baseline the UI compares against: mentees in input order, each takes the cheapest allowed
    /// mentor that still has room. Pins are honoured exactly as in the optimiser.
    /// </summary>
    private static GreedyBaseline Greedy(PairCostModel model, MentorGrid? grid, List<int> toPlace, int[] room, int[] pinnedTo)
    {
        int placed = 0;
        double total = 0;
        for (int i = 0; i < pinnedTo.Length; i++)
        {
            if (pinnedTo[i] >= 0)
            {
                placed++;
                total += model.Cost(i, pinnedTo[i]);
            }
        }
        var usable = Enumerable.Range(0, model.MentorCount).Where(j => room[j] > 0).ToArray();
        var heap = new PriorityQueue<int, long>();
        var ring = new int[grid?.RingBufferSize ?? 1];
        Func<int, bool> hasRoom = j => room[j] > 0;
        foreach (int i in toPlace)
        {
            var best = ExactAssignmentSolver.CheapestMentors(model, grid, usable, i, 1, heap, ring, hasRoom);
            if (best.Count == 1)
            {
                room[best[0].Mentor]--;
                placed++;
                total += best[0].Cost;
            }
        }
        return new GreedyBaseline(placed, total);
    }

    private static bool UseGrid(PairCostModel model, int[] usable, List<int> toPlace) =>
        model.Weights.Distance > 0
        && usable.Length > 0
        && MentorGrid.CanIndex(usable.Select(model.MentorLon).Concat(toPlace.Select(model.MenteeLon)).Where(x => !double.IsNaN(x)));

    private static int[] ApplyPins(
        IReadOnlyList<SchoolPair> pins, PairCostModel model,
        Dictionary<string, int> menteeIndex, Dictionary<string, int> mentorIndex, int[] capacity)
    {
        var pinnedTo = Enumerable.Repeat(-1, model.MenteeCount).ToArray();
        foreach (var pin in pins)
        {
            int i = menteeIndex[pin.MenteeId], j = mentorIndex[pin.MentorId];
            if (pinnedTo[i] == j)
            {
                continue; // the same pin twice says nothing new
            }
            if (pinnedTo[i] >= 0)
            {
                throw new ClusterRuleException(new CatalogText("Clusters.Rule.PinnedTwice", pin.MenteeId, model.Mentor(pinnedTo[i]).Id, pin.MentorId));
            }
            if (model.IsForbidden(i, j))
            {
                throw new ClusterRuleException(new CatalogText("Clusters.Rule.PinnedAndForbidden", pin.MenteeId, pin.MentorId));
            }
            var broken = Explanations.BrokenRule(model, i, j);
            if (broken is not null)
            {
                throw new ClusterRuleException(new CatalogText("Clusters.Rule.PinBreaksRule", pin.MenteeId, pin.MentorId, broken));
            }
            if (capacity[j] <= 0)
            {
                throw new ClusterRuleException(new CatalogText("Clusters.Rule.PinnedOverCapacity", pin.MentorId));
            }
            capacity[j]--;
            pinnedTo[i] = j;
        }
        return pinnedTo;
    }

    private static void Validate(ClusterProblem problem)
    {
        var options = problem.Options;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in problem.Mentees.Concat(problem.Mentors))
        {
            if (string.IsNullOrWhiteSpace(s.Id))
            {
                throw new ClusterRuleException(new CatalogText("Clusters.Rule.NeedsId"));
            }
            if (!seen.Add(s.Id))
            {
                throw new ClusterRuleException(new CatalogText("Clusters.Rule.SchoolTwice", s.Id));
            }
            if ((s.Latitude is null) != (s.Longitude is null))
            {
                throw new ClusterRuleException(new CatalogText("Clusters.Rule.HalfCoordinates", s.Id));
            }
            if (s.Latitude is { } lat && (!double.IsFinite(lat) || lat < -90 || lat > 90)
                || s.Longitude is { } lon && (!double.IsFinite(lon) || lon < -180 || lon > 180))
            {
                throw new ClusterRuleException(new CatalogText("Clusters.Rule.CoordinatesOutside", s.Id));
            }
            foreach (var (area, score) in s.AreaScores ?? new Dictionary<string, double>())
            {
                if (!double.IsFinite(score) || score < 1 || score > 5)
                {
                    throw new ClusterRuleException(new CatalogText("Clusters.Rule.AreaScoreRange", s.Id, score.ToString(CultureInfo.InvariantCulture), area));
                }
            }
        }

        var w = options.Weights;
        foreach (var (name, label, value) in new[]
        {
            ("distance", "Distance", w.Distance), ("level", "Level", w.Level), ("needs", "Needs", w.Needs), ("priorities", "Priorities", w.Priorities),
        })
        {
            if (!double.IsFinite(value) || value < 0)
            {
                throw new ClusterRuleException(new CatalogText("Clusters.Rule.WeightNegative", name, new CatalogText("Clusters.Weight." + label)));
            }
        }
        if (options.DefaultCapacity < 0)
        {
            throw new ClusterRuleException(new CatalogText("Clusters.Rule.CapacityNegative"));
        }
        if (options.MaxDistanceKm is { } max && (!double.IsFinite(max) || max < 0))
        {
            throw new ClusterRuleException(new CatalogText("Clusters.Rule.MaxDistance"));
        }

        var mentees = problem.Mentees.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var mentors = problem.Mentors.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (mentorId, capacity) in options.CapacityOverrides)
        {
            if (!mentors.Contains(mentorId))
            {
                throw new ClusterRuleException(new CatalogText("Clusters.Rule.CapacityNotMentor", mentorId));
            }
            if (capacity < 0)
            {
                throw new ClusterRuleException(new CatalogText("Clusters.Rule.CapacityOfNegative", mentorId));
            }
        }
        foreach (var (kind, pairs) in new[] { ("Pin", options.Pins), ("Forbid", options.Forbids) })
        {
            foreach (var p in pairs)
            {
                if (!mentees.Contains(p.MenteeId))
                {
                    throw new ClusterRuleException(new CatalogText($"Clusters.Rule.{kind}NotMentee", p.MenteeId, p.MentorId));
                }
                if (!mentors.Contains(p.MentorId))
                {
                    throw new ClusterRuleException(new CatalogText($"Clusters.Rule.{kind}NotMentor", p.MenteeId, p.MentorId));
                }
            }
        }
    }

    private static Dictionary<string, int> Index(IReadOnlyList<ClusterSchool> schools)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int k = 0; k < schools.Count; k++)
        {
            index[schools[k].Id] = k;
        }
        return index;
    }
}
