using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using MentorHub.Web.Modules.Programs.Domain;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Programs.ManageProgrammes;

internal sealed record PriorityDto(string Code, string Name);

internal sealed record ProgrammeDto(
    Guid Id, string Name, string Country, string Description, DateOnly StartsOn, DateOnly EndsOn,
    IReadOnlyList<string> Languages, int AnonymityThreshold, IReadOnlyList<PriorityDto> Priorities);

internal sealed record CreateProgrammeRequest(
    [property: Required, StringLength(200, MinimumLength = 3)] string Name,
    [property: Required, RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "country must be a two-letter code such as PT.")] string Country,
    [property: Required] DateOnly? StartsOn,
    [property: Required] DateOnly? EndsOn,
    List<string>? Languages,
    [property: Range(3, 100)] int? AnonymityThreshold,
    List<string>? Priorities,
    [property: StringLength(4000)] string? Description);

internal static class ProgrammesEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/programmes", ListAsync)
            .WithName("ListProgrammes").WithSummary("Programmes the caller may see.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPost("/programmes", CreateAsync)
            .WithName("CreateProgramme").WithSummary("Create a programme with its national priorities (admins).")
            .RequireAuthorization(Policies.Admin);
        group.MapGet("/programmes/{id:guid}", GetAsync)
            .WithName("GetProgramme").WithSummary("One programme, with its anonymity threshold and priorities.")
            .RequireAuthorization(Policies.SignedIn);
    }

    private static async Task<Ok<List<ProgrammeDto>>> ListAsync(ClaimsPrincipal user, ProgrammeAccess access, AppDbContext db, CancellationToken ct)
    {
        var ids = await access.VisibleIdsAsync(user, ct);
        var programmes = await db.Set<Programme>().AsNoTracking().Where(p => ids.Contains(p.Id)).OrderBy(p => p.Name).ToListAsync(ct);
        return TypedResults.Ok(programmes.Select(ToDto).ToList());
    }

    /// <summary>As long as a priority's name may be stored.</summary>
    private const int MaxPriorityLength = 200;

    private static async Task<Created<ProgrammeDto>> CreateAsync(CreateProgrammeRequest request, AppDbContext db, CancellationToken ct)
    {
        var tooLong = (request.Priorities ?? []).Select((p, i) => (p, i)).Where(x => x.p?.Trim().Length > MaxPriorityLength).ToList();
        if (tooLong.Count > 0)
        {
            throw new InputException(new CatalogText("Programs.Error.PriorityTooLong", MaxPriorityLength),
                tooLong.ToDictionary(x => $"priorities[{x.i}]", _ => new[] { new CatalogText("Programs.Error.PriorityTooLong", MaxPriorityLength) }));
        }
        var programme = Programme.Create(request.Name, request.Country, request.StartsOn!.Value, request.EndsOn!.Value,
            request.Languages ?? ["en"], request.AnonymityThreshold, request.Description);
        foreach (var priority in (request.Priorities ?? []).Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            programme.AddPriority(priority);
        }
        db.Add(programme);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/programmes/{programme.Id}", ToDto(programme));
    }

    private static async Task<Ok<ProgrammeDto>> GetAsync(Guid id, ClaimsPrincipal user, ProgrammeAccess access, CancellationToken ct) =>
        TypedResults.Ok(ToDto(await access.GetVisibleAsync(user, id, ct)));

    public static ProgrammeDto ToDto(Programme p) => new(
        p.Id, p.Name, p.Country, p.Description, p.StartsOn, p.EndsOn, p.Languages, p.AnonymityThreshold,
        p.Priorities.OrderBy(x => x.Name).Select(x => new PriorityDto(x.Code, x.Name)).ToList());
}
