namespace MentorHub.Web.Modules.Clusters.Api;

/// <summary>What other modules may read about clusters: their names, for labelling results per cluster.</summary>
public interface IClusterDirectory
{
    /// <returns>cluster id → name, for every cluster of the programme (dissolved ones included).</returns>
    Task<IReadOnlyDictionary<Guid, string>> NamesAsync(Guid programmeId, CancellationToken ct);
}
