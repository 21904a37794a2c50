using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.SelfAssessment.RecordSelfie;

/// <param name="Scores">SELFIE area letter (A–H) → score 1..5; areas left out are not stored.</param>
internal sealed record RecordSelfieRequest(
    [property: Required] DateOnly? TakenOn,
    [property: Required, StringLength(20)] string Group,
    [property: Required] Dictionary<string, double>? Scores);

internal sealed record SelfieScoresDto(DateOnly TakenOn, string Group, IReadOnlyDictionary<string, double> Scores);

internal static class SelfieEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/schools/{schoolId}/selfie-scores", RecordAsync)
            .WithName("RecordSelfieScores").WithSummary("Type in the area scores (A–H, 1–5) of one group from the school's SELFIE report; a second entry for the same date and group replaces the first.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapGet("/schools/{schoolId}/selfie-scores", ListAsync)
            .WithName("ListSelfieScores").WithSummary("The SELFIE area scores a school has entered, per date and group.")
            .RequireAuthorization(Policies.SignedIn);
    }

    private static async Task<Created<SelfieScoresDto>> RecordAsync(string schoolId, RecordSelfieRequest request, ClaimsPrincipal user, SelfieHandler handler, CancellationToken ct)
    {
        var dto = await handler.RecordAsync(schoolId, request, user, ct);
        return TypedResults.Created($"/api/v1/schools/{Uri.EscapeDataString(schoolId)}/selfie-scores", dto);
    }

    private static async Task<Ok<List<SelfieScoresDto>>> ListAsync(string schoolId, ClaimsPrincipal user, SelfieHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.ListAsync(schoolId, user, ct));
}

/// <summary>Shared by the round management page, the report page and the API.</summary>
internal sealed class SelfieHandler(AppDbContext db, IProgrammeDirectory programmes, RoundAccess access)
{
    public async Task<SelfieScoresDto> RecordAsync(string schoolId, RecordSelfieRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        await EnsureAccessAsync(schoolId, user, ct);
        var scores = request.Scores!.Select(s => SelfieScore.Create(schoolId, request.TakenOn!.Value, request.Group, s.Key.ToUpperInvariant(), s.Value)).ToList();
        if (scores.Count == 0)
        {
            throw new InputException("No scores.", new Dictionary<string, string[]> { ["scores"] = ["Give at least one SELFIE area score."] });
        }
        var takenOn = request.TakenOn!.Value;
        await db.Set<SelfieScore>().Where(s => s.SchoolId == schoolId && s.TakenOn == takenOn && s.Group == request.Group).ExecuteDeleteAsync(ct);
        db.AddRange(scores);
        await db.SaveChangesAsync(ct);
        return new SelfieScoresDto(takenOn, request.Group, scores.ToDictionary(s => s.SelfieArea, s => s.Score));
    }

    public async Task<List<SelfieScoresDto>> ListAsync(string schoolId, ClaimsPrincipal user, CancellationToken ct)
    {
        await EnsureAccessAsync(schoolId, user, ct);
        return (await LatestFirstAsync(schoolId, ct))
            .GroupBy(s => (s.TakenOn, s.Group))
            .Select(g => new SelfieScoresDto(g.Key.TakenOn, g.Key.Group, g.ToDictionary(s => s.SelfieArea, s => s.Score)))
            .ToList();
    }

    /// <summary>The school's most recent SELFIE entry per group, for the report (the caller has checked access).</summary>
    public async Task<List<SelfieScore>> LatestPerGroupAsync(string schoolId, CancellationToken ct) =>
        (await LatestFirstAsync(schoolId, ct))
            .GroupBy(s => s.Group)
            .SelectMany(g => g.Where(s => s.TakenOn == g.Max(x => x.TakenOn)))
            .ToList();

    private async Task<List<SelfieScore>> LatestFirstAsync(string schoolId, CancellationToken ct) =>
        await db.Set<SelfieScore>().AsNoTracking().Where(s => s.SchoolId == schoolId)
            .OrderByDescending(s => s.TakenOn).ThenBy(s => s.Group).ThenBy(s => s.SelfieArea).ToListAsync(ct);

    private async Task EnsureAccessAsync(string schoolId, ClaimsPrincipal user, CancellationToken ct)
    {
        var participations = await programmes.ParticipationsOfSchoolAsync(schoolId, ct);
        if (participations.Count == 0 && !user.IsAdmin())
        {
            throw new NotFoundException($"The school '{schoolId}' takes part in no programme.");
        }
        foreach (var p in participations)
        {
            if (await access.CanManageAsync(user, schoolId, p.ProgrammeId, ct))
            {
                return;
            }
        }
        if (!user.IsAdmin())
        {
            throw new ForbiddenException("Only the school's coordinators and leaders, its programme's coordinators and admins may do this.");
        }
    }
}
