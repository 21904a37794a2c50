namespace MentorHub.Web.Modules.Clusters.Api;

/// <summary>
/// Where the optimiser's "needs" term comes from: each school's area scores (1..5 means) from its
/// latest self-assessment. The SelfAssessment module implements this; until it does, no school has
/// scores and the needs term is neutral for every pair.
/// </summary>
public interface ISchoolNeedsSource
{
    /// <returns>schoolId → (areaId → mean score); schools without a finished self-assessment are left out.</returns>
    Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>>> LatestAreaScoresAsync(
        Guid programmeId, IReadOnlyCollection<string> schoolIds, CancellationToken ct);

    /// <returns>areaId → (language → name) of the areas the scores are given for, so reasons can name them.</returns>
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> AreaNames() => new Dictionary<string, IReadOnlyDictionary<string, string>>();
}

/// <summary>The stand-in used while no module provides self-assessment results.</summary>
internal sealed class NoSchoolNeeds : ISchoolNeedsSource
{
    public Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>>> LatestAreaScoresAsync(
        Guid programmeId, IReadOnlyCollection<string> schoolIds, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>>>(
            new Dictionary<string, IReadOnlyDictionary<string, double>>());
}
