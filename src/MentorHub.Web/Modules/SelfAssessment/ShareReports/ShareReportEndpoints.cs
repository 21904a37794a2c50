using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using MentorHub.Web.Modules.SelfAssessment.Api;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Modules.SelfAssessment.ManageInstruments;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.SelfAssessment.ShareReports;

/// <param name="MentorSchool">Share with the mentor school of the cluster the school belongs to (whoever mentors it when they read).</param>
/// <param name="OwnStaff">Share with everyone holding a role on the school, teachers included.</param>
/// <param name="AreaIds">The areas to share, or null for the whole report.</param>
internal sealed record ShareReportRequest(
    [property: Required] bool? MentorSchool,
    [property: Required] bool? OwnStaff,
    [property: MaxLength(ReportShare.MaxAreas)] IReadOnlyList<string>? AreaIds);

/// <param name="Released">Only a released (closed) round can be shared.</param>
/// <param name="AreaIds">The shared areas, or null for the whole report.</param>
/// <param name="SharedBy">The account that last changed the share; null when it was never shared.</param>
internal sealed record ReportShareDto(string RoundId, string SchoolId, bool Released, bool MentorSchool, bool OwnStaff, IReadOnlyList<string>? AreaIds, Guid? SharedBy, DateTime? SharedAt);

internal static class ShareReportEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/rounds/{id}/sharing", GetAsync)
            .WithName("GetReportSharing").WithSummary("What the school shares of a round's report, and with whom (its mentor school, its own staff).")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPut("/rounds/{id}/sharing", PutAsync)
            .WithName("ShareReport").WithSummary("Share a released round's report (whole, or chosen areas) with the school's mentor school and/or its own staff; sharing with neither revokes it. 409 while the round is not closed.")
            .RequireAuthorization(Policies.SignedIn);
    }

    private static async Task<Ok<ReportShareDto>> GetAsync(string id, ClaimsPrincipal user, ShareReportHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.GetAsync(id, user, ct));

    private static async Task<Ok<ReportShareDto>> PutAsync(string id, ShareReportRequest request, ClaimsPrincipal user, ShareReportHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.ShareAsync(id, request, user, ct));
}

/// <summary>Shared by the report page's sharing form and the API.</summary>
internal sealed class ShareReportHandler(AppDbContext db, InstrumentStore instruments, RoundAccess access, TimeProvider clock)
{
    public async Task<ReportShareDto> GetAsync(string roundId, ClaimsPrincipal user, CancellationToken ct)
    {
        var round = await LoadAsync(roundId, ct);
        await access.EnsureCanManageAsync(user, round.SchoolId, round.ProgrammeId, ct, round.Id);
        return ToDto(round, await db.Set<ReportShare>().AsNoTracking().FirstOrDefaultAsync(s => s.RoundId == roundId, ct));
    }

    /// <summary>Whether the caller may change what is shared of the round (the page shows its form only then).</summary>
    public async Task<bool> CanShareAsync(string roundId, ClaimsPrincipal user, CancellationToken ct = default) =>
        await access.CanShareAsync(user, SurveyRoundKey.Of(await LoadAsync(roundId, ct)));

    public async Task<ReportShareDto> ShareAsync(string roundId, ShareReportRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var round = await LoadAsync(roundId, ct);
        await access.EnsureCanShareAsync(user, SurveyRoundKey.Of(round));
        var instrument = await instruments.GetAsync(round.InstrumentId, ct);
        if (request.AreaIds is { } chosen)
        {
            var errors = new List<CatalogText>();
            if (chosen.Count == 0)
            {
                errors.Add(new("SelfAssessment.Sharing.Error.NoAreas"));
            }
            errors.AddRange(chosen.Where(a => instrument.FindArea(a ?? "") is null).Distinct().Select(a => new CatalogText("SelfAssessment.Sharing.Error.UnknownArea", a ?? "")));
            if (errors.Count > 0)
            {
                throw new InputException(new CatalogText("SelfAssessment.Sharing.Error.Invalid"), new Dictionary<string, CatalogText[]> { ["areaIds"] = [.. errors] });
            }
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var share = await db.Set<ReportShare>().FirstOrDefaultAsync(s => s.RoundId == roundId, ct);
        if (share is null)
        {
            share = new ReportShare { RoundId = roundId };
            db.Add(share);
        }
        // Areas in instrument order, so the stored share and every answer read the same whatever order was sent.
        var areas = request.AreaIds is null ? null : instrument.Areas.Select(a => a.Id).Where(request.AreaIds.Contains).ToList();
        share.Set(request.MentorSchool!.Value, request.OwnStaff!.Value, areas, AnonymityPolicy.IsReleased(round, now), user.UserId(), now);
        await db.SaveChangesAsync(ct);
        return ToDto(round, share);
    }

    private async Task<SurveyRound> LoadAsync(string roundId, CancellationToken ct) =>
        await db.Set<SurveyRound>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct)
            ?? throw new NotFoundException(new CatalogText("SelfAssessment.Error.NoSuchRound", roundId));

    private ReportShareDto ToDto(SurveyRound round, ReportShare? share) =>
        new(round.Id, round.SchoolId, AnonymityPolicy.IsReleased(round, clock.GetUtcNow().UtcDateTime),
            share?.MentorSchool ?? false, share?.OwnStaff ?? false, share?.AreaIds, share?.SharedBy, share?.SharedAt);
}
