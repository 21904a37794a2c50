using System.Security.Claims;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorHub.Web.Modules.Activities.Calendar;

internal static class CalendarEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/clusters/{id:guid}/calendar.ics", IcsAsync)
            .WithName("ClusterCalendar").WithSummary("The cluster's activities as an iCalendar feed (text/calendar), one VEVENT per activity.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .RequireAuthorization(Policies.SignedIn);
        group.MapGet("/clusters/{id:guid}/calendar-feed.ics", FeedAsync)
            .WithName("ClusterCalendarFeed").WithSummary("The same feed for calendar apps, which cannot sign in: the token of the cluster's secret feed address is the credential.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .AllowAnonymous();
        group.MapPost("/clusters/{id:guid}/calendar-feed", CreateFeedAsync)
            .WithName("CreateClusterCalendarFeed").WithSummary("Make a new secret feed address for calendar apps; the previous one stops working. The address is shown only in this answer.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapDelete("/clusters/{id:guid}/calendar-feed", RevokeFeedAsync)
            .WithName("RevokeClusterCalendarFeed").WithSummary("Revoke the cluster's secret feed address.")
            .RequireAuthorization(Policies.SignedIn);
    }

    private static async Task<ContentHttpResult> IcsAsync(Guid id, ClaimsPrincipal user, CalendarHandler handler, CancellationToken ct) =>
        TypedResults.Text(await handler.IcsAsync(id, user, ct), CalendarHandler.ContentType);

    private static async Task<ContentHttpResult> FeedAsync(Guid id, string? token, CalendarHandler handler, CancellationToken ct) =>
        TypedResults.Text(await handler.FeedAsync(id, token, ct), CalendarHandler.ContentType);

    private static async Task<Created<CalendarFeedDto>> CreateFeedAsync(Guid id, ClaimsPrincipal user, CalendarHandler handler, CancellationToken ct) =>
        TypedResults.Created($"/api/v1/clusters/{id}/calendar.ics", await handler.CreateFeedAsync(id, user, ct));

    private static async Task<NoContent> RevokeFeedAsync(Guid id, ClaimsPrincipal user, CalendarHandler handler, CancellationToken ct)
    {
        await handler.RevokeFeedAsync(id, user, ct);
        return TypedResults.NoContent();
    }
}
