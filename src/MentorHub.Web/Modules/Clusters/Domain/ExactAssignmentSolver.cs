using Google.OrTools.Graph;

namespace MentorHub.Web.Modules.Clusters.Domain;

internal enum SolverMode
{
    /// <summary>Candidate arcs + optimality proof over the full arc set. The production mode.</summary>
    Pruned,

    /// <summary>Every allowed arc in one network. Reference for tests; quadratic memory.</summary>
    Dense,
}

internal sealed record SolverSettings(SolverMode Mode = SolverMode.Pruned, int CandidatesPerMentee = 16, int ArcsAddedPerRound = 8);

/// <summary>
/// Exact "most mentees placed, then least total cost" assignment under mentor capacities.
/// <para>
/// Pruned mode solves a min-cost max-flow (OR-Tools) on a few cheap candidate mentors per mentee, then
/// proves the result optimal for the <i>full</i> bipartite problem. The proof uses the equivalent
/// fixed-supply network in which every mentee may also take a "stay unassigned" arc of cost M, with
/// M larger than any augmenting path (M &gt; mentees × largest arc cost), so minimising cost there is the
/// same lexicographic objective. A flow is optimal iff its residual graph has no negative cycle, iff
/// node potentials π exist with non-negative reduced costs on every residual arc. We compute π by
/// label-correcting shortest paths on the residual graph of the candidate network (optimal there, so
/// no negative cycle), then check every arc that is <i>not</i> a candidate — those carry no flow, so only
/// their forward residual arc matters: cost(i, j) + π(i) − π(j) ≥ 0. Violating arcs join the candidates
/// and we solve again; when none remain, π certifies optimality for the full arc set. The check never
/// materialises the full graph: π(j) − π(i) bounds how far away a violating mentor can be, and the
/// <see cref="MentorGrid"/> skips whole cells below that bound. Costs are integers (real cost × scale,
/// rounded) so the proof is exact for the integer problem; rounding moves the real total by less than
/// mentees / (2 × scale).
/// </para>
/// </summary>
internal sealed class ExactAssignmentSolver
{
    private readonly PairCostModel _model;
    private readonly int[] _active;      // model mentee index per network mentee
    private readonly int[] _capacity;    // per model mentor, after pins
    private readonly int[] _usableMentors;
    private readonly SolverSettings _settings;
    private readonly MentorGrid? _grid;
    private readonly double _scale;
    private readonly long _bigM;
    private readonly IProgress<ClusterProgress>? _progress;
    private readonly CancellationToken _ct;

    private readonly List<int>[] _candMentor;
    private readonly List<long>[] _candCost;

    public ExactAssignmentSolver(
        PairCostModel model,
        IReadOnlyList<int> menteesToPlace,
        int[] capacity,
        SolverSettings settings,
        MentorGrid? grid,
        IProgress<ClusterProgress>? progress,
        CancellationToken ct)
    {
        _model = model;
        _capacity = capacity;
        _settings = settings;
        _grid = grid;
        _progress = progress;
        _ct = ct;
        _usableMentors = [.. Enumerable.Range(0, model.MentorCount).Where(j => capacity[j] > 0)];

        double maxCost = MaxPossibleCost(model, menteesToPlace, _usableMentors);
        int n = menteesToPlace.Count;
        // Keep M·(a few) and OR-Tools' internal cost × node-count products far inside Int64.
        _scale = maxCost <= 0 ? 1e6 : Math.Min(1e6, 1e17 / (maxCost * (n + 2)));
        long c = (long)Math.Ceiling(maxCost * _scale) + 1;
        _bigM = c * (n + 1) + 1;

        var active = new List<int>();
        var candMentor = new List<List<int>>();
        var candCost = new List<List<long>>();
        var heap = new PriorityQueue<int, long>();
        int[] ringBuffer = new int[grid?.RingBufferSize ?? 1];
        foreach (int i in menteesToPlace)
        {
            ct.ThrowIfCancellationRequested();
            var (mentors, costs) = InitialCandidates(i, heap, ringBuffer);
            if (mentors.Count == 0)
            {
                continue; // no allowed mentor with capacity anywhere: nothing to optimise for this mentee
            }
            active.Add(i);
            candMentor.Add(mentors);
            candCost.Add(costs);
        }
        _active = [.. active];
        _candMentor = [.. candMentor];
        _candCost = [.. candCost];
    }

    public double Scale => _scale;

    public sealed record Result(int[] MentorOf, bool Optimal, int Rounds, long CandidateArcs, double NetworkMs, double ProofMs);

    /// <returns>Mentor index per model mentee (−1 when not placed by the solver).</returns>
    public Result Solve()
    {
        var mentorOf = Enumerable.Repeat(-1, _model.MenteeCount).ToArray();
        int nA = _active.Length, nR = _model.MentorCount;
        long[] potential = new long[nA + nR + 1];
        int round = 0;
        var networkClock = new System.Diagnostics.Stopwatch();
        var proofClock = new System.Diagnostics.Stopwatch();
        Result Finish(int[] assigned, bool optimal, long arcs)
        {
            for (int a = 0; a < _active.Length; a++)
            {
                mentorOf[_active[a]] = assigned[a] < 0 ? -1 : _candMentor[a][assigned[a]];
            }
            return new Result(mentorOf, optimal, round, arcs, networkClock.Elapsed.TotalMilliseconds, proofClock.Elapsed.TotalMilliseconds);
        }

        while (true)
        {
            _ct.ThrowIfCancellationRequested();
            round++;
            long arcs = _candMentor.Sum(l => (long)l.Count);
            _progress?.Report(new ClusterProgress(ClusterProgressStage.SolvingCandidates, round, arcs, $"solving on {arcs} candidate pairs"));
            networkClock.Start();
            int[] assigned = SolveNetwork();
            networkClock.Stop();
            if (_settings.Mode == SolverMode.Dense)
            {
                return Finish(assigned, true, arcs);
            }

            _progress?.Report(new ClusterProgress(ClusterProgressStage.CheckingOptimality, round, arcs, "proving optimality"));
            proofClock.Start();
            bool consistent = Potentials(assigned, potential);
            int added = consistent ? AddViolatingArcs(potential) : 0;
            proofClock.Stop();
            if (!consistent)
            {
                // Cannot happen for an optimal flow; report honestly instead of claiming optimality.
                return Finish(assigned, false, arcs);
            }
            if (added == 0)
            {
                return Finish(assigned, true, arcs);
            }
        }
    }

    /// <returns>Per network mentee the index into its candidate list that carries flow, or −1.</returns>
    private int[] SolveNetwork()
    {
        int nA = _active.Length, nR = _model.MentorCount;
        int source = 0, sink = nA + nR + 1;
        long arcCount = _candMentor.Sum(l => (long)l.Count);
        using var flow = new MinCostFlow(nA + nR + 2, (int)Math.Min(int.MaxValue, arcCount + nA + nR));
        var firstArc = new int[nA];
        for (int a = 0; a < nA; a++)
        {
            flow.AddArcWithCapacityAndUnitCost(source, 1 + a, 1, 0);
        }
        for (int a = 0; a < nA; a++)
        {
            var mentors = _candMentor[a];
            var costs = _candCost[a];
            for (int k = 0; k < mentors.Count; k++)
            {
                int arc = flow.AddArcWithCapacityAndUnitCost(1 + a, 1 + nA + mentors[k], 1, costs[k]);
                if (k == 0)
                {
                    firstArc[a] = arc;
                }
            }
        }
        foreach (int j in _usableMentors)
        {
            flow.AddArcWithCapacityAndUnitCost(1 + nA + j, sink, _capacity[j], 0);
        }
        flow.SetNodeSupply(source, nA);
        flow.SetNodeSupply(sink, -nA);
        var status = flow.SolveMaxFlowWithMinCost();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"Min-cost flow failed with status {status}.");
        }
        var assigned = new int[nA];
        for (int a = 0; a < nA; a++)
        {
            assigned[a] = -1;
            for (int k = 0; k < _candMentor[a].Count; k++)
            {
                if (flow.Flow(firstArc[a] + k) > 0)
                {
                    assigned[a] = k;
                    break;
                }
            }
        }
        return assigned;
    }

    /// <summary>
    /// Shortest-path labels on the residual graph of the big-M network (mentees 0..nA−1, mentors nA.., sink last),
    /// warm-started from the previous round's labels: label-correcting converges from any finite start
    /// when there is no negative cycle. The source is left out: all its arcs are saturated, so it has no
    /// outgoing residual arc and lies on no cycle.
    /// </summary>
    private bool Potentials(int[] assigned, long[] d)
    {
        int nA = _active.Length, nR = _model.MentorCount, t = nA + nR, nodes = nA + nR + 1;
        var load = new int[nR];
        for (int a = 0; a < nA; a++)
        {
            if (assigned[a] >= 0)
            {
                load[_candMentor[a][assigned[a]]]++;
            }
        }

        var start = new int[nodes + 1];
        for (int a = 0; a < nA; a++)
        {
            start[a + 1] = _candMentor[a].Count; // unused candidates, plus mentee→sink when placed
            if (assigned[a] >= 0)
            {
                start[nA + 1 + _candMentor[a][assigned[a]]]++; // mentor→mentee back arc
            }
            else
            {
                start[t + 1]++; // sink→mentee: undo the "unassigned" arc
            }
        }
        foreach (int j in _usableMentors)
        {
            if (load[j] < _capacity[j])
            {
                start[nA + 1 + j]++;
            }
            if (load[j] > 0)
            {
                start[t + 1]++;
            }
        }
        for (int v = 0; v < nodes; v++)
        {
            start[v + 1] += start[v];
        }
        var head = new int[start[nodes]];
        var cost = new long[start[nodes]];
        var fill = (int[])start.Clone();
        void Add(int from, int to, long c)
        {
            head[fill[from]] = to;
            cost[fill[from]++] = c;
        }
        for (int a = 0; a < nA; a++)
        {
            var mentors = _candMentor[a];
            var costs = _candCost[a];
            for (int k = 0; k < mentors.Count; k++)
            {
                if (k == assigned[a])
                {
                    Add(nA + mentors[k], a, -costs[k]);
                }
                else
                {
                    Add(a, nA + mentors[k], costs[k]);
                }
            }
            if (assigned[a] >= 0)
            {
                Add(a, t, _bigM);
            }
            else
            {
                Add(t, a, -_bigM);
            }
        }
        foreach (int j in _usableMentors)
        {
            if (load[j] < _capacity[j])
            {
                Add(nA + j, t, 0);
            }
            if (load[j] > 0)
            {
                Add(t, nA + j, 0);
            }
        }

        // FIFO label-correcting (SPFA). A node entering the queue more than |V| times means a negative cycle.
        var queue = new int[nodes + 1];
        int qHead = 0, qCount = 0;
        var inQueue = new bool[nodes];
        var enqueued = new int[nodes];
        for (int v = 0; v < nodes; v++)
        {
            queue[qCount++] = v;
            inQueue[v] = true;
        }
        int capacityQ = queue.Length;
        while (qCount > 0)
        {
            int u = queue[qHead];
            qHead = (qHead + 1) % capacityQ;
            qCount--;
            inQueue[u] = false;
            long du = d[u];
            for (int e = start[u]; e < start[u + 1]; e++)
            {
                int v = head[e];
                long nd = du + cost[e];
                if (nd < d[v])
                {
                    d[v] = nd;
                    if (!inQueue[v])
                    {
                        if (++enqueued[v] > nodes)
                        {
                            return false;
                        }
                        inQueue[v] = true;
                        queue[(qHead + qCount) % capacityQ] = v;
                        qCount++;
                    }
                }
            }
        }
        return true;
    }

    /// <summary>
    /// Adds, per mentee, the (at most) <see cref="SolverSettings.ArcsAddedPerRound"/> non-candidate allowed arcs with the
    /// most negative reduced cost; returns how many. Taking only the worst few keeps the network small: a
    /// mentee left unplaced on the candidates has a potential near −M and would otherwise pull in every mentor.
    /// </summary>
    private int AddViolatingArcs(long[] d)
    {
        int nA = _active.Length;
        int added = 0;
        int keep = Math.Max(1, _settings.ArcsAddedPerRound);
        var mark = new int[_model.MentorCount];
        Array.Fill(mark, -1);
        var found = new PriorityQueue<(int Mentor, long Cost), long>(); // max-heap on reduced cost via negation

        double[]? cellMax = null;
        long globalMax = long.MinValue;
        foreach (int j in _usableMentors)
        {
            globalMax = Math.Max(globalMax, d[nA + j]);
        }
        if (_grid is not null)
        {
            cellMax = new double[_grid.CellCount];
            for (int c = 0; c < cellMax.Length; c++)
            {
                long best = long.MinValue;
                foreach (int j in _grid.MentorsIn(c))
                {
                    best = Math.Max(best, d[nA + j]);
                }
                cellMax[c] = best == long.MinValue ? double.NegativeInfinity : best;
            }
        }
        int[] ringBuffer = new int[_grid?.RingBufferSize ?? 1];
        double perKm = _model.Weights.Distance * _scale;

        for (int a = 0; a < nA; a++)
        {
            _ct.ThrowIfCancellationRequested();
            int i = _active[a];
            long di = d[a];
            foreach (int j in _candMentor[a])
            {
                mark[j] = a;
            }
            found.Clear();
            long worstKept = 0; // only negative reduced costs qualify

            void Check(int j)
            {
                // Costs are ≥ 0, so only a mentor priced above this mentee can violate.
                long slack = d[nA + j] - di;
                if (slack <= 0 || -slack >= worstKept || mark[j] == a || !_model.IsAllowed(i, j, out double km))
                {
                    return;
                }
                long reduced = Scaled(_model.Cost(i, j, km)) - slack;
                if (reduced >= worstKept)
                {
                    return;
                }
                found.Enqueue((j, reduced + slack), -reduced);
                if (found.Count > keep)
                {
                    found.Dequeue();
                }
                if (found.Count == keep)
                {
                    found.TryPeek(out _, out long negWorst);
                    worstKept = -negWorst;
                }
            }

            if (_grid is null)
            {
                if (globalMax - di > 0)
                {
                    foreach (int j in _usableMentors)
                    {
                        Check(j);
                    }
                }
            }
            else
            {
                _grid.CellOf(_model.MenteeLat(i), _model.MenteeLon(i), out int cx, out int cy);
                int maxRing = _grid.MaxRing(cx, cy);
                for (int r = 0; r <= maxRing; r++)
                {
                    // Lower bound of any reduced cost further out; −1 absorbs the rounding of scaled costs.
                    double ringLb = _grid.RingLowerBoundKm(r);
                    if (perKm * ringLb - 1 - (globalMax - di) >= worstKept || ringLb > _model.MaxDistanceKm)
                    {
                        break;
                    }
                    int n = _grid.RingCells(cx, cy, r, ringBuffer);
                    for (int q = 0; q < n; q++)
                    {
                        int cell = ringBuffer[q];
                        if (perKm * _grid.CellLowerBoundKm(cell, cx, cy) - 1 - (cellMax![cell] - di) >= worstKept)
                        {
                            continue;
                        }
                        foreach (int j in _grid.MentorsIn(cell))
                        {
                            Check(j);
                        }
                    }
                }
            }

            while (found.TryDequeue(out var arc, out _))
            {
                _candMentor[a].Add(arc.Mentor);
                _candCost[a].Add(arc.Cost);
                added++;
            }
        }
        return added;
    }

    private (List<int> Mentors, List<long> Costs) InitialCandidates(int i, PriorityQueue<int, long> heap, int[] ringBuffer)
    {
        var mentors = new List<int>();
        var costs = new List<long>();
        if (_settings.Mode == SolverMode.Dense)
        {
            foreach (int j in _usableMentors)
            {
                if (_model.IsAllowed(i, j, out double km))
                {
                    mentors.Add(j);
                    costs.Add(Scaled(_model.Cost(i, j, km)));
                }
            }
            return (mentors, costs);
        }

        int k = Math.Max(1, _settings.CandidatesPerMentee);
        heap.Clear();
        foreach (var (j, c) in CheapestMentors(_model, _grid, _usableMentors, i, k, heap, ringBuffer, null))
        {
            mentors.Add(j);
            costs.Add(Scaled(c));
        }
        return (mentors, costs);
    }

    /// <summary>
    /// The k cheapest allowed mentors of mentee i (optionally only those passing <paramref name="filter"/>),
    /// exact: the grid search stops only when no farther cell can hold a cheaper pair.
    /// </summary>
    public static List<(int Mentor, double Cost)> CheapestMentors(
        PairCostModel model, MentorGrid? grid, IReadOnlyList<int> usable, int i, int k,
        PriorityQueue<int, long> heap, int[] ringBuffer, Func<int, bool>? filter)
    {
        // Max-heap on cost via negated priorities; costs kept beside it for the exact doubles.
        var best = new Dictionary<int, double>();
        heap.Clear();
        double worst = double.PositiveInfinity;

        void Offer(int j)
        {
            if ((filter is not null && !filter(j)) || !model.IsAllowed(i, j, out double km))
            {
                return;
            }
            double c = model.Cost(i, j, km);
            if (best.Count == k && c >= worst)
            {
                return;
            }
            best[j] = c;
            heap.Enqueue(j, -BitConverter.DoubleToInt64Bits(c));
            if (best.Count > k)
            {
                best.Remove(heap.Dequeue());
            }
            if (best.Count == k)
            {
                heap.TryPeek(out int top, out _);
                worst = best[top];
            }
        }

        if (grid is null)
        {
            foreach (int j in usable)
            {
                Offer(j);
            }
        }
        else
        {
            double wd = model.Weights.Distance;
            grid.CellOf(model.MenteeLat(i), model.MenteeLon(i), out int cx, out int cy);
            int maxRing = grid.MaxRing(cx, cy);
            for (int r = 0; r <= maxRing; r++)
            {
                double ringLb = grid.RingLowerBoundKm(r);
                if ((best.Count == k && wd * ringLb >= worst) || ringLb > model.MaxDistanceKm)
                {
                    break;
                }
                int n = grid.RingCells(cx, cy, r, ringBuffer);
                for (int q = 0; q < n; q++)
                {
                    int cell = ringBuffer[q];
                    if (best.Count == k && wd * grid.CellLowerBoundKm(cell, cx, cy) >= worst)
                    {
                        continue;
                    }
                    foreach (int j in grid.MentorsIn(cell))
                    {
                        Offer(j);
                    }
                }
            }
        }
        return [.. best.OrderBy(p => p.Value).ThenBy(p => p.Key).Select(p => (p.Key, p.Value))];
    }

    private long Scaled(double cost) => (long)Math.Round(cost * _scale);

    /// <summary>An upper bound on any pair cost: the distance part from the bounding box, the rest ≤ 1 each.</summary>
    private static double MaxPossibleCost(PairCostModel model, IEnumerable<int> mentees, IEnumerable<int> mentors)
    {
        var w = model.Weights;
        double rest = w.Level + w.Needs + w.Priorities;
        if (w.Distance <= 0)
        {
            return rest;
        }
        double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
        bool any = false;
        void Extend(double lat, double lon)
        {
            if (double.IsNaN(lat))
            {
                return;
            }
            any = true;
            minLat = Math.Min(minLat, lat); maxLat = Math.Max(maxLat, lat);
            minLon = Math.Min(minLon, lon); maxLon = Math.Max(maxLon, lon);
        }
        foreach (int i in mentees)
        {
            Extend(model.MenteeLat(i), model.MenteeLon(i));
        }
        foreach (int j in mentors)
        {
            Extend(model.MentorLat(j), model.MentorLon(j));
        }
        if (!any)
        {
            return rest;
        }
        // A meridian leg plus a parallel leg is never shorter than the great circle.
        double km = GreatCircle.EarthRadiusKm * ((maxLat - minLat) + Math.Min(180, maxLon - minLon)) * Math.PI / 180;
        return w.Distance * (Math.Min(km, Math.PI * GreatCircle.EarthRadiusKm) + 1) + rest;
    }
}
