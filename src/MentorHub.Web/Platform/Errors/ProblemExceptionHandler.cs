using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace MentorHub.Web.Platform.Errors;

/// <summary>The one place where exceptions become RFC 9457 problem details. Anything unmapped is a bug and answered 500.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem = exception switch
        {
            BusinessRuleException e => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = e.Message },
            ForbiddenException e => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = e.Message },
            NotFoundException e => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = e.Message },
            InputException e => new HttpValidationProblemDetails(e.Errors) { Status = StatusCodes.Status400BadRequest, Title = e.Message },
            UnavailableException e => new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Title = e.Message },
            Microsoft.EntityFrameworkCore.DbUpdateException e when IsUniqueViolation(e) => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The same thing was saved by another request at the same moment; nothing of this request was stored. Reload and try again.",
            },
            BadHttpRequestException { InnerException: System.Text.Json.JsonException { Path: { } path } json } e when FieldOf(path) is { } field =>
                new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [FieldMessage(json)] }) { Status = e.StatusCode, Title = Describe(e) },
            BadHttpRequestException e => new ProblemDetails { Status = e.StatusCode, Title = Describe(e) },
            _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "An unexpected error occurred." },
        };
        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Unhandled exception on {Path}", httpContext.Request.Path);
        }
        if (httpContext.Response.HasStarted)
        {
            return false;
        }
        httpContext.Response.StatusCode = problem.Status!.Value;
        if (exception is UnavailableException)
        {
            httpContext.Response.Headers.RetryAfter = "5";
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>
    /// A unique key refused the write: two requests created the same thing at once, and the use case's own
    /// "already exists" check (which answers 409 with its own words) saw neither. The transaction was
    /// rolled back, so this request stored nothing; it is a conflict with the other one, not a bug.
    /// </summary>
    private static bool IsUniqueViolation(Microsoft.EntityFrameworkCore.DbUpdateException e) => e.InnerException switch
    {
        Npgsql.PostgresException pg => pg.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        _ => false,
    };

    /// <summary>The field a JSON reading error is about, as the body spells it ("$.weights.distance" → "weights.distance"); null for the whole body.</summary>
    private static string? FieldOf(string path) =>
        path.StartsWith("$.", StringComparison.Ordinal) && path.Length > 2 ? path[2..]
        : path.StartsWith("$[", StringComparison.Ordinal) ? path[1..]
        : null;

    /// <summary>The reader's message without its position, which the title already gives.</summary>
    private static string FieldMessage(System.Text.Json.JsonException json)
    {
        var message = json.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static string Describe(BadHttpRequestException e) => e.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "The request body has an unsupported content type.",
        _ => e.InnerException is System.Text.Json.JsonException json
            ? $"The request body is not valid JSON: {json.Message}"
            : e.Message,
    };
}
