using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using MentorHub.Web.Modules.Programs.Domain;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Programs.ManageHubs;

internal sealed record StakeholderDto(Guid Id, string Name, StakeholderKind Kind, string ContactName, string ContactEmail, string ContactPhone, string Website);

internal sealed record HubDto(Guid Id, Guid ProgrammeId, string Name, string Region, HubKind Kind, string Description, IReadOnlyList<StakeholderDto> Stakeholders);

internal sealed record CreateHubRequest(
    [property: Required, StringLength(200, MinimumLength = 2)] string Name,
    [property: Required, StringLength(120, MinimumLength = 2)] string Region,
    [property: Required] HubKind? Kind,
    [property: StringLength(4000)] string? Description);

internal sealed record AddStakeholderRequest(
    [property: Required, StringLength(200, MinimumLength = 2)] string Name,
    [property: Required] StakeholderKind? Kind,
    [property: StringLength(200)] string? ContactName,
    [property: EmailAddress, StringLength(254)] string? ContactEmail,
    [property: StringLength(40)] string? ContactPhone,
    [property: Url, StringLength(500)] string? Website);

internal static class HubsEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/programmes/{id:guid}/hubs", ListAsync)
            .WithName("ListHubs").WithSummary("The regional hubs of a programme.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPost("/programmes/{id:guid}/hubs", CreateAsync)
            .WithName("CreateHub").WithSummary("Add a regional hub, top-down or bottom-up (national coordinators).")
            .RequireAuthorization(Policies.Coordinator);
        group.MapGet("/hubs/{hubId:guid}", GetAsync)
            .WithName("GetHub").WithSummary("One hub with its stakeholder organisations.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPost("/hubs/{hubId:guid}/stakeholders", AddStakeholderAsync)
            .WithName("AddStakeholder").WithSummary("Add a university, company, NGO or agency to a hub.")
            .RequireAuthorization(Policies.Coordinator);
    }

    private static async Task<Ok<List<HubDto>>> ListAsync(Guid id, ClaimsPrincipal user, ProgrammeAccess access, AppDbContext db, CancellationToken ct)
    {
        await access.GetVisibleAsync(user, id, ct);
        var hubs = await db.Set<Hub>().AsNoTracking().Include(h => h.Stakeholders).Where(h => h.ProgrammeId == id).OrderBy(h => h.Name).ToListAsync(ct);
        var dtos = new List<HubDto>();
        foreach (var hub in hubs)
        {
            dtos.Add(ToDto(hub, await access.CanReadContactsAsync(user, hub)));
        }
        return TypedResults.Ok(dtos);
    }

    private static async Task<Created<HubDto>> CreateAsync(Guid id, CreateHubRequest request, ClaimsPrincipal user, ProgrammeAccess access, AppDbContext db, CancellationToken ct)
    {
        var hub = await CreateHubAsync(id, request, user, access, db, ct);
        return TypedResults.Created($"/api/v1/hubs/{hub.Id}", ToDto(hub, contacts: true));
    }

    public static async Task<Hub> CreateHubAsync(Guid programmeId, CreateHubRequest request, ClaimsPrincipal user, ProgrammeAccess access, AppDbContext db, CancellationToken ct)
    {
        await access.GetManagedAsync(user, programmeId, ct);
        var name = request.Name.Trim();
        if (await db.Set<Hub>().AnyAsync(h => h.ProgrammeId == programmeId && h.Name == name, ct))
        {
            throw new BusinessRuleException(new CatalogText("Programs.Error.HubExists", name));
        }
        var hub = new Hub { ProgrammeId = programmeId, Name = name, Region = request.Region.Trim(), Kind = request.Kind!.Value, Description = request.Description?.Trim() ?? "" };
        db.Add(hub);
        await db.SaveChangesAsync(ct);
        return hub;
    }

    private static async Task<Ok<HubDto>> GetAsync(Guid hubId, ClaimsPrincipal user, ProgrammeAccess access, AppDbContext db, CancellationToken ct)
    {
        var hub = await FindVisibleAsync(hubId, user, access, db, ct);
        return TypedResults.Ok(ToDto(hub, await access.CanReadContactsAsync(user, hub)));
    }

    private static async Task<Created<StakeholderDto>> AddStakeholderAsync(Guid hubId, AddStakeholderRequest request, ClaimsPrincipal user, ProgrammeAccess access, AppDbContext db, CancellationToken ct)
    {
        var stakeholder = await AddStakeholderToHubAsync(hubId, request, user, access, db, ct);
        return TypedResults.Created($"/api/v1/hubs/{hubId}", ToDto(stakeholder, contacts: true));
    }

    public static async Task<Stakeholder> AddStakeholderToHubAsync(Guid hubId, AddStakeholderRequest request, ClaimsPrincipal user, ProgrammeAccess access, AppDbContext db, CancellationToken ct)
    {
        var hub = await FindVisibleAsync(hubId, user, access, db, ct);
        if (!await access.CanManageHubAsync(user, hub))
        {
            throw new ForbiddenException(new CatalogText("Programs.Error.OnlyHubCoordinators"));
        }
        var stakeholder = hub.AddStakeholder(request.Name, request.Kind!.Value, request.ContactName, request.ContactEmail, request.ContactPhone, request.Website);
        db.Add(stakeholder);
        await db.SaveChangesAsync(ct);
        return stakeholder;
    }

    public static async Task<Hub> FindVisibleAsync(Guid hubId, ClaimsPrincipal user, ProgrammeAccess access, AppDbContext db, CancellationToken ct)
    {
        var hub = await db.Set<Hub>().Include(h => h.Stakeholders).FirstOrDefaultAsync(h => h.Id == hubId, ct);
        if (hub is null || !await access.CanSeeAsync(user, hub.ProgrammeId, ct))
        {
            throw new NotFoundException(new CatalogText("Programs.Error.NoSuchHub", hubId));
        }
        return hub;
    }

    /// <param name="contacts">Whether the reader works with the hub (<see cref="HubOperations.ReadContacts"/>); others get the organisations without their contact people.</param>
    public static HubDto ToDto(Hub h, bool contacts) => new(h.Id, h.ProgrammeId, h.Name, h.Region, h.Kind, h.Description, h.Stakeholders.OrderBy(s => s.Name).Select(s => ToDto(s, contacts)).ToList());

    private static StakeholderDto ToDto(Stakeholder s, bool contacts) => contacts
        ? new(s.Id, s.Name, s.Kind, s.ContactName, s.ContactEmail, s.ContactPhone, s.Website)
        : new(s.Id, s.Name, s.Kind, "", "", "", s.Website);
}
