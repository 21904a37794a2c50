using System.Security.Claims;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;

namespace MentorHub.Web.Modules.Clusters;

/// <summary>Who may see, form and approve clusters; programme visibility itself is the Programs module's.</summary>
internal sealed class ClustersAccess(IProgrammeDirectory programmes, IAuthorizationService authorization)
{
    /// <summary>An unknown and a hidden programme look the same (404).</summary>
    public async Task<ProgrammeSummary> VisibleProgrammeAsync(ClaimsPrincipal user, Guid programmeId, CancellationToken ct)
    {
        var programme = await programmes.FindAsync(programmeId, ct);
        if (programme is null || !await authorization.AllowsAsync(user, new ProgrammeResource(programmeId), ProgrammeOperations.Read))
        {
            throw new NotFoundException(new CatalogText("Clusters.Error.NoSuchProgramme", programmeId));
        }
        return programme;
    }

    /// <summary>National coordinators form clusters for the whole programme, hub coordinators for their hub.</summary>
    public bool CanCoordinate(ClaimsPrincipal user, Guid programmeId, Guid? hubId) => CoordinatesScope(programmes, user, programmeId, hubId);

    /// <summary>The one rule behind <see cref="ClusterOperations.Coordinate"/>, also for forming clusters that do not exist yet.</summary>
    internal static bool CoordinatesScope(IProgrammeDirectory programmes, ClaimsPrincipal user, Guid programmeId, Guid? hubId) =>
        programmes.CanManage(user, programmeId)
        || (hubId is { } hub && user.Holds(Role.HubCoordinator, ScopeType.Hub, hub.ToString()));

    /// <summary>Whether the caller may do the operation on the cluster; the check every cluster use case makes.</summary>
    public Task<bool> AllowsAsync(ClaimsPrincipal user, ClusterResource cluster, ClusterOperation operation) =>
        authorization.AllowsAsync(user, cluster, operation);

    /// <summary>404 when the caller may not see the cluster, 403 when they see it but may not do the operation.</summary>
    public Task EnsureAsync(ClaimsPrincipal user, ClusterResource cluster, ClusterOperation operation) =>
        authorization.EnsureAsync(user, cluster, ClusterOperations.Read, operation,
            new CatalogText("Clusters.Error.NoSuchCluster", cluster.ClusterId), new CatalogText("Clusters.Error.OnlyClusterEditors"));

    public async Task EnsureCoordinatesAsync(ClaimsPrincipal user, Guid programmeId, Guid? hubId, CancellationToken ct)
    {
        await VisibleProgrammeAsync(user, programmeId, ct);
        if (hubId is { } hub && await programmes.ProgrammeOfHubAsync(hub, ct) != programmeId)
        {
            throw new InputException(new CatalogText("Clusters.Error.HubNotInProgramme"), new Dictionary<string, CatalogText[]> { ["hubId"] = [new("Clusters.Error.NoSuchHubInProgramme", hub)] });
        }
        if (!CanCoordinate(user, programmeId, hubId))
        {
            throw new ForbiddenException(new CatalogText(hubId is null ? "Clusters.Error.OnlyNationalFormers" : "Clusters.Error.OnlyHubFormers"));
        }
    }

    /// <summary>A school's coordinator or leader speaks for the school in bottom-up formation.</summary>
    public static bool ActsFor(ClaimsPrincipal user, string schoolId) =>
        user.IsAdmin()
        || user.Holds(Role.SchoolCoordinator, ScopeType.School, schoolId)
        || user.Holds(Role.SchoolLeader, ScopeType.School, schoolId);

    public static IReadOnlyList<string> SchoolsOf(ClaimsPrincipal user) =>
        user.ScopedRoles().Where(r => r.ScopeType == ScopeType.School && r.Role is Role.SchoolCoordinator or Role.SchoolLeader)
            .Select(r => r.ScopeId).Distinct().ToList();

    public static ClusterResource ResourceOf(Domain.Cluster cluster) =>
        new(cluster.Id, cluster.ProgrammeId, cluster.HubId, cluster.MentorSchoolId, [.. cluster.CurrentMembers.Select(m => m.SchoolId)]);
}
