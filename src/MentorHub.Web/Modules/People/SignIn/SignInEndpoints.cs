using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace MentorHub.Web.Modules.People.SignIn;

internal sealed record LoginRequest(
    [property: Required, EmailAddress, StringLength(254)] string Email,
    [property: Required, StringLength(200)] string Password);

internal sealed record RefreshRequest([property: Required, StringLength(500)] string RefreshToken);

internal sealed record MeDto(Guid Id, string Email, string DisplayName, string Language, IReadOnlyList<MeRoleDto> Roles);

internal sealed record MeRoleDto(Role Role, ScopeType ScopeType, string ScopeId);

internal static class SignInEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/auth").WithTags("Accounts");
        group.MapPost("/login", LoginAsync)
            .WithName("Login").WithSummary("Exchange e-mail and password for a bearer token and a single-use refresh token; repeated failures from one client answer 429 with Retry-After.")
            .AllowAnonymous();
        group.MapPost("/refresh", RefreshAsync)
            .WithName("RefreshToken").WithSummary("Exchange a refresh token, once, for a new access token and the next refresh token.")
            .AllowAnonymous();
        api.MapGet("/me", Me)
            .WithTags("Accounts").WithName("Me").WithSummary("The signed-in person and their scoped roles.")
            .RequireAuthorization(Policies.SignedIn);
    }

    public static void MapPages(IEndpointRouteBuilder app) =>
        app.MapPost("/account/logout", async (HttpContext context, SignInManager<AppUser> signIn, IAntiforgery antiforgery) =>
        {
            // Checked here rather than by the middleware so a missing or stale token is a clear 400, never a 500;
            // without a valid token (a cross-site post) the person stays signed in.
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.Problem(
                    title: "The sign-out form has expired or did not come from MentorHub; reload the page and sign out again.",
                    statusCode: StatusCodes.Status400BadRequest);
            }
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login?signedOut=1");
        }).ExcludeFromDescription().DisableAntiforgery().AllowAnonymous();

    private static async Task<Results<Ok<AccessTokenResponse>, ProblemHttpResult>> LoginAsync(
        LoginRequest request, HttpContext http, SignInHandler handler, AccountTokens tokens, CancellationToken ct)
    {
        var attempt = await handler.CheckPasswordAsync(request.Email, request.Password, http.Connection.RemoteIpAddress, ct);
        if (attempt.User is { } user)
        {
            return TypedResults.Ok(await tokens.IssueAsync(user, ct));
        }
        if (attempt.RetryAfter is { } wait)
        {
            // The same words whether or not the account exists.
            http.Response.Headers.RetryAfter = SignInHandler.RetryAfterHeader(wait);
            return TypedResults.Problem(
                title: "Too many failed sign-ins from your connection; wait as long as Retry-After says, then try again.",
                statusCode: StatusCodes.Status429TooManyRequests);
        }
        return TypedResults.Problem(title: "The e-mail or password is wrong.", statusCode: StatusCodes.Status401Unauthorized);
    }

    /// <summary>A refresh token works once; a second use ends every token of its sign-in (401).</summary>
    private static async Task<Results<Ok<AccessTokenResponse>, ProblemHttpResult>> RefreshAsync(RefreshRequest request, AccountTokens tokens, CancellationToken ct) =>
        await tokens.RefreshAsync(request.RefreshToken, ct) is { } next
            ? TypedResults.Ok(next)
            : TypedResults.Problem(title: "The refresh token is unknown, expired, already used or from before a password change; sign in again.", statusCode: StatusCodes.Status401Unauthorized);

    private static Ok<MeDto> Me(ClaimsPrincipal user) => TypedResults.Ok(new MeDto(
        user.UserId() ?? Guid.Empty,
        user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "",
        user.FindFirstValue("name") ?? "",
        user.FindFirstValue("lang") ?? "en",
        user.ScopedRoles().Select(r => new MeRoleDto(r.Role, r.ScopeType, r.ScopeId)).ToList()));
}
