using System.Security.Claims;
using MentorHub.Web.Modules.Programs.Domain;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Programs;

/// <summary>
/// Which programmes a person may know exist: any role held on the programme, on one of its hubs,
/// on one of its clusters or on one of its participating schools. Admins see every programme.
/// </summary>
internal sealed class ProgrammeVisibility(AppDbContext db)
{
    public async Task<IReadOnlyList<Guid>> VisibleIdsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.IsAdmin())
        {
            return await db.Set<Programme>().Select(p => p.Id).ToListAsync(ct);
        }
        var ids = new HashSet<Guid>(user.ScopeIds(ScopeType.Programme).Select(Parse).OfType<Guid>());
        var hubIds = user.ScopeIds(ScopeType.Hub).Select(Parse).OfType<Guid>().ToList();
        if (hubIds.Count > 0)
        {
            ids.UnionWith(await db.Set<Hub>().Where(h => hubIds.Contains(h.Id)).Select(h => h.ProgrammeId).ToListAsync(ct));
        }
        var clusterIds = user.ScopeIds(ScopeType.Cluster).Select(Parse).OfType<Guid>().Select(g => (Guid?)g).ToList();
        if (clusterIds.Count > 0)
        {
            ids.UnionWith(await db.Set<Participation>().Where(p => clusterIds.Contains(p.ClusterId)).Select(p => p.ProgrammeId).ToListAsync(ct));
        }
        var schoolIds = user.ScopeIds(ScopeType.School).ToList();
        if (schoolIds.Count > 0)
        {
            ids.UnionWith(await db.Set<Participation>().Where(p => schoolIds.Contains(p.SchoolId)).Select(p => p.ProgrammeId).ToListAsync(ct));
        }
        return [.. ids];
    }

    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, Guid programmeId, CancellationToken ct) =>
        user.IsAdmin() || (await VisibleIdsAsync(user, ct)).Contains(programmeId);

    public static bool CanManage(ClaimsPrincipal user, Guid programmeId) =>
        user.IsAdmin() || user.Holds(Role.NationalCoordinator, ScopeType.Programme, programmeId.ToString());

    /// <summary>Outcome results: the programme's national coordinators, researchers and policy viewers, the coordinators of its hubs (for their hubs' schools), admins.</summary>
    public async Task<bool> CanReadOutcomesAsync(ClaimsPrincipal user, Guid programmeId, CancellationToken ct)
    {
        if (user.IsAdmin() || user.HoldsAny(ScopeType.Programme, programmeId.ToString(), Scopes.ProgrammeReaders))
        {
            return true;
        }
        var hubIds = user.ScopeIds(ScopeType.Hub).Select(Parse).OfType<Guid>().ToList();
        return hubIds.Count > 0 && await db.Set<Hub>().AnyAsync(h => h.ProgrammeId == programmeId && hubIds.Contains(h.Id), ct);
    }

    private static Guid? Parse(string id) => Guid.TryParse(id, out var g) ? g : null;
}

internal sealed class ProgrammeAuthorizationHandler(ProgrammeVisibility visibility) : AuthorizationHandler<ProgrammeOperation, ProgrammeResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ProgrammeOperation requirement, ProgrammeResource resource)
    {
        var user = context.User;
        var allowed = requirement.Name switch
        {
            nameof(ProgrammeOperations.Read) => await visibility.CanSeeAsync(user, resource.ProgrammeId, CancellationToken.None),
            nameof(ProgrammeOperations.Manage) => ProgrammeVisibility.CanManage(user, resource.ProgrammeId),
            _ when ReferenceEquals(requirement, OutcomeOperations.Read) => await visibility.CanReadOutcomesAsync(user, resource.ProgrammeId, CancellationToken.None),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>
/// A hub is seen by whoever sees its programme; managed by the programme's national coordinators and
/// the hub's own coordinators; its contact details reach only the people who work with the hub:
/// its coordinators, the programme's national coordinators and the staff of its schools (never
/// teachers, researchers or policy viewers).
/// </summary>
internal sealed class HubAuthorizationHandler(ProgrammeVisibility visibility, AppDbContext db) : AuthorizationHandler<HubOperation, HubResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, HubOperation requirement, HubResource resource)
    {
        var user = context.User;
        var coordinates = ProgrammeVisibility.CanManage(user, resource.ProgrammeId) || user.Holds(Role.HubCoordinator, ScopeType.Hub, resource.HubId.ToString());
        var allowed = requirement.Name switch
        {
            nameof(HubOperations.Read) => await visibility.CanSeeAsync(user, resource.ProgrammeId, CancellationToken.None),
            nameof(HubOperations.Manage) => coordinates,
            nameof(HubOperations.ReadContacts) => coordinates || await IsStaffOfAHubSchoolAsync(user, resource),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
    }

    private async Task<bool> IsStaffOfAHubSchoolAsync(ClaimsPrincipal user, HubResource hub)
    {
        var schools = user.ScopedRoles().Where(r => r.ScopeType == ScopeType.School && Scopes.SchoolStaffRoles.Contains(r.Role)).Select(r => r.ScopeId).Distinct().ToList();
        var clusters = user.ScopedRoles().Where(r => r.ScopeType == ScopeType.Cluster && r.Role != Role.Teacher).Select(r => Guid.TryParse(r.ScopeId, out var g) ? (Guid?)g : null).OfType<Guid>().Select(g => (Guid?)g).ToList();
        if (schools.Count == 0 && clusters.Count == 0)
        {
            return false;
        }
        return await db.Set<Participation>().AnyAsync(p => p.HubId == hub.HubId && p.Status != ParticipationStatus.Withdrawn
            && (schools.Contains(p.SchoolId) || clusters.Contains(p.ClusterId)), CancellationToken.None);
    }
}
