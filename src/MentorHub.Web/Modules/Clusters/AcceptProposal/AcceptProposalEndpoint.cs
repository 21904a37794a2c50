using System.Security.Claims;
using MentorHub.Web.Modules.Clusters.ListClusters;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorHub.Web.Modules.Clusters.AcceptProposal;

internal static class AcceptProposalEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/cluster-proposals/{id:guid}/accept", AcceptAsync)
            .WithName("AcceptClusterProposal")
            .WithSummary("Turn a proposal into top-down clusters; 409 when already accepted or when the participants changed since.")
            .RequireAuthorization(Policies.SignedIn);

    private static async Task<Ok<IReadOnlyList<ClusterDto>>> AcceptAsync(Guid id, ClaimsPrincipal user, AcceptProposalHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.AcceptAsync(id, user, ct));
}
