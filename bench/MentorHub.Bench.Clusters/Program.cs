using System.Diagnostics;
using System.Globalization;
using MentorHub.Bench;
using MentorHub.Web.Modules.Clusters.Domain;

// Release benchmark of the exact cluster optimiser. Usage: dotnet run -c Release --project bench [path/to/schools.csv]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
string csv = args.Length > 0 ? args[0] : "/work/shared/data/schools-lisbon.csv";

var lisbon = SchoolCsv.Read(csv);
var lisbonMentors = lisbon.Where((_, k) => k % 5 == 4).ToList();
var lisbonMentees = lisbon.Where((_, k) => k % 5 != 4).ToList();
int fitAll = (lisbonMentees.Count + lisbonMentors.Count - 1) / lisbonMentors.Count;

var national = Synthetic.Portugal(20_000, seed: 20261123);
var nationalMentors = national.Where((_, k) => k % 5 == 4).ToList();
var nationalMentees = national.Where((_, k) => k % 5 != 4).ToList();

// Warm-up: JIT and OR-Tools native load should not count against the first instance.
Run("warm-up", lisbonMentees.Take(100).ToList(), lisbonMentors.Take(25).ToList(), new ClusterOptions(), print: false);

Console.WriteLine($"{"instance",-34} {"mentees",7} {"mentors",7} {"placed",6} {"optimal km/cost",16} {"greedy",13} {"g/opt",6} {"solveMs",7} {"rounds",6} {"arcs",9} {"allocMB",8} {"peakWS MB",9}");
Run("lisbon cap 4 distance", lisbonMentees, lisbonMentors, new ClusterOptions { DefaultCapacity = 4 });
Run($"lisbon cap {fitAll} distance", lisbonMentees, lisbonMentors, new ClusterOptions { DefaultCapacity = fitAll });
Run("lisbon cap 4 distance DENSE", lisbonMentees, lisbonMentors, new ClusterOptions { DefaultCapacity = 4 }, SolverMode.Dense);
Run("lisbon cap 4 max 10 km + level", lisbonMentees, lisbonMentors,
    new ClusterOptions { DefaultCapacity = 4, MaxDistanceKm = 10, RequireSameLevelFamily = true });
Run("national cap 4 distance", nationalMentees, nationalMentors, new ClusterOptions { DefaultCapacity = 4 });
Run("national cap 5 distance", nationalMentees, nationalMentors, new ClusterOptions { DefaultCapacity = 5 });
Run("national cap 4 balanced weights", nationalMentees, nationalMentors,
    new ClusterOptions { DefaultCapacity = 4, Weights = ClusterWeights.Balanced });
Run("national cap 4 max 30 km + lang", nationalMentees, nationalMentors,
    new ClusterOptions { DefaultCapacity = 4, MaxDistanceKm = 30, RequireSharedLanguage = true });

static SolverSettings Settings(SolverMode mode)
{
    // Tuning knobs for experiments; defaults are the library's.
    var defaults = new SolverSettings(mode);
    int k = int.TryParse(Environment.GetEnvironmentVariable("MH_K"), out int kk) ? kk : defaults.CandidatesPerMentee;
    int add = int.TryParse(Environment.GetEnvironmentVariable("MH_ADD"), out int aa) ? aa : defaults.ArcsAddedPerRound;
    return defaults with { CandidatesPerMentee = k, ArcsAddedPerRound = add };
}

static void Run(string name, List<ClusterSchool> mentees, List<ClusterSchool> mentors, ClusterOptions options,
    SolverMode mode = SolverMode.Pruned, bool print = true)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    long allocBefore = GC.GetTotalAllocatedBytes(precise: true);
    var wall = Stopwatch.StartNew();
    var proposal = ClusterOptimiser.Propose(new ClusterProblem(mentees, mentors, options), Settings(mode));
    wall.Stop();
    long alloc = GC.GetTotalAllocatedBytes(precise: true) - allocBefore;
    using var process = Process.GetCurrentProcess();
    if (!print)
    {
        return;
    }
    if (!proposal.Optimal)
    {
        Console.WriteLine($"!! {name}: not proven optimal");
    }
    double ratio = proposal.TotalCost > 0 ? proposal.Greedy.TotalCost / proposal.TotalCost : 1;
    Console.WriteLine(
        $"{name,-34} {mentees.Count,7} {mentors.Count,7} {proposal.Placed,6} {proposal.TotalCost,16:F3} " +
        $"{proposal.Greedy.TotalCost,13:F1} {ratio,6:F3} {proposal.SolveMs,7} {proposal.Stats.Rounds,6} {proposal.Stats.CandidateArcs,9} " +
        $"{alloc / 1048576.0,8:F0} {process.PeakWorkingSet64 / 1048576.0,9:F0}");
    Console.WriteLine(
        $"{"",34} greedy placed {proposal.Greedy.Placed}, unassigned {proposal.Unassigned.Count}, " +
        $"or-tools {proposal.Stats.NetworkMs:F0} ms, proof {proposal.Stats.ProofMs:F0} ms, greedy {proposal.Stats.GreedyMs:F0} ms, total incl. greedy+reasons {wall.ElapsedMilliseconds} ms" +
        (proposal.Unassigned.Count > 0 ? $", e.g. \"{proposal.Unassigned[0].Reason}\"" : ""));
}
