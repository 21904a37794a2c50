using System.Security.Claims;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Security;
using MentorHub.Web.Platform.Web;
using Microsoft.AspNetCore.Authorization;

namespace MentorHub.Web.Modules.SelfAssessment.CompareSchools;

/// <summary>
/// The schools side by side and the programme's change since the baseline as CSV or XLSX, built by the
/// same readers as the pages: a suppressed school is a row saying so, with no numbers.
/// </summary>
internal static class ComparisonExport
{
    private static readonly string[] SchoolsHeader = ["schoolId", "school", "group", "roundId", "suppressed", "areaId", "area", "mean"];
    private static readonly string[] ChangeHeader =
        ["group", "areaId", "area", "schools", "baselineRespondents", "baselineMean", "latestRespondents", "latestMean", "difference", "ciLow", "ciHigh", "effectSize"];

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/programmes/{id:guid}/self-assessment/schools/export", SchoolsAsync)
            .WithName("ExportSchoolComparison").WithSummary("Each school's latest self-assessment area means for one group (group=leaders|teachers|students, hub=), as CSV or XLSX; suppressed schools carry no numbers.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapGet("/programmes/{id:guid}/self-assessment/change/export", ChangeAsync)
            .WithName("ExportProgrammeChange").WithSummary("The programme's change since the baseline per group and area (hub=), as CSV or XLSX.")
            .RequireAuthorization(Policies.SignedIn);
    }

    private static async Task<IResult> SchoolsAsync(
        Guid id, string? group, Guid? hub, string? format, string? lang, ClaimsPrincipal user, SchoolComparison comparison, IAuthorizationService authorization, CancellationToken ct)
    {
        await EnsureVisibleAsync(authorization, user, id);
        TableFiles.RequireFormat(format);
        var chosen = group ?? RespondentGroups.Teachers;
        if (!RespondentGroups.IsKnown(chosen))
        {
            throw new InputException("Unknown group.", new Dictionary<string, string[]> { ["group"] = ["Use leaders, teachers or students."] });
        }
        var result = await comparison.ReadAsync(user, id, hub, null, chosen, InstrumentCatalog.DefaultSelfAssessmentId, ct) ?? throw Refused();
        var language = lang ?? Platform.Localisation.TextCatalog.CurrentLanguage();
        var areas = result.Instrument.ScoredAreasFor(chosen);
        var rows = new List<object?[]>();
        foreach (var s in result.Schools.Where(s => s.RoundId is not null))
        {
            if (s.Suppressed)
            {
                rows.Add([s.SchoolId, s.Name, chosen, s.RoundId, true, null, null, null]);
                continue;
            }
            rows.AddRange(areas.Select(a => new object?[] { s.SchoolId, s.Name, chosen, s.RoundId, false, a.Id, a.Name.Get(language), s.Means.GetValueOrDefault(a.Id) }));
        }
        return await TableFiles.FileAsync(format!, SchoolsHeader, rows, $"schools-{chosen}-{DateTime.UtcNow:yyyy-MM-dd}", "Schools", ct);
    }

    private static async Task<IResult> ChangeAsync(
        Guid id, Guid? hub, string? format, string? lang, ClaimsPrincipal user, ProgrammeChangeReader reader, IAuthorizationService authorization, CancellationToken ct)
    {
        await EnsureVisibleAsync(authorization, user, id);
        TableFiles.RequireFormat(format);
        var result = await reader.ReadAsync(user, id, hub, InstrumentCatalog.DefaultSelfAssessmentId, ct) ?? throw Refused();
        var language = lang ?? Platform.Localisation.TextCatalog.CurrentLanguage();
        var rows = result.Changes.Select(c => new object?[]
        {
            c.Group, c.AreaId, result.Instrument.FindArea(c.AreaId)?.Name.Get(language), c.Schools, c.BaselineRespondents, c.BaselineMean,
            c.LatestRespondents, c.LatestMean, c.Comparison.Difference, c.Comparison.CiLow, c.Comparison.CiHigh, c.Comparison.EffectSize,
        }).ToList();
        return await TableFiles.FileAsync(format!, ChangeHeader, rows, $"change-since-baseline-{DateTime.UtcNow:yyyy-MM-dd}", "Change", ct);
    }

    /// <summary>A programme the caller may not know exists answers 404, like a missing one; a visible one they may not compare answers 403.</summary>
    private static async Task EnsureVisibleAsync(IAuthorizationService authorization, ClaimsPrincipal user, Guid programmeId)
    {
        if (!await authorization.AllowsAsync(user, new ProgrammeResource(programmeId), ProgrammeOperations.Read))
        {
            throw new NotFoundException(new Platform.Localisation.CatalogText("Programs.Error.NoSuchProgramme", programmeId));
        }
    }

    private static ForbiddenException Refused() =>
        new("Only the programme's national and hub coordinators may compare its schools.");
}
