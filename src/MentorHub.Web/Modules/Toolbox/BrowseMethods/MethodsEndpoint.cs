using System.Security.Claims;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorHub.Web.Modules.Toolbox.BrowseMethods;

internal static class MethodsEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/methods", ListAsync)
            .WithName("ListMethods")
            .WithSummary("The methods toolbox: Future School, Digipeda, TISL and the activity formats, with a programme's own methods when programmeId is given; filter by level (school, team, teacher) and areaId; texts in lang (en, pt) or the request's language.")
            .RequireAuthorization(Policies.SignedIn);

    private static async Task<Ok<List<MethodDto>>> ListAsync(
        Guid? programmeId, string? level, string? areaId, string? lang, ClaimsPrincipal user, BrowseMethodsHandler handler, CancellationToken ct)
    {
        var language = Language(lang);
        var methods = await handler.ListAsync(user, programmeId, level, areaId, ct);
        return TypedResults.Ok(methods.Select(m => MethodDto.Of(m, language)).ToList());
    }

    /// <summary>The language asked for, when MentorHub speaks it; else the request's.</summary>
    public static string Language(string? lang) =>
        lang is not null && TextCatalog.SupportedLanguages.Contains(lang) ? lang : TextCatalog.CurrentLanguage();
}
