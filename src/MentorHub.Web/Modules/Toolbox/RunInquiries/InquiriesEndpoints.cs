using System.Security.Claims;
using MentorHub.Web.Platform.Security;
using MentorHub.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MentorHub.Web.Modules.Toolbox.RunInquiries;

internal static class InquiriesEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/schools/{id}/inquiries", ListAsync)
            .WithName("ListInquiries")
            .WithSummary("The school's TISL inquiries the caller may read (its own staff all, its cluster's schools the shared ones), newest first; programmeId narrows to one programme.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPost("/schools/{id}/inquiries", StartAsync)
            .WithName("StartInquiry")
            .WithSummary("A teacher or the school's staff start a TISL inquiry: a question, assumptions, a method (TISL when left out) and the data to collect. 201 with an ETag.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapGet("/inquiries/{id:guid}", GetAsync)
            .WithName("GetInquiry")
            .WithSummary("One TISL inquiry, with its ETag.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPut("/inquiries/{id:guid}", SaveAsync)
            .WithName("SaveInquiry")
            .WithSummary("Save the whole inquiry. Requires If-Match with the inquiry's ETag: 412 when someone saved in between, 428 without it. Completed needs findings and the change to practice.")
            .RequireAuthorization(Policies.SignedIn);
    }

    private static async Task<Ok<List<InquirySummaryDto>>> ListAsync(string id, Guid? programmeId, ClaimsPrincipal user, InquiriesHandler handler, CancellationToken ct) =>
        TypedResults.Ok((await handler.ListAsync(id, programmeId, user, ct)).ToList());

    private static async Task<Created<InquiryDto>> StartAsync(string id, StartInquiryRequest request, ClaimsPrincipal user, InquiriesHandler handler, HttpContext http, CancellationToken ct)
    {
        var inquiry = await handler.StartAsync(id, request, user, ct);
        http.Response.Headers.ETag = inquiry.ETag;
        return TypedResults.Created($"/api/v1/inquiries/{inquiry.Id}", inquiry);
    }

    private static async Task<Ok<InquiryDto>> GetAsync(Guid id, ClaimsPrincipal user, InquiriesHandler handler, HttpContext http, CancellationToken ct)
    {
        var (inquiry, _) = await handler.GetAsync(id, user, ct);
        http.Response.Headers.ETag = inquiry.ETag;
        return TypedResults.Ok(inquiry);
    }

    private static async Task<Results<Ok<InquiryDto>, ProblemHttpResult>> SaveAsync(
        Guid id, SaveInquiryRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, ClaimsPrincipal user, InquiriesHandler handler, HttpContext http, CancellationToken ct)
    {
        var sent = IfMatch.Parse(ifMatch);
        var saved = await handler.SaveAsync(id, sent, request, user, ct);
        http.Response.Headers.ETag = saved.Inquiry.ETag;
        return saved.Outcome switch
        {
            SaveOutcome.VersionMissing => Preconditions.Required(sent, "inquiry", $"GET /api/v1/inquiries/{id}"),
            SaveOutcome.Stale => Preconditions.Failed(sent, saved.Inquiry.Version,
                "Someone saved this inquiry since you read it; read it again (its ETag is in this answer) and apply your changes to that version.",
                new Dictionary<string, object?> { ["current"] = saved.Inquiry }),
            _ => TypedResults.Ok(saved.Inquiry),
        };
    }
}
