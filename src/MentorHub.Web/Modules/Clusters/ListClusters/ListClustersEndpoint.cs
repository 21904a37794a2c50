using System.Security.Claims;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorHub.Web.Modules.Clusters.ListClusters;

internal static class ListClustersEndpoint
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/programmes/{id:guid}/clusters", ListAsync)
            .WithName("ListClusters").WithSummary("The programme's clusters as they are now: mentor, current mentees, mode.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapGet("/clusters/{id:guid}", GetAsync)
            .WithName("GetCluster").WithSummary("One cluster with its membership history, shared-space links and coordinators.")
            .RequireAuthorization(Policies.SignedIn);
    }

    private static async Task<Ok<IReadOnlyList<ClusterDto>>> ListAsync(Guid id, ClaimsPrincipal user, ListClustersHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.ListAsync(id, user, ct));

    private static async Task<Ok<ClusterDetailDto>> GetAsync(Guid id, ClaimsPrincipal user, ListClustersHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.GetAsync(id, user, ct));
}
