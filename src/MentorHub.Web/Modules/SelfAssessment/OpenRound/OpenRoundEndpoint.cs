using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Modules.SelfAssessment.ManageInstruments;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorHub.Web.Modules.SelfAssessment.OpenRound;

internal sealed record OpenRoundRequest(
    [property: Required] Guid? ProgrammeId,
    [property: Required, StringLength(100, MinimumLength = 1)] string InstrumentId,
    [property: Required] DateTime? OpensAt,
    [property: Required] DateTime? ClosesAt,
    IReadOnlyDictionary<string, int>? ExpectedByGroup = null);

internal sealed record RoundLinkDto(string Group, string Code, string Url);

internal sealed record OpenedRoundDto(string Id, string SchoolId, Guid ProgrammeId, string InstrumentId, DateTime OpensAt, DateTime ClosesAt, IReadOnlyList<RoundLinkDto> Links);

internal static class OpenRoundEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/schools/{schoolId}/rounds", OpenAsync)
            .WithName("OpenRound").WithSummary("Open a survey round for a school: one anonymous link per respondent group.")
            .RequireAuthorization(Policies.SignedIn);

    private static async Task<Created<OpenedRoundDto>> OpenAsync(string schoolId, OpenRoundRequest request, ClaimsPrincipal user, OpenRoundHandler handler, HttpContext http, CancellationToken ct)
    {
        var round = await handler.OpenAsync(schoolId, request, user, ct);
        return TypedResults.Created($"/api/v1/rounds/{round.Id}", ToDto(round, http.Request));
    }

    public static OpenedRoundDto ToDto(SurveyRound round, HttpRequest request) =>
        new(round.Id, round.SchoolId, round.ProgrammeId, round.InstrumentId, round.OpensAt, round.ClosesAt,
            round.Links.OrderBy(l => RespondentGroups.Order(l.Group)).Select(l => new RoundLinkDto(l.Group, l.Code, SurveyUrl(request, l.Code))).ToList());

    public static string SurveyUrl(HttpRequest request, string code) => $"{request.Scheme}://{request.Host}/s/{code}";
}

/// <summary>Shared by the round management page and the API.</summary>
internal sealed class OpenRoundHandler(AppDbContext db, InstrumentStore instruments, IProgrammeDirectory programmes, RoundAccess access, TimeProvider clock)
{
    public async Task<SurveyRound> OpenAsync(string schoolId, OpenRoundRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var programmeId = request.ProgrammeId!.Value;
        var participation = (await programmes.ParticipationsOfSchoolAsync(schoolId, ct)).FirstOrDefault(p => p.ProgrammeId == programmeId);
        if (participation is null)
        {
            throw new NotFoundException(new CatalogText("SelfAssessment.Error.NotInProgramme", schoolId, programmeId));
        }
        await access.EnsureCanManageAsync(user, schoolId, programmeId, ct);
        var instrument = await instruments.FindAsync(request.InstrumentId, ct)
            ?? throw new InputException(new CatalogText("SelfAssessment.Error.UnknownInstrument"), new Dictionary<string, CatalogText[]> { ["instrumentId"] = [new("SelfAssessment.Error.NoSuchInstrument", request.InstrumentId)] });
        var opensAt = request.OpensAt!.Value.ToUniversalTime();
        var closesAt = request.ClosesAt!.Value.ToUniversalTime();
        if (closesAt <= clock.GetUtcNow().UtcDateTime)
        {
            throw new InputException(new CatalogText("SelfAssessment.Error.WouldBeClosed"), new Dictionary<string, CatalogText[]> { ["closesAt"] = [new("SelfAssessment.Error.CloseInFuture")] });
        }
        var expected = ExpectedRespondentsRules.Check(instrument, request.ExpectedByGroup);
        var round = SurveyRound.Open(schoolId, programmeId, instrument, opensAt, closesAt);
        db.Add(round);
        db.AddRange(expected.Select(e => new ExpectedRespondents { RoundId = round.Id, Group = e.Key, Count = e.Value }));
        await db.SaveChangesAsync(ct);
        return round;
    }
}

/// <summary>How many respondents a school may say it expects per group: a group of the instrument, 1 to 100,000.</summary>
internal static class ExpectedRespondentsRules
{
    public static IReadOnlyDictionary<string, int> Check(Instrument instrument, IReadOnlyDictionary<string, int>? expected)
    {
        if (expected is null)
        {
            return new Dictionary<string, int>();
        }
        var errors = new Dictionary<string, CatalogText[]>();
        foreach (var (group, count) in expected)
        {
            if (!instrument.Groups.Contains(group))
            {
                errors[$"expectedByGroup.{group}"] = [new("SelfAssessment.Error.NotAGroup", group)];
            }
            else if (count is < 1 or > ExpectedRespondents.Max)
            {
                errors[$"expectedByGroup.{group}"] = [new("SelfAssessment.Error.ExpectedRange", ExpectedRespondents.Max)];
            }
        }
        return errors.Count > 0 ? throw new InputException(new CatalogText("SelfAssessment.Error.InvalidExpected"), errors) : expected;
    }
}
