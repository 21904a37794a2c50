using System.Globalization;
using System.Security.Claims;
using MentorHub.Web.Modules.Clusters.Api;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;

namespace MentorHub.Web.Modules.Activities;

/// <summary>The cluster an activity use case works on, with the caller's right to do it checked (404 hidden, 403 visible).</summary>
internal sealed class ActivityClusters(IClusterDirectory clusters, IAuthorizationService authorization) : Api.IActivityAccess
{
    public async Task<ClusterMembers> EnsureAsync(Guid clusterId, ClaimsPrincipal user, Operation operation, CancellationToken ct)
    {
        var (members, resource) = await FindAsync(clusterId, ct);
        await authorization.EnsureAsync(user, resource, ClusterOperations.Read, operation,
            new CatalogText("Activities.Error.NoSuchCluster", clusterId), new CatalogText("Activities.Error.NotYours"));
        return members;
    }

    public async Task<(ClusterMembers Members, ClusterResource Resource)> FindAsync(Guid clusterId, CancellationToken ct)
    {
        var members = await clusters.MembersAsync(clusterId, ct) ?? throw new NotFoundException(new CatalogText("Activities.Error.NoSuchCluster", clusterId));
        return (members, ResourceOf(members));
    }

    public async Task<bool> MayReadAsync(Guid clusterId, ClaimsPrincipal user, CancellationToken ct) =>
        await clusters.MembersAsync(clusterId, ct) is { } members && await AllowsAsync(user, members, ActivityOperations.Read);

    public static ClusterResource ResourceOf(ClusterMembers members) =>
        new(members.Id, members.ProgrammeId, members.HubId, members.MentorSchoolId, members.SchoolIds);

    public Task<bool> AllowsAsync(ClaimsPrincipal user, ClusterMembers cluster, Operation operation) =>
        authorization.AllowsAsync(user, ResourceOf(cluster), operation);

    public Task<bool> AllowsAsync(ClaimsPrincipal user, ClusterMembers cluster, string schoolId, ReflectionOperation operation) =>
        authorization.AllowsAsync(user, new ClusterSchoolResource(ResourceOf(cluster), schoolId), operation);

    /// <summary>A period's bounds from yyyy-MM-dd texts (both days included); 400 naming <c>from</c> or <c>to</c> for a bad one.</summary>
    public static (DateTime? From, DateTime? To) Period(string? from, string? to)
    {
        var errors = new Dictionary<string, CatalogText[]>();
        var start = Day(from, "from", errors);
        var end = Day(to, "to", errors);
        if (start is { } s && end is { } e && e < s)
        {
            errors["to"] = [new CatalogText("Activities.Error.ToBeforeFrom")];
        }
        if (errors.Count > 0)
        {
            throw new InputException(new CatalogText("Activities.Error.BadPeriod"), errors);
        }
        return (start, end?.AddDays(1));
    }

    private static DateTime? Day(string? text, string field, Dictionary<string, CatalogText[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 2000 and < 2100)
        {
            return day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        }
        errors[field] = [new CatalogText("Activities.Error.BadDay")];
        return null;
    }
}
