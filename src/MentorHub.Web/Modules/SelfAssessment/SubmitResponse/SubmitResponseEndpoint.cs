using System.ComponentModel.DataAnnotations;
using MentorHub.Web.Modules.SelfAssessment.AnswerSurvey;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorHub.Web.Modules.SelfAssessment.SubmitResponse;

/// <param name="Answers">Item id → 1..5, or null for "don't know / not applicable".</param>
/// <param name="Comments">Optional free-text answers, item id → text (only for the instrument's text items).</param>
internal sealed record SubmitResponseRequest(
    [property: Required] Guid? SubmissionId,
    [property: StringLength(10)] string? Language,
    [property: Required] Dictionary<string, int?>? Answers,
    Dictionary<string, string?>? Comments);

internal static class SubmitResponseEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/surveys/{code}/responses", SubmitAsync)
            .WithName("SubmitResponse")
            .WithSummary("Submit one anonymous response: 201 the first time, 200 with the same body for a repeated submissionId; 410 once closed.")
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(SurveyEndpoints.RateLimitPolicy);

    private static async Task<Results<Created<SubmissionReceipt>, Ok<SubmissionReceipt>, ProblemHttpResult, ValidationProblem>> SubmitAsync(
        string code, SubmitResponseRequest request, SubmitResponseHandler handler, CancellationToken ct)
    {
        if (request.SubmissionId == Guid.Empty)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["submissionId"] = ["Use a random UUID, not the empty one."] }, title: "The request has invalid fields.");
        }
        var result = await handler.SubmitAsync(code, request.SubmissionId!.Value, request.Language, request.Answers!, request.Comments, ct);
        return result.Outcome switch
        {
            SubmitOutcome.Stored => TypedResults.Created($"/api/v1/surveys/{code}/responses/{result.Receipt!.SubmissionId}", result.Receipt),
            SubmitOutcome.Repeated => TypedResults.Ok(result.Receipt!),
            SubmitOutcome.Closed => SurveyEndpoints.ClosedLink(result.Link!),
            _ => SurveyEndpoints.UnknownLink(),
        };
    }
}
