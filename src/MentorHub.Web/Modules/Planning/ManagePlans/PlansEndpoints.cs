using System.Security.Claims;
using MentorHub.Web.Platform.Security;
using MentorHub.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MentorHub.Web.Modules.Planning.ManagePlans;

internal static class PlansEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/schools/{id}/plans", CreateAsync)
            .WithName("CreatePlan")
            .WithSummary("Make the school's current development plan in a programme (1 to 3 goals tied to self-assessment areas and national priorities, with actions); a plan it replaces is kept read-only. 201 with the plan and its ETag.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapGet("/schools/{id}/plans", ListAsync)
            .WithName("ListPlans")
            .WithSummary("The school's development plans the caller may read, newest first; with programmeId, 404 when the caller may not know its plans exist.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapGet("/plans/{id:guid}", GetAsync)
            .WithName("GetPlan")
            .WithSummary("A development plan with its goals, actions, progress notes and comments; the ETag header names its version.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPut("/plans/{id:guid}", ReviseAsync)
            .WithName("RevisePlan")
            .WithSummary("Change the plan's goals and actions. Requires If-Match with the plan's ETag: 428 without it, 412 with the newer version when someone saved in between.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPost("/plans/{id:guid}/notes", AddNoteAsync)
            .WithName("AddPlanNote")
            .WithSummary("Add a progress note (the school's staff), optionally about one goal; notes do not change the plan's version.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPost("/plans/{id:guid}/comments", AddCommentAsync)
            .WithName("AddPlanComment")
            .WithSummary("Comment on the plan (the mentor school of the school's cluster, or the school answering); comments do not change the plan's version.")
            .RequireAuthorization(Policies.SignedIn);
    }

    private static async Task<Created<PlanDto>> CreateAsync(string id, CreatePlanRequest request, ClaimsPrincipal user, PlansHandler handler, HttpContext http, CancellationToken ct)
    {
        var plan = await handler.CreateAsync(id, request, user, ct);
        http.Response.Headers.ETag = plan.ETag();
        return TypedResults.Created($"/api/v1/plans/{plan.Id}", plan);
    }

    private static async Task<Ok<IReadOnlyList<PlanSummaryDto>>> ListAsync(string id, Guid? programmeId, ClaimsPrincipal user, PlansHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.ListAsync(id, programmeId, user, ct));

    private static async Task<Ok<PlanDto>> GetAsync(Guid id, ClaimsPrincipal user, PlansHandler handler, HttpContext http, CancellationToken ct)
    {
        var view = await handler.GetAsync(id, user, ct);
        http.Response.Headers.ETag = view.Plan.ETag();
        return TypedResults.Ok(view.Plan);
    }

    private static async Task<Results<Ok<PlanDto>, ProblemHttpResult>> ReviseAsync(
        Guid id, RevisePlanRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, ClaimsPrincipal user, PlansHandler handler, HttpContext http, CancellationToken ct)
    {
        var sent = IfMatch.Parse(ifMatch);
        if (sent.IsUnconditional)
        {
            // Authorization first: whoever may not know the plan exists gets 404, whoever may not change it 403.
            await handler.EnsureEditableAsync(id, user, ct);
            return Preconditions.Required(sent, "plan", $"GET /api/v1/plans/{id}");
        }
        var revision = await handler.ReviseAsync(id, sent, request.Goals, user, ct);
        if (revision.Saved is { } saved)
        {
            http.Response.Headers.ETag = saved.ETag();
            return TypedResults.Ok(saved);
        }
        var newer = revision.Newer!;
        http.Response.Headers.ETag = newer.ETag();
        return Preconditions.Failed(sent, newer.Version,
            $"Someone saved a newer version of this plan (version {newer.Version}, by {newer.UpdatedBy}) after the one you changed; nothing was saved. GET the plan, re-apply your change and send it with If-Match: {newer.ETag()}.",
            new Dictionary<string, object?> { ["current"] = newer });
    }

    private static async Task<Created<EntryDto>> AddNoteAsync(Guid id, AddNoteRequest request, ClaimsPrincipal user, PlansHandler handler, CancellationToken ct) =>
        TypedResults.Created($"/api/v1/plans/{id}", await handler.AddNoteAsync(id, request, user, ct));

    private static async Task<Created<EntryDto>> AddCommentAsync(Guid id, AddCommentRequest request, ClaimsPrincipal user, PlansHandler handler, CancellationToken ct) =>
        TypedResults.Created($"/api/v1/plans/{id}", await handler.AddCommentAsync(id, request, user, ct));
}
