using MentorHub.Web.Modules.People.Domain;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MentorHub.Web.Modules.People.SignIn;

/// <summary>
/// Access tokens (Identity's bearer format, one hour, carrying the account's security stamp, which
/// every request checks) and single-use refresh tokens stored hashed in the database, so every
/// instance sharing the database agrees on whether a token was used.
/// </summary>
internal sealed class AccountTokens(
    AppDbContext db, SignInManager<AppUser> signIn, UserManager<AppUser> users, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider time)
{
    public async Task<AccessTokenResponse> IssueAsync(AppUser user, CancellationToken ct) => await IssueAsync(user, Guid.NewGuid(), ct);

    /// <returns>The next tokens, or null when the refresh token is unknown, expired, used, revoked or older than a password change.</returns>
    public async Task<AccessTokenResponse?> RefreshAsync(string secret, CancellationToken ct)
    {
        var hash = RefreshToken.Hash(secret);
        var stored = await db.Set<RefreshToken>().AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
        if (stored is null)
        {
            return null;
        }
        var now = time.GetUtcNow().UtcDateTime;
        // One conditional update claims the token: of two requests racing with it, only one wins.
        var claimed = await db.Set<RefreshToken>()
            .Where(t => t.Id == stored.Id && t.UsedAt == null && t.RevokedAt == null && t.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), ct);
        if (claimed == 0)
        {
            if (stored.ExpiresAt > now)
            {
                // Used before (or revoked): someone else holds a copy. End every token of the sign-in.
                await RevokeFamilyAsync(stored.FamilyId, now, ct);
            }
            return null;
        }
        var user = await users.FindByIdAsync(stored.UserId.ToString());
        if (user is null || !string.Equals(user.SecurityStamp, stored.SecurityStamp, StringComparison.Ordinal))
        {
            await RevokeFamilyAsync(stored.FamilyId, now, ct);
            return null;
        }
        return await IssueAsync(user, stored.FamilyId, ct);
    }

    private async Task<AccessTokenResponse> IssueAsync(AppUser user, Guid familyId, CancellationToken ct)
    {
        var options = bearer.Get(IdentityConstants.BearerScheme);
        var now = time.GetUtcNow();
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties
        {
            IssuedUtc = now,
            ExpiresUtc = now + options.BearerTokenExpiration,
        }, IdentityConstants.BearerScheme);
        var (refresh, secret) = RefreshToken.Issue(user.Id, familyId, user.SecurityStamp ?? "", now.UtcDateTime);
        db.Add(refresh);
        await db.SaveChangesAsync(ct);
        return new AccessTokenResponse
        {
            AccessToken = options.BearerTokenProtector.Protect(ticket),
            ExpiresIn = (long)options.BearerTokenExpiration.TotalSeconds,
            RefreshToken = secret,
        };
    }

    private Task<int> RevokeFamilyAsync(Guid familyId, DateTime now, CancellationToken ct) =>
        db.Set<RefreshToken>().Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct);
}
