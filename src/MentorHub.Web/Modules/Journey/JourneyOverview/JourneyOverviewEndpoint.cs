using System.Security.Claims;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorHub.Web.Modules.Journey.JourneyOverview;

internal static class JourneyOverviewEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/programmes/{id:guid}/journey", GetAsync)
            .WithName("GetProgrammeJourneyOverview")
            .WithSummary("Every cluster of the programme (or of hubId) and its schools by phase, with counts per phase, clusters that logged no activity for inactiveDays (default Journey:InactiveDays, 30) flagged, and open rounds' response counts. Paged: page, pageSize (at most 500); inactiveOnly lists only flagged clusters.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.SignedIn);

    private static async Task<Ok<JourneyOverviewDto>> GetAsync(
        Guid id, Guid? hubId, int? inactiveDays, bool? inactiveOnly, int? page, int? pageSize,
        ClaimsPrincipal user, JourneyOverviewHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.GetAsync(id, new OverviewQuery(hubId, inactiveDays, inactiveOnly ?? false, page ?? 1, pageSize ?? OverviewQuery.DefaultPageSize), user, ct));
}
