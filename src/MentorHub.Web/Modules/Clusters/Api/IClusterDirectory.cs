namespace MentorHub.Web.Modules.Clusters.Api;

/// <param name="Mode"><c>top-down</c> (formed by a coordinator) or <c>bottom-up</c> (formed by the schools), as in the contract.</param>
public sealed record ClusterSummary(Guid Id, string Name, string Mode);

/// <summary>Where a cluster sits: its programme and, for hub-formed clusters, its hub.</summary>
public sealed record ClusterPlace(Guid Id, Guid ProgrammeId, Guid? HubId);

/// <summary>A cluster's current members: its mentor school and the mentee schools that have not left.</summary>
public sealed record ClusterMembers(Guid Id, Guid ProgrammeId, Guid? HubId, string MentorSchoolId, IReadOnlyList<string> MenteeSchoolIds)
{
    /// <summary>The mentor school first, then the mentees in school id order.</summary>
    public IReadOnlyList<string> SchoolIds => [MentorSchoolId, .. MenteeSchoolIds];
}

/// <summary>What other modules may read about clusters: names and how they formed, for labelling and grouping results.</summary>
public interface IClusterDirectory
{
    /// <returns>Every cluster of the programme, dissolved ones included.</returns>
    Task<IReadOnlyList<ClusterSummary>> ClustersAsync(Guid programmeId, CancellationToken ct);

    /// <returns>Where the cluster sits (dissolved or not), or null for an unknown cluster.</returns>
    Task<ClusterPlace?> PlaceAsync(Guid clusterId, CancellationToken ct);

    /// <returns>The cluster with its current members, or null for an unknown cluster.</returns>
    Task<ClusterMembers?> MembersAsync(Guid clusterId, CancellationToken ct);

    /// <returns>The cluster the school currently belongs to in the programme (as mentor or mentee), or null.</returns>
    Task<ClusterMembers?> CurrentClusterOfAsync(Guid programmeId, string schoolId, CancellationToken ct);
}
