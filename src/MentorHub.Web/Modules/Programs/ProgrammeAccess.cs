using System.Security.Claims;
using MentorHub.Web.Modules.Programs.Domain;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Programs;

/// <summary>"Is this programme mine?" for every role and scope a person holds.</summary>
internal sealed class ProgrammeAccess(AppDbContext db)
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

    public static bool CanManageHub(ClaimsPrincipal user, Hub hub) =>
        CanManage(user, hub.ProgrammeId) || user.Holds(Role.HubCoordinator, ScopeType.Hub, hub.Id.ToString());

    /// <summary>Loads a programme the caller may see; an unknown and a hidden programme look the same (404).</summary>
    public async Task<Programme> GetVisibleAsync(ClaimsPrincipal user, Guid programmeId, CancellationToken ct)
    {
        var programme = await db.Set<Programme>().FirstOrDefaultAsync(p => p.Id == programmeId, ct);
        if (programme is null || !await CanSeeAsync(user, programmeId, ct))
        {
            throw new NotFoundException(new CatalogText("Programs.Error.NoSuchProgramme", programmeId));
        }
        return programme;
    }

    public async Task<Programme> GetManagedAsync(ClaimsPrincipal user, Guid programmeId, CancellationToken ct)
    {
        var programme = await GetVisibleAsync(user, programmeId, ct);
        return CanManage(user, programmeId) ? programme : throw new ForbiddenException(new CatalogText("Programs.Error.OnlyNationalCoordinators"));
    }

    private static Guid? Parse(string id) => Guid.TryParse(id, out var g) ? g : null;
}
