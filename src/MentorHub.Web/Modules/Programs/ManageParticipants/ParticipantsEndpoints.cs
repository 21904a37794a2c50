using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Modules.Programs.Domain;
using MentorHub.Web.Modules.Schools.Api;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Programs.ManageParticipants;

internal sealed record ParticipantDto(
    string SchoolId, ParticipantRole Role, Guid? ClusterId, ParticipationStatus Status, Guid? HubId,
    IReadOnlyList<string> Priorities, string SchoolName, string Municipality, string Level);

internal sealed record AddParticipantRequest(
    [property: Required, StringLength(64, MinimumLength = 1)] string SchoolId,
    [property: Required] ParticipantRole? Role,
    ParticipationStatus? Status,
    Guid? HubId,
    List<string>? Priorities);

internal sealed record UpdateParticipantRequest(ParticipationStatus? Status, Guid? HubId, List<string>? Priorities);

internal static class ParticipantsEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/programmes/{id:guid}/participants", ListAsync)
            .WithName("ListParticipants").WithSummary("Schools taking part, with their role, status and cluster.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPost("/programmes/{id:guid}/participants", AddAsync)
            .WithName("AddParticipant").WithSummary("Add a school as mentor or mentee; 409 if it already takes part.")
            .RequireAuthorization(Policies.Coordinator);
        group.MapPut("/programmes/{id:guid}/participants/{schoolId}", UpdateAsync)
            .WithName("UpdateParticipant").WithSummary("Change a participant's status, hub or priorities.")
            .RequireAuthorization(Policies.Coordinator);
    }

    private static async Task<Ok<List<ParticipantDto>>> ListAsync(Guid id, ClaimsPrincipal user, ProgrammeAccess access, ParticipantsHandler handler, CancellationToken ct)
    {
        await access.GetVisibleAsync(user, id, ct);
        return TypedResults.Ok(await handler.ListAsync(id, ct));
    }

    private static async Task<Created<ParticipantDto>> AddAsync(Guid id, AddParticipantRequest request, ClaimsPrincipal user, ParticipantsHandler handler, CancellationToken ct)
    {
        var dto = await handler.AddAsync(id, request, user, ct);
        return TypedResults.Created($"/api/v1/programmes/{id}/participants/{Uri.EscapeDataString(dto.SchoolId)}", dto);
    }

    private static async Task<Ok<ParticipantDto>> UpdateAsync(Guid id, string schoolId, UpdateParticipantRequest request, ClaimsPrincipal user, ParticipantsHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.UpdateAsync(id, schoolId, request, user, ct));
}

/// <summary>Shared by the programme page and the API.</summary>
internal sealed class ParticipantsHandler(AppDbContext db, ProgrammeAccess access, ISchoolDirectory schools, IEnumerable<IParticipationWithdrawalListener> withdrawalListeners)
{
    public async Task<List<ParticipantDto>> ListAsync(Guid programmeId, CancellationToken ct)
    {
        var rows = await db.Set<Participation>().AsNoTracking().Where(p => p.ProgrammeId == programmeId).ToListAsync(ct);
        var names = await schools.FindManyAsync(rows.Select(r => r.SchoolId), ct);
        return rows.Select(r => ToDto(r, names.GetValueOrDefault(r.SchoolId)))
            .OrderBy(r => r.Role).ThenBy(r => r.SchoolName, StringComparer.CurrentCulture).ToList();
    }

    public async Task<ParticipantDto> AddAsync(Guid programmeId, AddParticipantRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var programme = await access.GetManagedAsync(user, programmeId, ct);
        var schoolId = request.SchoolId.Trim();
        var school = await schools.FindAsync(schoolId, ct)
            ?? throw new InputException(new CatalogText("Programs.Error.SchoolNotInRegistry"), new Dictionary<string, CatalogText[]> { ["schoolId"] = [new("Programs.Error.NoSuchSchool", schoolId)] });
        if (await db.Set<Participation>().AnyAsync(p => p.ProgrammeId == programmeId && p.SchoolId == schoolId, ct))
        {
            throw new BusinessRuleException(new CatalogText("Programs.Error.AlreadyParticipant", school.Name));
        }
        var participation = new Participation { ProgrammeId = programmeId, SchoolId = schoolId, Role = request.Role!.Value };
        await ApplyAsync(programme, participation, request.HubId, request.Priorities, ct);
        if (request.Status is { } status)
        {
            participation.MoveTo(status);
        }
        db.Add(participation);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent request added the same school first: the unique index decided.
            throw new BusinessRuleException(new CatalogText("Programs.Error.AlreadyParticipant", school.Name));
        }
        return ToDto(participation, school);
    }

    public async Task<ParticipantDto> UpdateAsync(Guid programmeId, string schoolId, UpdateParticipantRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var programme = await access.GetManagedAsync(user, programmeId, ct);
        var participation = await db.Set<Participation>().FirstOrDefaultAsync(p => p.ProgrammeId == programmeId && p.SchoolId == schoolId, ct)
            ?? throw new NotFoundException(new CatalogText("Programs.Error.NotParticipant", schoolId));
        await ApplyAsync(programme, participation, request.HubId ?? participation.HubId, request.Priorities, ct);
        var withdrawing = request.Status == ParticipationStatus.Withdrawn && participation.Status != ParticipationStatus.Withdrawn;
        if (request.Status is { } status)
        {
            participation.MoveTo(status);
        }
        participation.UpdatedAt = DateTime.UtcNow;
        if (withdrawing)
        {
            foreach (var listener in withdrawalListeners)
            {
                await listener.SchoolWithdrawnAsync(programmeId, schoolId, participation.UpdatedAt, ct);
            }
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A listener's change (a cluster's membership) met another change of the same thing.
            throw new BusinessRuleException(new CatalogText("Programs.Error.ClusterChangedMeanwhile"));
        }
        return ToDto(participation, await schools.FindAsync(schoolId, ct));
    }

    private async Task ApplyAsync(Programme programme, Participation participation, Guid? hubId, List<string>? priorities, CancellationToken ct)
    {
        if (hubId is { } hub && !await db.Set<Hub>().AnyAsync(h => h.Id == hub && h.ProgrammeId == programme.Id, ct))
        {
            throw new InputException(new CatalogText("Programs.Error.HubNotInProgramme"), new Dictionary<string, CatalogText[]> { ["hubId"] = [new("Programs.Error.NoSuchHubInProgramme", hub)] });
        }
        participation.HubId = hubId;
        if (priorities is not null)
        {
            var known = programme.Priorities.Select(p => p.Code).ToHashSet();
            var unknown = priorities.Where(p => !known.Contains(p)).ToList();
            if (unknown.Count > 0)
            {
                throw new InputException(new CatalogText("Programs.Error.UnknownPriorities"), new Dictionary<string, CatalogText[]>
                {
                    ["priorities"] = [new("Programs.Error.UnknownPrioritiesDetail", string.Join(", ", unknown), string.Join(", ", known))],
                });
            }
            participation.PriorityCodes = priorities.Distinct().ToList();
        }
    }

    private static ParticipantDto ToDto(Participation p, SchoolSummary? school) => new(
        p.SchoolId, p.Role, p.ClusterId, p.Status, p.HubId, p.PriorityCodes,
        school?.Name ?? p.SchoolId, school?.Municipality ?? "", school?.Level ?? "");
}
