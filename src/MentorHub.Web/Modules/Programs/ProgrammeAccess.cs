using System.Security.Claims;
using MentorHub.Web.Modules.Programs.Domain;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Programs;

/// <summary>Loads programmes and hubs for the Programs module's use cases, asking <see cref="IAuthorizationService"/> whether the caller may.</summary>
internal sealed class ProgrammeAccess(AppDbContext db, ProgrammeVisibility visibility, IAuthorizationService authorization)
{
    public Task<IReadOnlyList<Guid>> VisibleIdsAsync(ClaimsPrincipal user, CancellationToken ct) => visibility.VisibleIdsAsync(user, ct);

    public Task<bool> CanSeeAsync(ClaimsPrincipal user, Guid programmeId, CancellationToken ct) =>
        authorization.AllowsAsync(user, new ProgrammeResource(programmeId), ProgrammeOperations.Read);

    public Task<bool> CanManageHubAsync(ClaimsPrincipal user, Hub hub) =>
        authorization.AllowsAsync(user, new HubResource(hub.Id, hub.ProgrammeId), HubOperations.Manage);

    public Task<bool> CanReadContactsAsync(ClaimsPrincipal user, Hub hub) =>
        authorization.AllowsAsync(user, new HubResource(hub.Id, hub.ProgrammeId), HubOperations.ReadContacts);

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
        return await authorization.AllowsAsync(user, new ProgrammeResource(programmeId), ProgrammeOperations.Manage)
            ? programme
            : throw new ForbiddenException(new CatalogText("Programs.Error.OnlyNationalCoordinators"));
    }
}
