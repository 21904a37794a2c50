using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentorHub.Web.Platform.Security;

/// <summary>
/// A browser sends the sign-in cookie with every request to MentorHub, whichever site's page made it,
/// so an API change (POST, PUT, PATCH, DELETE under <c>/api</c>) that the cookie authenticates must also
/// carry the antiforgery token of a MentorHub page, in the <c>RequestVerificationToken</c> header or the
/// form field. Callers with a bearer token (scripts, integrations) are not affected: no other site can
/// make a browser send one. Anonymous routes (survey answers, sign-in) gain nothing from the cookie and
/// are left alone, as are reads.
/// </summary>
internal static class CookieApiAntiforgery
{
    public static IApplicationBuilder UseAntiforgeryForCookieApiWrites(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (NeedsToken(context) && !await HasValidTokenAsync(context))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status400BadRequest,
                        Title = "A change made with the sign-in cookie needs the antiforgery token of a MentorHub page; other clients sign in for a bearer token.",
                    },
                });
                return;
            }
            await next(context);
        });

    private static async Task<bool> HasValidTokenAsync(HttpContext context)
    {
        try
        {
            return await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context);
        }
        catch (InvalidDataException)
        {
            // A form body that cannot be read carries no token either.
            return false;
        }
    }

    private static bool NeedsToken(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api")
        && !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method) || HttpMethods.IsTrace(context.Request.Method))
        && context.User.Identity?.IsAuthenticated == true
        && !SecurityModule.UsesBearerToken(context.Request)
        && context.GetEndpoint() is { } endpoint
        && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null
        && context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true };
}
