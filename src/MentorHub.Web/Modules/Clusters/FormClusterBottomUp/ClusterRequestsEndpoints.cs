using System.Security.Claims;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorHub.Web.Modules.Clusters.FormClusterBottomUp;

internal static class ClusterRequestsEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/programmes/{id:guid}/cluster-requests", ListAsync)
            .WithName("ListClusterRequests").WithSummary("Bottom-up requests the caller takes part in (schools) or decides on (coordinators).")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPost("/programmes/{id:guid}/cluster-requests", CreateAsync)
            .WithName("CreateClusterRequest")
            .WithSummary("A mentor school invites a mentee school, or a mentee school asks a mentor school (decided by whom the caller speaks for).")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPost("/cluster-requests/{id:guid}/accept", (Guid id, ClaimsPrincipal user, ClusterRequestsHandler h, CancellationToken ct) => Ok(h.AcceptAsync(id, user, ct)))
            .WithName("AcceptClusterRequest").WithSummary("The other school agrees; the hub still has to approve.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPost("/cluster-requests/{id:guid}/decline", (Guid id, ClaimsPrincipal user, ClusterRequestsHandler h, CancellationToken ct) => Ok(h.DeclineAsync(id, user, ct)))
            .WithName("DeclineClusterRequest").WithSummary("The other school says no.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPost("/cluster-requests/{id:guid}/withdraw", (Guid id, ClaimsPrincipal user, ClusterRequestsHandler h, CancellationToken ct) => Ok(h.WithdrawAsync(id, user, ct)))
            .WithName("WithdrawClusterRequest").WithSummary("The school that sent the request takes it back.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPost("/cluster-requests/{id:guid}/approve", (Guid id, ClaimsPrincipal user, ClusterRequestsHandler h, CancellationToken ct) => Ok(h.ApproveAsync(id, user, ct)))
            .WithName("ApproveClusterRequest").WithSummary("The hub coordinator approves: the mentee joins the mentor's cluster; 409 when it is full or the mentee is already in one.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPost("/cluster-requests/{id:guid}/reject", (Guid id, ClaimsPrincipal user, ClusterRequestsHandler h, CancellationToken ct) => Ok(h.RejectAsync(id, user, ct)))
            .WithName("RejectClusterRequest").WithSummary("The hub coordinator does not approve the pair.")
            .RequireAuthorization(Policies.SignedIn);
    }

    private static async Task<Ok<IReadOnlyList<ClusterRequestDto>>> ListAsync(Guid id, ClaimsPrincipal user, ClusterRequestsHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.ListAsync(id, user, ct));

    private static async Task<Created<ClusterRequestDto>> CreateAsync(Guid id, CreateClusterRequest request, ClaimsPrincipal user, ClusterRequestsHandler handler, CancellationToken ct)
    {
        var dto = await handler.CreateAsync(id, request, user, ct);
        return TypedResults.Created($"/api/v1/cluster-requests/{dto.Id}", dto);
    }

    private static async Task<Ok<ClusterRequestDto>> Ok(Task<ClusterRequestDto> step) => TypedResults.Ok(await step);
}
