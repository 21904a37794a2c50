using System.Security.Claims;
using MentorHub.Web.Modules.Activities.Domain;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorHub.Web.Modules.Activities.LogActivity;

internal static class ActivitiesEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/clusters/{id:guid}/activities", LogAsync)
            .WithName("LogActivity").WithSummary("Log an activity of the cluster: format, mode, date, duration, host, participants, cost, goals, method, links.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapGet("/clusters/{id:guid}/activities", ListAsync)
            .WithName("ListActivities").WithSummary("The cluster's activities by date; from and to (yyyy-MM-dd) are included.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapGet("/clusters/{id:guid}/activities/{activityId:guid}", GetAsync)
            .WithName("GetActivity").WithSummary("One activity of the cluster.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPut("/clusters/{id:guid}/activities/{activityId:guid}", UpdateAsync)
            .WithName("UpdateActivity").WithSummary("Replace an activity's fields; the same rules as logging it.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapDelete("/clusters/{id:guid}/activities/{activityId:guid}", DeleteAsync)
            .WithName("DeleteActivity").WithSummary("Delete an activity and the reflections written on it.")
            .RequireAuthorization(Policies.SignedIn);
    }

    private static async Task<Created<ActivityDto>> LogAsync(Guid id, ActivityRequest request, ClaimsPrincipal user, ActivitiesHandler handler, CancellationToken ct)
    {
        var activity = await handler.LogAsync(id, request, user, ct);
        return TypedResults.Created($"/api/v1/clusters/{id}/activities/{activity.Id}", activity);
    }

    private static async Task<Ok<IReadOnlyList<ActivityDto>>> ListAsync(Guid id, string? from, string? to, ClaimsPrincipal user, ActivitiesHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.ListAsync(id, from, to, user, ct));

    private static async Task<Ok<ActivityDto>> GetAsync(Guid id, Guid activityId, ClaimsPrincipal user, ActivitiesHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.GetAsync(id, activityId, user, ct));

    private static async Task<Ok<ActivityDto>> UpdateAsync(Guid id, Guid activityId, ActivityRequest request, ClaimsPrincipal user, ActivitiesHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.UpdateAsync(id, activityId, request, user, ct));

    private static async Task<NoContent> DeleteAsync(Guid id, Guid activityId, ClaimsPrincipal user, ActivitiesHandler handler, CancellationToken ct)
    {
        await handler.DeleteAsync(id, activityId, user, ct);
        return TypedResults.NoContent();
    }
}
