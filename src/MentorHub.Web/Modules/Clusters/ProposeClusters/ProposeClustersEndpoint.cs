using System.Security.Claims;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorHub.Web.Modules.Clusters.ProposeClusters;

internal static class ProposeClustersEndpoint
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/programmes/{id:guid}/cluster-proposals", ProposeAsync)
            .WithName("ProposeClusters")
            .WithSummary("Run the optimiser: most mentees placed under the hard rules, then least total cost; stored for review and accept.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapGet("/cluster-proposals/{id:guid}", GetAsync)
            .WithName("GetClusterProposal").WithSummary("A stored proposal with its settings, pairs, reasons and greedy baseline.")
            .RequireAuthorization(Policies.SignedIn);
    }

    private static async Task<Ok<ProposalDto>> ProposeAsync(Guid id, ProposeClustersRequest request, ClaimsPrincipal user, ProposeClustersHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.ProposeAsync(id, request, user, ct));

    private static async Task<Ok<ProposalDto>> GetAsync(Guid id, ClaimsPrincipal user, ProposeClustersHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.GetAsync(id, user, ct));
}
