using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using MentorHub.Web.Modules.SelfAssessment.AnswerSurvey;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace MentorHub.Web.Modules.SelfAssessment;

/// <summary>
/// Budgets of the anonymous survey routes (the form and answers through the API, the answering page):
/// one per client address across every link, so guessing codes spends a single budget, and one per
/// link, so a leaked code cannot flood the database from many addresses. Both are fixed one-minute
/// windows, sized so a whole school behind one address (100 teachers answering within 10 minutes, about
/// ten requests each on the page) stays well inside them. The counts live in each instance's memory.
/// </summary>
internal sealed record SurveyRateLimits(int RequestsPerAddressPerMinute, int RequestsPerLinkPerMinute)
{
    public static SurveyRateLimits From(IConfiguration configuration) => new(
        Math.Max(1, configuration.GetValue("SelfAssessment:RequestsPerAddressPerMinute", 600)),
        Math.Max(1, configuration.GetValue("SelfAssessment:RequestsPerLinkPerMinute", 3_000)));

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public void Configure(RateLimiterOptions o)
    {
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        // Runs before the endpoint's policy; every other route gets no limiter.
        o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            IsSurveyRoute(context)
                ? RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Key(context.Connection.RemoteIpAddress), _ => Options(RequestsPerAddressPerMinute))
                : RateLimitPartition.GetNoLimiter(""));
        o.AddPolicy(SurveyEndpoints.RateLimitPolicy, context =>
            RateLimitPartition.GetFixedWindowLimiter(context.Request.RouteValues["code"]?.ToString() ?? "", _ => Options(RequestsPerLinkPerMinute)));
        o.OnRejected = RejectAsync;
    }

    private static FixedWindowRateLimiterOptions Options(int permits) =>
        new() { PermitLimit = permits, Window = Window, QueueLimit = 0, AutoReplenishment = true };

    private static bool IsSurveyRoute(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == SurveyEndpoints.RateLimitPolicy;

    /// <summary>429 with Retry-After: problem details for the API, a short page in the reader's language for the answering page.</summary>
    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var http = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Clamp((int)Math.Ceiling(retryAfter.TotalSeconds), 1, (int)Window.TotalSeconds)
            : (int)Window.TotalSeconds;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = $"Too many requests to survey links from this address or to this link; try again in {seconds} seconds.",
                },
            });
            return;
        }
        var lang = http.Request.Query["lang"].ToString() is { } asked && TextCatalog.SupportedLanguages.Contains(asked) ? asked : TextCatalog.CurrentLanguage();
        var texts = http.RequestServices.GetRequiredService<TextCatalog>();
        string T(string key) => WebUtility.HtmlEncode(texts.Find(lang, key) ?? key);
        var title = T("SelfAssessment.Survey.TooMany.Title");
        var body = WebUtility.HtmlEncode(string.Format(CultureInfo.InvariantCulture, texts.Find(lang, "SelfAssessment.Survey.TooMany.Body") ?? "", seconds));
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="{lang}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title} · MentorHub</title><link rel="stylesheet" href="/app.css"></head>
            <body><header class="topbar survey-topbar"><span class="brand">MentorHub</span></header>
            <main class="survey-main"><h1>{title}</h1><p>{body}</p></main></body>
            </html>
            """, ct);
    }
}
