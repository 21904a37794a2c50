using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Modules.SelfAssessment.ManageInstruments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorHub.Web.Modules.SelfAssessment.AnswerSurvey;

internal sealed record SurveyItemDto(string Id, string AreaId, string Text, string Kind);

internal sealed record SurveyAreaDto(string Id, string Name, string Description);

internal sealed record SurveyFormDto(
    string RoundId, string Group, string Language, IReadOnlyList<SurveyItemDto> Items, ScaleDto Scale, DateTime ClosesAt,
    DateTime OpensAt, string Status, IReadOnlyList<string> Languages, IReadOnlyList<SurveyAreaDto> Areas);

internal static class SurveyEndpoints
{
    public const string RateLimitPolicy = "survey-link";

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/surveys/{code}", GetAsync)
            .WithName("GetSurvey").WithSummary("The form behind an anonymous link; 404 for an unknown code, 410 once the round is closed.")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicy);

    private static async Task<Results<Ok<SurveyFormDto>, ProblemHttpResult>> GetAsync(string code, string? lang, SurveyLinks links, CancellationToken ct)
    {
        var link = await links.FindAsync(code, ct);
        if (link is null)
        {
            return UnknownLink();
        }
        if (link.Status == RoundStatus.Closed)
        {
            return ClosedLink(link);
        }
        return TypedResults.Ok(Form(link, lang));
    }

    public static SurveyFormDto Form(OpenedLink link, string? lang)
    {
        var i = link.Instrument;
        var language = InstrumentsEndpoints.Language(i, lang);
        var items = i.ItemsFor(link.Group);
        var areaIds = items.Select(x => x.AreaId).ToHashSet();
        return new SurveyFormDto(
            link.RoundId, link.Group, language,
            items.Select(x => new SurveyItemDto(x.Id, x.AreaId, x.Text.Get(language), InstrumentsEndpoints.Kind(x.Kind))).ToList(),
            InstrumentsEndpoints.Scale(i.Scale, language), link.ClosesAt, link.OpensAt, link.Status.ToString().ToLowerInvariant(), i.Languages,
            i.Areas.Where(a => areaIds.Contains(a.Id)).Select(a => new SurveyAreaDto(a.Id, a.Name.Get(language), a.Description.Get(language))).ToList());
    }

    public static ProblemHttpResult UnknownLink() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "This survey link is not known. Check the address on your invitation.");

    public static ProblemHttpResult ClosedLink(OpenedLink link) =>
        TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: "This survey is closed and takes no more answers.",
            extensions: new Dictionary<string, object?> { ["closesAt"] = link.ClosesAt });
}
