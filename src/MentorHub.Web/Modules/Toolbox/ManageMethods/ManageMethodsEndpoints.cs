using System.Security.Claims;
using MentorHub.Web.Modules.Toolbox.BrowseMethods;
using MentorHub.Web.Modules.Toolbox.Domain;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorHub.Web.Modules.Toolbox.ManageMethods;

/// <summary>A programme method as sent: level, duration, areas, and per language its name, purpose, steps and resources.</summary>
/// <param name="Texts">language (en, pt) → words; every language of the programme needs a name.</param>
internal sealed record SaveMethodRequest(string? Level, int? DurationMinutes, List<string>? AreaIds, Dictionary<string, MethodTextInput?>? Texts)
{
    public MethodInput ToInput() => new(Level, DurationMinutes, AreaIds, Texts);
}

internal static class ManageMethodsEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/programmes/{id:guid}/methods", AddAsync)
            .WithName("AddProgrammeMethod")
            .WithSummary("Add a method of the programme's own to its toolbox (national and hub coordinators); texts in every programme language.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPut("/programmes/{id:guid}/methods/{methodId:guid}", UpdateAsync)
            .WithName("UpdateProgrammeMethod")
            .WithSummary("Change one of the programme's own methods; the whole method is sent again.")
            .RequireAuthorization(Policies.SignedIn);
    }

    private static async Task<Created<MethodDto>> AddAsync(Guid id, SaveMethodRequest request, string? lang, ClaimsPrincipal user, ManageMethodsHandler handler, CancellationToken ct)
    {
        var method = await handler.AddAsync(id, request.ToInput(), user, ct);
        return TypedResults.Created($"/api/v1/methods?programmeId={id}", MethodDto.Of(method, MethodsEndpoint.Language(lang)));
    }

    private static async Task<Ok<MethodDto>> UpdateAsync(Guid id, Guid methodId, SaveMethodRequest request, string? lang, ClaimsPrincipal user, ManageMethodsHandler handler, CancellationToken ct) =>
        TypedResults.Ok(MethodDto.Of(await handler.UpdateAsync(id, methodId, request.ToInput(), user, ct), MethodsEndpoint.Language(lang)));
}
