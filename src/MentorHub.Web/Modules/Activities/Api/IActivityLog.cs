namespace MentorHub.Web.Modules.Activities.Api;

/// <summary>How often one method was used in a programme's activities, and by how many clusters.</summary>
public sealed record MethodUse(string MethodId, int Activities, IReadOnlyCollection<Guid> ClusterIds);

/// <summary>What other modules (the journey overview, the toolbox, dashboards) may read of the activity log.</summary>
public interface IActivityLog
{
    /// <returns>clusterId → when its latest activity took place or was logged, whichever is later; clusters without activities are left out.</returns>
    Task<IReadOnlyDictionary<Guid, DateTime>> LastLoggedAsync(IReadOnlyCollection<Guid> clusterIds, CancellationToken ct);

    /// <returns>Per method (the activity's method or, without one, its format), the programme's activities and clusters that used it.</returns>
    Task<IReadOnlyList<MethodUse>> MethodUseAsync(Guid programmeId, CancellationToken ct);
}

/// <summary>What other pages (the cluster page) may ask before linking to a cluster's activity pages.</summary>
public interface IActivityAccess
{
    /// <returns>Whether the caller may open the cluster's activities, calendar, reflections and diary (false for an unknown cluster).</returns>
    Task<bool> MayReadAsync(Guid clusterId, System.Security.Claims.ClaimsPrincipal user, CancellationToken ct);
}
