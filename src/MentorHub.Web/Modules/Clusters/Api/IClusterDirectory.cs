using MentorHub.Web.Platform.Security;

namespace MentorHub.Web.Modules.Clusters.Api;

/// <param name="Mode"><c>top-down</c> (formed by a coordinator) or <c>bottom-up</c> (formed by the schools), as in the contract.</param>
public sealed record ClusterSummary(Guid Id, string Name, string Mode);

/// <summary>Where a cluster sits: its programme and, for hub-formed clusters, its hub.</summary>
public sealed record ClusterPlace(Guid Id, Guid ProgrammeId, Guid? HubId);

/// <summary>A cluster with its current member schools (the mentor school first), for modules that authorize on it and list its schools.</summary>
public sealed record ClusterMembers(Guid Id, string Name, Guid ProgrammeId, Guid? HubId, string MentorSchoolId, IReadOnlyList<string> SchoolIds)
{
    /// <summary>The resource the cluster's authorization handlers decide on, as the Clusters module builds it.</summary>
    public ClusterResource Resource => new(Id, ProgrammeId, HubId, MentorSchoolId, SchoolIds);
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

    /// <returns>Every cluster of the programme (of one hub, when given) with its current members, in one query.</returns>
    Task<IReadOnlyList<ClusterMembers>> MembersOfProgrammeAsync(Guid programmeId, Guid? hubId, CancellationToken ct);
}
