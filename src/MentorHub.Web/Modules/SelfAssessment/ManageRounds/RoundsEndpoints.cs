using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Modules.SelfAssessment.OpenRound;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.SelfAssessment.ManageRounds;

/// <param name="Expected">How many the school expects to answer, when it said so.</param>
internal sealed record GroupCountDto(string Group, string Code, string Url, int Responses, int? Expected);

internal sealed record RoundDto(
    string Id, string SchoolId, Guid ProgrammeId, string InstrumentId, DateTime OpensAt, DateTime ClosesAt, DateTime? ClosedAt,
    string Status, IReadOnlyList<GroupCountDto> Groups);

internal sealed record ExtendRoundRequest([property: Required] DateTime? ClosesAt);

/// <param name="ExpectedByGroup">group → expected respondents (1..100000); a group left out has no expectation.</param>
internal sealed record ExpectedRespondentsRequest([property: Required] IReadOnlyDictionary<string, int>? ExpectedByGroup);

internal static class RoundsEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/schools/{schoolId}/rounds", ListAsync)
            .WithName("ListRounds").WithSummary("A school's survey rounds with live response counts per group.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapGet("/rounds/{id}", GetAsync)
            .WithName("GetRound").WithSummary("One round: window, status, links and live response counts per group.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPost("/rounds/{id}/close", CloseAsync)
            .WithName("CloseRound").WithSummary("Close a round before its closing time.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPut("/rounds/{id}/expected", SetExpectedAsync)
            .WithName("SetExpectedRespondents").WithSummary("How many respondents the school expects per group, so response rates show; replaces what was set.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPost("/rounds/{id}/extend", ExtendAsync)
            .WithName("ExtendRound").WithSummary("Move the closing time of a round that is open or scheduled; a closed round is final (409).")
            .RequireAuthorization(Policies.SignedIn);
    }

    private static async Task<Ok<List<RoundDto>>> ListAsync(string schoolId, ClaimsPrincipal user, RoundsHandler handler, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await handler.ListAsync(schoolId, user, http.Request, ct));

    private static async Task<Ok<RoundDto>> GetAsync(string id, ClaimsPrincipal user, RoundsHandler handler, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await handler.GetAsync(id, user, http.Request, ct));

    private static async Task<Ok<RoundDto>> CloseAsync(string id, ClaimsPrincipal user, RoundsHandler handler, HttpContext http, CancellationToken ct)
    {
        await handler.CloseAsync(id, user, ct);
        return TypedResults.Ok(await handler.GetAsync(id, user, http.Request, ct));
    }

    private static async Task<Ok<RoundDto>> SetExpectedAsync(string id, ExpectedRespondentsRequest request, ClaimsPrincipal user, RoundsHandler handler, HttpContext http, CancellationToken ct)
    {
        await handler.SetExpectedAsync(id, request.ExpectedByGroup!, user, ct);
        return TypedResults.Ok(await handler.GetAsync(id, user, http.Request, ct));
    }

    private static async Task<Ok<RoundDto>> ExtendAsync(string id, ExtendRoundRequest request, ClaimsPrincipal user, RoundsHandler handler, HttpContext http, CancellationToken ct)
    {
        await handler.ExtendAsync(id, request.ClosesAt!.Value.ToUniversalTime(), user, ct);
        return TypedResults.Ok(await handler.GetAsync(id, user, http.Request, ct));
    }
}

/// <summary>Shared by the round management page and the API.</summary>
internal sealed class RoundsHandler(AppDbContext db, RoundAccess access, TimeProvider clock, Microsoft.Extensions.Caching.Memory.IMemoryCache cache, ManageInstruments.InstrumentStore instruments)
{
    public async Task<List<RoundDto>> ListAsync(string schoolId, ClaimsPrincipal user, HttpRequest request, CancellationToken ct)
    {
        var rounds = await db.Set<SurveyRound>().AsNoTracking().Include(r => r.Links).Where(r => r.SchoolId == schoolId)
            .OrderByDescending(r => r.OpensAt).ToListAsync(ct);
        var visible = new List<SurveyRound>();
        foreach (var round in rounds)
        {
            if (await access.CanManageAsync(user, round.SchoolId, round.ProgrammeId, ct))
            {
                visible.Add(round);
            }
        }
        var ids = visible.Select(r => r.Id).ToList();
        var counts = await db.Set<GroupAggregate>().AsNoTracking().Where(g => ids.Contains(g.RoundId)).ToListAsync(ct);
        var expected = await db.Set<ExpectedRespondents>().AsNoTracking().Where(e => ids.Contains(e.RoundId)).ToListAsync(ct);
        return visible.Select(r => ToDto(r, counts, expected, request)).ToList();
    }

    public async Task<RoundDto> GetAsync(string id, ClaimsPrincipal user, HttpRequest request, CancellationToken ct)
    {
        var round = await LoadAsync(id, user, ct);
        var counts = await db.Set<GroupAggregate>().AsNoTracking().Where(g => g.RoundId == id).ToListAsync(ct);
        var expected = await db.Set<ExpectedRespondents>().AsNoTracking().Where(e => e.RoundId == id).ToListAsync(ct);
        return ToDto(round, counts, expected, request);
    }

    public async Task SetExpectedAsync(string id, IReadOnlyDictionary<string, int> expected, ClaimsPrincipal user, CancellationToken ct)
    {
        var round = await LoadAsync(id, user, ct);
        var valid = OpenRound.ExpectedRespondentsRules.Check(await instruments.GetAsync(round.InstrumentId, ct), expected);
        db.RemoveRange(await db.Set<ExpectedRespondents>().Where(e => e.RoundId == id).ToListAsync(ct));
        db.AddRange(valid.Select(e => new ExpectedRespondents { RoundId = id, Group = e.Key, Count = e.Value }));
        await db.SaveChangesAsync(ct);
    }

    public async Task CloseAsync(string id, ClaimsPrincipal user, CancellationToken ct)
    {
        var round = await LoadAsync(id, user, ct, tracking: true);
        round.Close(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        AnswerSurvey.SurveyLinks.Forget(cache, round.Links.Select(l => l.Code));
    }

    public async Task ExtendAsync(string id, DateTime closesAt, ClaimsPrincipal user, CancellationToken ct)
    {
        var round = await LoadAsync(id, user, ct, tracking: true);
        round.Extend(closesAt, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        AnswerSurvey.SurveyLinks.Forget(cache, round.Links.Select(l => l.Code));
    }

    private async Task<SurveyRound> LoadAsync(string id, ClaimsPrincipal user, CancellationToken ct, bool tracking = false)
    {
        var query = db.Set<SurveyRound>().Include(r => r.Links).Where(r => r.Id == id);
        var round = await (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException(new CatalogText("SelfAssessment.Error.NoSuchRound", id));
        await access.EnsureCanManageAsync(user, round.SchoolId, round.ProgrammeId, ct, round.Id);
        return round;
    }

    private RoundDto ToDto(SurveyRound round, List<GroupAggregate> counts, List<ExpectedRespondents> expected, HttpRequest request) =>
        new(round.Id, round.SchoolId, round.ProgrammeId, round.InstrumentId, round.OpensAt, round.ClosesAt, round.ClosedAt,
            round.StatusAt(clock.GetUtcNow().UtcDateTime).ToString().ToLowerInvariant(),
            round.Links.OrderBy(l => RespondentGroups.Order(l.Group))
                .Select(l => new GroupCountDto(l.Group, l.Code, OpenRoundEndpoint.SurveyUrl(request, l.Code),
                    counts.Where(c => c.RoundId == round.Id && c.Group == l.Group).Sum(c => c.Respondents),
                    expected.FirstOrDefault(e => e.RoundId == round.Id && e.Group == l.Group)?.Count))
                .ToList());
}
