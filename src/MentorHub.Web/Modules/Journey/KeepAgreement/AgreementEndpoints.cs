using System.Security.Claims;
using MentorHub.Web.Platform.Security;
using MentorHub.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MentorHub.Web.Modules.Journey.KeepAgreement;

internal static class AgreementEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/clusters/{id:guid}/agreement", GetAsync)
            .WithName("GetClusterAgreement")
            .WithSummary("The cluster's anchoring agreement (version 0 while nothing is written) with each school's confirmation; the ETag header carries the version.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.SignedIn);
        group.MapPut("/clusters/{id:guid}/agreement", PutAsync)
            .WithName("SaveClusterAgreement")
            .WithSummary("Write a new version of the agreement. Requires If-Match with the ETag read: 412 when someone saved in between, 428 without it. Earlier confirmations are cleared.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.SignedIn);
        group.MapPost("/clusters/{id:guid}/agreement/confirmations", ConfirmAsync)
            .WithName("ConfirmClusterAgreement")
            .WithSummary("A member school confirms the version its If-Match names (412 when it changed since, 428 without If-Match); 201, or 200 when the school had already confirmed it.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.SignedIn);
    }

    private static async Task<Ok<AgreementDto>> GetAsync(Guid id, ClaimsPrincipal user, AgreementHandler handler, HttpContext http, CancellationToken ct)
    {
        var agreement = await handler.GetAsync(id, user, ct);
        http.Response.Headers.ETag = EntityTag.Of(agreement.Version).ToString();
        return TypedResults.Ok(agreement);
    }

    private static async Task<Results<Ok<AgreementDto>, ProblemHttpResult>> PutAsync(
        Guid id, AgreementRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, ClaimsPrincipal user, AgreementHandler handler, HttpContext http, CancellationToken ct)
    {
        var sent = IfMatch.Parse(ifMatch);
        var write = await handler.SaveAsync(id, request, sent, user, ct);
        http.Response.Headers.ETag = EntityTag.Of(write.Agreement.Version).ToString();
        return write.Unconditional ? Required(sent, id) : write.Stale ? Stale(sent, write) : TypedResults.Ok(write.Agreement);
    }

    private static async Task<Results<Created<AgreementDto>, Ok<AgreementDto>, ProblemHttpResult>> ConfirmAsync(
        Guid id, ConfirmAgreementRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, ClaimsPrincipal user, AgreementHandler handler, HttpContext http, CancellationToken ct)
    {
        var sent = IfMatch.Parse(ifMatch);
        var write = await handler.ConfirmAsync(id, request, sent, user, ct);
        http.Response.Headers.ETag = EntityTag.Of(write.Agreement.Version).ToString();
        return write.Unconditional ? Required(sent, id) : write.Stale ? Stale(sent, write)
            : write.Created ? TypedResults.Created($"/api/v1/clusters/{id}/agreement", write.Agreement)
            : TypedResults.Ok(write.Agreement);
    }

    private static ProblemHttpResult Required(IfMatch sent, Guid id) => Preconditions.Required(sent, "agreement", $"GET /api/v1/clusters/{id}/agreement");

    private static ProblemHttpResult Stale(IfMatch sent, AgreementWrite write) => Preconditions.Failed(sent, write.Agreement.Version,
        "Someone saved the agreement after you read it. Read the newer version and apply your change to it.",
        new Dictionary<string, object?> { ["current"] = write.Agreement });
}
