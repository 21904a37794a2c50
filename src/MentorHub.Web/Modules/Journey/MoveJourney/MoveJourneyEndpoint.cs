using System.Security.Claims;
using MentorHub.Web.Modules.Journey.ShowJourney;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorHub.Web.Modules.Journey.MoveJourney;

internal static class MoveJourneyEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/clusters/{id:guid}/journey/moves", MoveAsync)
            .WithName("MoveClusterJourney")
            .WithSummary("Move the cluster, or one member school (schoolId), to a phase, forwards or back; initiative after reflection starts the next cycle. Recorded with who and when.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.SignedIn);

    private static async Task<Created<MoveDto>> MoveAsync(Guid id, MoveRequest request, ClaimsPrincipal user, MoveJourneyHandler handler, CancellationToken ct) =>
        TypedResults.Created($"/api/v1/clusters/{id}/journey", await handler.MoveAsync(id, request, user, ct));
}
