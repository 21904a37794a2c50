using System.Security.Claims;
using MentorHub.Web.Modules.Clusters.ListClusters;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorHub.Web.Modules.Clusters.ManageCluster;

internal static class ManageClusterEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/clusters/{id:guid}/links", AddLinkAsync)
            .WithName("AddClusterLink").WithSummary("Add a link to the cluster's shared space (LMS course, video room).")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPost("/clusters/{id:guid}/coordinators", AddCoordinatorAsync)
            .WithName("AddClusterCoordinator").WithSummary("Name a person who coordinates the cluster's work.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPut("/clusters/{id:guid}/name", RenameAsync)
            .WithName("RenameCluster").WithSummary("Rename the cluster; the name is plain text of 1 to 200 characters.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPost("/clusters/{id:guid}/members/{schoolId}/leave", LeaveAsync)
            .WithName("LeaveCluster").WithSummary("A mentee school leaves the cluster; the membership is closed with a date, not deleted.")
            .RequireAuthorization(Policies.SignedIn);
    }

    private static async Task<Created<LinkDto>> AddLinkAsync(Guid id, AddLinkRequest request, ClaimsPrincipal user, ManageClusterHandler handler, CancellationToken ct) =>
        TypedResults.Created($"/api/v1/clusters/{id}", await handler.AddLinkAsync(id, request, user, ct));

    private static async Task<Created<CoordinatorDto>> AddCoordinatorAsync(Guid id, AddCoordinatorRequest request, ClaimsPrincipal user, ManageClusterHandler handler, CancellationToken ct) =>
        TypedResults.Created($"/api/v1/clusters/{id}", await handler.AddCoordinatorAsync(id, request, user, ct));

    private static async Task<Ok<ClusterDetailDto>> RenameAsync(Guid id, RenameClusterRequest request, ClaimsPrincipal user, ManageClusterHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.RenameAsync(id, request, user, ct));

    private static async Task<Ok<ClusterDetailDto>> LeaveAsync(Guid id, string schoolId, LeaveClusterRequest request, ClaimsPrincipal user, ManageClusterHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.LeaveAsync(id, schoolId, request, user, ct));
}
