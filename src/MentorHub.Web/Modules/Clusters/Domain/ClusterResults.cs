using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Web.Modules.Clusters.Domain;

/// <param name="DistanceKm">Null when either school has no coordinates.</param>
/// <param name="Why">Why the pair, as texts shown to the coordinator in their language.</param>
internal sealed record ClusterAssignment(
    string MenteeId,
    string MentorId,
    double? DistanceKm,
    double Cost,
    bool Pinned,
    IReadOnlyList<CatalogText> Why)
{
    /// <summary>The reasons in English, as the API and logs give them.</summary>
    public IReadOnlyList<string> Reasons => [.. Why.Select(w => w.InEnglish())];
}

internal sealed record UnassignedSchool(string SchoolId, CatalogText Why)
{
    public string Reason => Why.InEnglish();
}

/// <summary>What a naive "each mentee in turn takes the cheapest mentor with room" would have produced.</summary>
internal sealed record GreedyBaseline(int Placed, double TotalCost);

/// <summary>Diagnostics of the exact solver; useful in logs and the benchmark, not meant for end users.</summary>
/// <param name="Rounds">Solve + optimality-check rounds on the candidate arc set.</param>
/// <param name="CandidateArcs">Mentee→mentor arcs in the final sparse network.</param>
/// <param name="AllowedArcs">Arcs of the full problem, or null when not counted (the pruned solver never enumerates them).</param>
/// <param name="NetworkMs">Time inside OR-Tools.</param>
/// <param name="ProofMs">Time computing potentials and searching for violating arcs.</param>
internal sealed record SolverStats(int Rounds, long CandidateArcs, long? AllowedArcs, double NetworkMs, double ProofMs, double GreedyMs);

internal sealed record ClusterProposal(
    IReadOnlyList<ClusterAssignment> Assignments,
    IReadOnlyList<UnassignedSchool> Unassigned,
    double TotalCost,
    bool Optimal,
    long SolveMs,
    GreedyBaseline Greedy,
    SolverStats Stats)
{
    public int Placed => Assignments.Count;
}

internal enum ClusterProgressStage
{
    Preparing,
    SolvingCandidates,
    CheckingOptimality,
    Explaining,
    Done,
}

/// <param name="Round">1-based solve round; 0 outside the solve loop.</param>
internal sealed record ClusterProgress(ClusterProgressStage Stage, int Round, long CandidateArcs, string Message);

/// <summary>The coordinator's input contradicts itself or the data (map to 400/409). The message is the text's English.</summary>
internal sealed class ClusterRuleException(CatalogText text) : Exception(text.InEnglish())
{
    public CatalogText Text { get; } = text;
}
