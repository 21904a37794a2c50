using System.Security.Claims;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;

namespace MentorHub.Web.Modules.Clusters;

/// <summary>Who may see, form and approve clusters; programme visibility itself is the Programs module's.</summary>
internal sealed class ClustersAccess(IProgrammeDirectory programmes)
{
    /// <summary>An unknown and a hidden programme look the same (404).</summary>
    public async Task<ProgrammeSummary> VisibleProgrammeAsync(ClaimsPrincipal user, Guid programmeId, CancellationToken ct)
    {
        var programme = await programmes.FindAsync(programmeId, ct);
        if (programme is null || !await programmes.CanSeeAsync(user, programmeId, ct))
        {
            throw new NotFoundException(new CatalogText("Clusters.Error.NoSuchProgramme", programmeId));
        }
        return programme;
    }

    /// <summary>National coordinators form clusters for the whole programme, hub coordinators for their hub.</summary>
    public bool CanCoordinate(ClaimsPrincipal user, Guid programmeId, Guid? hubId) =>
        programmes.CanManage(user, programmeId)
        || (hubId is { } hub && user.Holds(Role.HubCoordinator, ScopeType.Hub, hub.ToString()));

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
}
