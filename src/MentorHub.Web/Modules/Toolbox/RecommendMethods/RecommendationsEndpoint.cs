using System.Security.Claims;
using MentorHub.Web.Modules.Toolbox.BrowseMethods;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorHub.Web.Modules.Toolbox.RecommendMethods;

internal static class RecommendationsEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/schools/{id}/recommendations", GetAsync)
            .WithName("RecommendMethods")
            .WithSummary("Methods for the school's needs in the programme, best first: those serving its weakest areas and its largest leader–teacher gaps, with the reasons as sentences (kind weak-area, gap or used-by-others); empty before the school has a released self-assessment.")
            .RequireAuthorization(Policies.SignedIn);

    private static async Task<Ok<List<RecommendationDto>>> GetAsync(
        string id, Guid? programmeId, string? lang, ClaimsPrincipal user, RecommendationsHandler handler, CancellationToken ct)
    {
        if (programmeId is not { } programme)
        {
            throw new InputException(new CatalogText("Toolbox.Error.ProgrammeRequired"), new Dictionary<string, CatalogText[]> { ["programmeId"] = [new("Toolbox.Error.ProgrammeRequired")] });
        }
        var language = MethodsEndpoint.Language(lang);
        var recommended = await handler.RecommendAsync(id, programme, user, ct);
        return TypedResults.Ok(recommended.Methods.Select(m => handler.ToDto(m.Recommendation, language)).ToList());
    }
}
