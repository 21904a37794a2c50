using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using CsvHelper;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MentorHub.Web.Modules.SelfAssessment.RecordSelfie;

/// <param name="Scores">SELFIE area letter (A–H) → score 1..5; areas left out are not stored.</param>
internal sealed record RecordSelfieRequest(
    [property: Required] DateOnly? TakenOn,
    [property: Required, StringLength(20)] string Group,
    [property: Required] Dictionary<string, double>? Scores);

internal sealed record SelfieScoresDto(DateOnly TakenOn, string Group, IReadOnlyDictionary<string, double> Scores);

/// <param name="Stored">Scores in the file, all stored.</param>
/// <param name="Replaced">How many of them replaced a score already stored for the same date, group and area.</param>
/// <param name="Entries">The file's scores per date and group.</param>
internal sealed record SelfieUploadDto(int Stored, int Replaced, IReadOnlyList<SelfieScoresDto> Entries);

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
        group.MapPost("/schools/{schoolId}/selfie-scores/upload", UploadAsync)
            .WithName("UploadSelfieScores")
            .WithSummary("Upload the SELFIE area scores of a school as a CSV or XLSX file (all or nothing); a score for a date, group and area already stored is replaced.")
            .WithDescription("multipart/form-data with the file in the field 'file' (.csv or .xlsx, at most 1 MB). One score a row with the columns date (YYYY-MM-DD), group (leaders, teachers, students), area (A–H) and score (1–5, decimals allowed); header names are case-insensitive and may be Portuguese (data, grupo, area, pontuacao). 400 names the line and column of each bad row and stores nothing; 413 over 1 MB; 415 for another kind of file.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(Policies.SignedIn)
            // The form-binding check is off so bearer clients need no token; a post with the sign-in cookie
            // must still carry one (Platform/Security/CookieApiAntiforgery). The page posts through its own form.
            .DisableAntiforgery();
        group.MapGet("/selfie-scores/template", Template)
            .WithName("SelfieScoresTemplate").WithSummary("A CSV template for uploading SELFIE scores, with English or Portuguese (lang=pt) column names.")
            .RequireAuthorization(Policies.SignedIn);
    }

    private static async Task<Created<SelfieScoresDto>> RecordAsync(string schoolId, RecordSelfieRequest request, ClaimsPrincipal user, SelfieHandler handler, CancellationToken ct)
    {
        var dto = await handler.RecordAsync(schoolId, request, user, ct);
        return TypedResults.Created($"/api/v1/schools/{Uri.EscapeDataString(schoolId)}/selfie-scores", dto);
    }

    private static async Task<Ok<List<SelfieScoresDto>>> ListAsync(string schoolId, ClaimsPrincipal user, SelfieHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.ListAsync(schoolId, user, ct));

    private static async Task<Results<Ok<SelfieUploadDto>, ProblemHttpResult>> UploadAsync(
        string schoolId, IFormFile? file, ClaimsPrincipal user, SelfieHandler handler, IStringLocalizer<SelfieHandler> texts, CancellationToken ct)
    {
        await handler.EnsureAccessAsync(schoolId, user, ct);
        if (file is null || file.Length == 0)
        {
            throw new InputException(texts["SelfAssessment.Selfie.Upload.NoFile"], new Dictionary<string, string[]> { ["file"] = [texts["SelfAssessment.Selfie.Upload.NoFile"]] });
        }
        if (file.Length > SelfieFileParser.MaxBytes)
        {
            return TypedResults.Problem(title: texts["SelfAssessment.Selfie.Upload.TooLarge"], statusCode: StatusCodes.Status413PayloadTooLarge);
        }
        if (SelfieFileParser.FormatOf(file.FileName, file.ContentType) is not { } format)
        {
            return TypedResults.Problem(title: texts["SelfAssessment.Selfie.Upload.WrongType"],
                detail: $"The file was '{file.FileName}' ({file.ContentType}).", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }
        await using var content = file.OpenReadStream();
        return TypedResults.Ok(await handler.UploadAsync(schoolId, content, format, user, ct));
    }

    private static FileContentHttpResult Template(string? lang)
    {
        var language = lang is "pt" or "en" ? lang : TextCatalog.CurrentLanguage();
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions(), false))
        {
            foreach (var row in SelfieFileParser.Template(language))
            {
                csv.WriteRecord(row);
            }
            csv.Flush();
        }
        // With a byte order mark, spreadsheets open the accented group names correctly.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", $"selfie-scores-{language}.csv");
    }
}

/// <summary>Shared by the round management page, the report page and the API.</summary>
internal sealed class SelfieHandler(AppDbContext db, IProgrammeDirectory programmes, RoundAccess access, IStringLocalizer<SelfieHandler> texts)
{
    public async Task<SelfieScoresDto> RecordAsync(string schoolId, RecordSelfieRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        await EnsureAccessAsync(schoolId, user, ct);
        var scores = request.Scores!.Select(s => SelfieScore.Create(schoolId, request.TakenOn!.Value, request.Group, s.Key.ToUpperInvariant(), s.Value)).ToList();
        if (scores.Count == 0)
        {
            throw new InputException(new CatalogText("SelfAssessment.Error.NoScores"), new Dictionary<string, CatalogText[]> { ["scores"] = [new("SelfAssessment.Error.GiveAScore")] });
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

    /// <summary>
    /// Stores every score of an uploaded file, or none: a file with any bad row throws with the line
    /// and column of each problem. A score for a date, group and area already stored is replaced.
    /// </summary>
    public async Task<SelfieUploadDto> UploadAsync(string schoolId, Stream content, SelfieFileFormat format, ClaimsPrincipal user, CancellationToken ct)
    {
        await EnsureAccessAsync(schoolId, user, ct);
        // The parsers need to seek (XLSX is a zip archive); the file is small, so it is read whole.
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        var parsed = SelfieFileParser.Parse(buffer, format, texts);
        if (!parsed.Ok)
        {
            var places = parsed.Errors.Keys.Count(k => k.StartsWith("line ", StringComparison.Ordinal));
            throw new InputException(
                places > 0 ? texts["SelfAssessment.Selfie.Upload.Problems", places] : texts["SelfAssessment.Selfie.Upload.Unreadable"],
                parsed.Errors.ToDictionary(kv => kv.Key, kv => kv.Value));
        }

        var scores = parsed.Rows.Select(r => SelfieScore.Create(schoolId, r.TakenOn, r.Group, r.Area, r.Score)).ToList();
        var keys = scores.Select(s => (s.TakenOn, s.Group, s.SelfieArea)).ToHashSet();
        var dates = keys.Select(k => k.TakenOn).Distinct().ToList();
        var replaced = (await db.Set<SelfieScore>().Where(s => s.SchoolId == schoolId && dates.Contains(s.TakenOn)).ToListAsync(ct))
            .Where(s => keys.Contains((s.TakenOn, s.Group, s.SelfieArea)))
            .ToList();
        // One SaveChanges, so the removals and the new scores are stored together or not at all.
        db.RemoveRange(replaced);
        db.AddRange(scores);
        await db.SaveChangesAsync(ct);
        var entries = scores
            .GroupBy(s => (s.TakenOn, s.Group))
            .OrderByDescending(g => g.Key.TakenOn).ThenBy(g => RespondentGroups.Order(g.Key.Group))
            .Select(g => new SelfieScoresDto(g.Key.TakenOn, g.Key.Group, g.OrderBy(s => s.SelfieArea, StringComparer.Ordinal).ToDictionary(s => s.SelfieArea, s => s.Score)))
            .ToList();
        return new SelfieUploadDto(scores.Count, replaced.Count, entries);
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

    public async Task EnsureAccessAsync(string schoolId, ClaimsPrincipal user, CancellationToken ct)
    {
        var participations = await programmes.ParticipationsOfSchoolAsync(schoolId, ct);
        if (participations.Count == 0 && !user.IsAdmin())
        {
            throw new NotFoundException(new CatalogText("SelfAssessment.Error.InNoProgramme", schoolId));
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
            throw new ForbiddenException(new CatalogText("SelfAssessment.Error.OnlySelfieManagers"));
        }
    }
}
