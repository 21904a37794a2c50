using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using MentorHub.Web.Platform.Security;

namespace MentorHub.Web.Modules.Journey.ShowJourney;

internal static class ShowJourneyEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/clusters/{id:guid}/journey", GetAsync)
            .WithName("GetClusterJourney")
            .WithSummary("The cluster's cycle and phase, each member school's, every phase's status and evidence, and the history of moves.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.SignedIn);

    private static async Task<Ok<JourneyDto>> GetAsync(Guid id, ClaimsPrincipal user, ShowJourneyHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.GetAsync(id, user, ct));
}
