using System.Security.Claims;
using System.Text.Encodings.Web;
using MentorHub.Web.Platform.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MentorHub.Web.Platform.Security;

/// <summary>
/// The default scheme: authenticates with the bearer token when an <c>Authorization: Bearer</c> header
/// is present and with the cookie otherwise, then compares the security stamp the token or cookie
/// carries with the account's current one. A password reset or change gives the account a new stamp,
/// so every token and cookie issued before it stops working at its next request, on every instance.
/// One lookup by primary key per signed-in request, and no cache: the database is the only truth.
/// </summary>
internal sealed class StampCheckedAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IOptions<IdentityOptions> identity)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "CookieOrBearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var result = await Context.AuthenticateAsync(InnerScheme());
        if (!result.Succeeded || result.Principal is not { } principal)
        {
            return result;
        }
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        var userId = principal.UserId();
        if (stamp is null || userId is not { } id)
        {
            return AuthenticateResult.Fail("The sign-in carries no account or security stamp.");
        }
        var db = Context.RequestServices.GetRequiredService<AppDbContext>();
        var current = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.SecurityStamp).FirstOrDefaultAsync(Context.RequestAborted);
        if (!string.Equals(current, stamp, StringComparison.Ordinal))
        {
            return AuthenticateResult.Fail("The sign-in ended: the account's password changed since, or the account is gone.");
        }
        return AuthenticateResult.Success(new AuthenticationTicket(principal, result.Properties, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => Context.ChallengeAsync(InnerScheme(), properties);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => Context.ForbidAsync(InnerScheme(), properties);

    private string InnerScheme() =>
        SecurityModule.UsesBearerToken(Request)
            ? IdentityConstants.BearerScheme
            : IdentityConstants.ApplicationScheme;
}
