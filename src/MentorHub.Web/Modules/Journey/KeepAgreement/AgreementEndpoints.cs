using System.Security.Claims;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;

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
        http.Response.Headers.ETag = AgreementHandler.ETagOf(agreement.Version);
        return TypedResults.Ok(agreement);
    }

    private static async Task<Results<Ok<AgreementDto>, ProblemHttpResult>> PutAsync(Guid id, AgreementRequest request, ClaimsPrincipal user, AgreementHandler handler, HttpContext http, CancellationToken ct)
    {
        var write = await handler.SaveAsync(id, request, IfMatch(http), user, ct);
        http.Response.Headers.ETag = AgreementHandler.ETagOf(write.Agreement.Version);
        return write.Unconditional ? PreconditionRequired() : write.Stale ? Stale(write) : TypedResults.Ok(write.Agreement);
    }

    private static async Task<Results<Created<AgreementDto>, Ok<AgreementDto>, ProblemHttpResult>> ConfirmAsync(Guid id, ConfirmAgreementRequest request, ClaimsPrincipal user, AgreementHandler handler, HttpContext http, CancellationToken ct)
    {
        var write = await handler.ConfirmAsync(id, request, IfMatch(http), user, ct);
        http.Response.Headers.ETag = AgreementHandler.ETagOf(write.Agreement.Version);
        return write.Unconditional ? PreconditionRequired() : write.Stale ? Stale(write)
            : write.Created ? TypedResults.Created($"/api/v1/clusters/{id}/agreement", write.Agreement)
            : TypedResults.Ok(write.Agreement);
    }

    private static string? IfMatch(HttpContext http) =>
        http.Request.Headers.IfMatch is { Count: > 0 } values && !string.IsNullOrWhiteSpace(values.ToString()) ? values.ToString() : null;

    private static ProblemHttpResult PreconditionRequired() => TypedResults.Problem(
        statusCode: StatusCodes.Status428PreconditionRequired,
        title: "Send If-Match with the agreement's ETag, so a change made by someone else in between is never overwritten.");

    private static ProblemHttpResult Stale(AgreementWrite write) => TypedResults.Problem(
        statusCode: StatusCodes.Status412PreconditionFailed,
        title: "Someone saved the agreement after you read it. Read the newer version and apply your change to it.",
        extensions: new Dictionary<string, object?> { ["currentVersion"] = write.Agreement.Version, ["current"] = write.Agreement });
}
