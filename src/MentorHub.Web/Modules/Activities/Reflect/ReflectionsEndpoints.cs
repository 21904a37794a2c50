using System.Security.Claims;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorHub.Web.Modules.Activities.Reflect;

internal static class ReflectionsEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/clusters/{id:guid}/reflections", ListAsync)
            .WithName("ListReflections").WithSummary("The reflections of a period (from, to: yyyy-MM-dd) the caller may read, in date order.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPut("/clusters/{id:guid}/activities/{activityId:guid}/reflections/{schoolId}", ReflectOnActivityAsync)
            .WithName("ReflectOnActivity").WithSummary("A school's reflection on an activity: what we did, learned, found hard, do next. Written by the school's staff.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPut("/clusters/{id:guid}/terms/{term}/reflections/{schoolId}", ReflectOnTermAsync)
            .WithName("ReflectOnTerm").WithSummary("A school's reflection on a term, named by its first day (2026-09-01, 2027-01-01, 2027-04-01).")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPut("/clusters/{id:guid}/reflections/{reflectionId:guid}/comment", CommentAsync)
            .WithName("CommentReflection").WithSummary("The mentor school's comment on a school's reflection; an empty text removes it.")
            .RequireAuthorization(Policies.SignedIn);
    }

    private static async Task<Ok<IReadOnlyList<ReflectionDto>>> ListAsync(Guid id, string? from, string? to, ClaimsPrincipal user, ReflectionsHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.ListAsync(id, from, to, user, ct));

    private static async Task<Ok<ReflectionDto>> ReflectOnActivityAsync(Guid id, Guid activityId, string schoolId, ReflectionRequest request, ClaimsPrincipal user, ReflectionsHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.ReflectOnActivityAsync(id, activityId, schoolId, request, user, ct));

    private static async Task<Ok<ReflectionDto>> ReflectOnTermAsync(Guid id, string term, string schoolId, ReflectionRequest request, ClaimsPrincipal user, ReflectionsHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.ReflectOnTermAsync(id, term, schoolId, request, user, ct));

    private static async Task<Ok<ReflectionDto>> CommentAsync(Guid id, Guid reflectionId, CommentRequest request, ClaimsPrincipal user, ReflectionsHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.CommentAsync(id, reflectionId, request, user, ct));
}
