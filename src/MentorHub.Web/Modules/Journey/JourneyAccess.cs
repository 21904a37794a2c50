using System.Security.Claims;
using MentorHub.Web.Modules.Clusters.Api;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;

namespace MentorHub.Web.Modules.Journey;

/// <summary>The checks every journey use case makes: the cluster must be visible (else 404), the operation allowed (else 403).</summary>
internal sealed class JourneyAccess(IClusterDirectory clusters, IAuthorizationService authorization)
{
    /// <summary>The cluster with its members, when the caller may read its journey.</summary>
    public async Task<ClusterMembers> ReadableAsync(ClaimsPrincipal user, Guid clusterId, CancellationToken ct)
    {
        var cluster = await clusters.MembersAsync(clusterId, ct);
        if (cluster is null || !await authorization.AllowsAsync(user, cluster.Resource, ClusterOperations.Read))
        {
            throw new NotFoundException(new CatalogText("Journey.Error.NoSuchCluster", clusterId));
        }
        await EnsureAsync(user, cluster, JourneyOperations.Read, null);
        return cluster;
    }

    public Task<bool> AllowsAsync(ClaimsPrincipal user, ClusterMembers cluster, JourneyOperation operation, string? schoolId = null) =>
        authorization.AllowsAsync(user, new JourneyResource(cluster.Resource, schoolId), operation);

    public async Task EnsureAsync(ClaimsPrincipal user, ClusterMembers cluster, JourneyOperation operation, string? schoolId)
    {
        if (!await AllowsAsync(user, cluster, operation, schoolId))
        {
            throw new ForbiddenException(new CatalogText("Journey.Error.Forbidden." + operation.Name));
        }
    }

    /// <summary>A school named in a request must be a current member of the cluster.</summary>
    public static void EnsureMember(ClusterMembers cluster, string schoolId)
    {
        if (!cluster.SchoolIds.Contains(schoolId))
        {
            throw new InputException(new CatalogText("Journey.Error.SchoolNotInCluster"),
                new Dictionary<string, CatalogText[]> { ["schoolId"] = [new("Journey.Error.NotAMember", schoolId)] });
        }
    }

    /// <summary>Who acts, as moves and confirmations record it.</summary>
    public static (Guid? Id, string Name) Who(ClaimsPrincipal user) =>
        (user.UserId(), user.FindFirstValue("name") ?? user.FindFirstValue(ClaimTypes.Name) ?? user.FindFirstValue(ClaimTypes.Email) ?? "");
}
