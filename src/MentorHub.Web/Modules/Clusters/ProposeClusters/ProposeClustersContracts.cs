using System.ComponentModel.DataAnnotations;

namespace MentorHub.Web.Modules.Clusters.ProposeClusters;

/// <summary>
/// The allowed ranges of the settings. Bounds of double settings are doubles: a range with int bounds
/// converts the value to int and overflows (500) on 1e308 or NaN instead of refusing it.
/// </summary>
internal static class ProposalLimits
{
    public const int MaxCapacity = 100;
    public const double MaxDistanceKm = 20_000;
    public const double MaxWeight = 1_000_000;
}

/// <summary>Weights of the soft costs, each "km per unit": level 20 means a full level mismatch costs as much as 20 km.</summary>
internal sealed record ProposalWeights(
    [property: Range(0d, ProposalLimits.MaxWeight)] double? Distance,
    [property: Range(0d, ProposalLimits.MaxWeight)] double? Level,
    [property: Range(0d, ProposalLimits.MaxWeight)] double? Needs,
    [property: Range(0d, ProposalLimits.MaxWeight)] double? Priorities);

internal sealed record SchoolPairDto(string? MenteeSchoolId, string? MentorSchoolId);

/// <param name="Capacity">Mentee schools per mentor (default 4).</param>
/// <param name="MaxDistanceKm">Hard rule: no pair further apart (great-circle km); null for no limit.</param>
/// <param name="CapacityOverrides">mentorSchoolId → capacity for that mentor.</param>
/// <param name="RequireSameLevel">Hard rule: mentor and mentee in compatible level families (primary / secondary; combined fits both).</param>
/// <param name="RequireSharedLanguage">Hard rule: mentor and mentee share a language.</param>
/// <param name="HubId">Only the participants of this hub (hub coordinators must name their hub).</param>
internal sealed record ProposeClustersRequest(
    [property: Range(0, ProposalLimits.MaxCapacity)] int? Capacity,
    [property: Range(0d, ProposalLimits.MaxDistanceKm)] double? MaxDistanceKm,
    ProposalWeights? Weights,
    List<SchoolPairDto>? Pins,
    List<SchoolPairDto>? Forbids,
    Dictionary<string, int>? CapacityOverrides,
    bool? RequireSameLevel,
    bool? RequireSharedLanguage,
    Guid? HubId);

/// <param name="Reasons">The reasons in English, as the contract has always given them.</param>
/// <param name="Explanations">The same reasons with stable codes, for pages in the reader's language and for scripts; null in proposals made before they existed.</param>
internal sealed record ProposedPair(
    string MenteeSchoolId, string MentorSchoolId, double? DistanceKm, double Cost, bool Pinned, IReadOnlyList<string> Reasons,
    IReadOnlyList<ProposalReason>? Explanations = null);

internal sealed record UnassignedSchoolDto(string SchoolId, string Reason, ProposalReason? Explanation = null);

/// <summary>One reason of the optimiser: a stable code (<c>distance</c>, <c>only-mentor-full</c>, ...), its English message, and the text to put into other languages.</summary>
internal sealed record ProposalReason(string Code, string Message, MentorHub.Web.Platform.Localisation.CatalogText Text)
{
    public static ProposalReason Of(MentorHub.Web.Platform.Localisation.CatalogText text) =>
        new(text.Key.StartsWith(Domain.Explanations.KeyPrefix, StringComparison.Ordinal) ? text.Key[Domain.Explanations.KeyPrefix.Length..] : text.Key, text.InEnglish(), text);
}

internal sealed record GreedyDto(int Placed, double TotalCost);

/// <summary>The contract's proposal body, plus the greedy baseline and the settings it was run with.</summary>
internal sealed record ProposalDto(
    Guid Id,
    Guid ProgrammeId,
    Guid? HubId,
    IReadOnlyList<ProposedPair> Assignments,
    IReadOnlyList<UnassignedSchoolDto> Unassigned,
    double TotalCost,
    bool Optimal,
    long SolveMs,
    int Placed,
    GreedyDto Greedy,
    int GreedyPlaced,
    double GreedyTotalCost,
    double SavedCost,
    DateTime CreatedAt,
    DateTime? AcceptedAt,
    ProposeClustersRequest Settings);

/// <summary>What is stored as the proposal's result.</summary>
internal sealed record StoredResult(IReadOnlyList<ProposedPair> Assignments, IReadOnlyList<UnassignedSchoolDto> Unassigned);
