namespace MentorHub.Web.Modules.Clusters.Api;

/// <param name="Mode"><c>top-down</c> (formed by a coordinator) or <c>bottom-up</c> (formed by the schools), as in the contract.</param>
public sealed record ClusterSummary(Guid Id, string Name, string Mode);

/// <summary>Where a cluster sits: its programme and, for hub-formed clusters, its hub.</summary>
public sealed record ClusterPlace(Guid Id, Guid ProgrammeId, Guid? HubId);

/// <summary>The cluster a school belongs to now, with the school that mentors it.</summary>
public sealed record SchoolCluster(Guid ClusterId, Guid ProgrammeId, Guid? HubId, string MentorSchoolId);

/// <summary>What other modules may read about clusters: names and how they formed, for labelling and grouping results.</summary>
public interface IClusterDirectory
{
    /// <returns>Every cluster of the programme, dissolved ones included.</returns>
    Task<IReadOnlyList<ClusterSummary>> ClustersAsync(Guid programmeId, CancellationToken ct);

    /// <returns>Where the cluster sits (dissolved or not), or null for an unknown cluster.</returns>
    Task<ClusterPlace?> PlaceAsync(Guid clusterId, CancellationToken ct);

    /// <returns>The cluster the school is a current member of in the programme (as mentor or mentee), or null.</returns>
    Task<SchoolCluster?> CurrentClusterOfSchoolAsync(Guid programmeId, string schoolId, CancellationToken ct);
}
