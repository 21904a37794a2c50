using System.Net;
using MentorHub.Web.Modules.People.Domain;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.People.SignIn;

/// <param name="User">The account, when the password was right.</param>
/// <param name="RetryAfter">Set when the attempt was not even tried: too many recent failures from this client.</param>
internal sealed record SignInAttempt(AppUser? User, TimeSpan? RetryAfter);

/// <summary>
/// Checks an e-mail and password for the sign-in page and the API alike. Accounts are never locked
/// (that let anyone lock anyone out, and its message told who has an account); instead failures are
/// throttled per client, in the database so that every instance counts the same: 5 failures for one
/// e-mail from one client, or 50 from one client, within 15 minutes, and that client waits. The
/// answer is the same whether or not the account exists, and its owner signs in from anywhere else.
/// </summary>
internal sealed class SignInHandler(AppDbContext db, UserManager<AppUser> users, TimeProvider time)
{
    public const int FailuresPerEmailAndClient = 5;
    public const int FailuresPerClient = 50;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>Verified when there is no account, so that an unknown e-mail costs as long as a known one.</summary>
    private static readonly Lazy<string> StandInHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    public async Task<SignInAttempt> CheckPasswordAsync(string email, string password, IPAddress? clientAddress, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var since = now - Window;
        var emailHash = SignInFailure.HashEmail(email);
        var client = SignInFailure.Client(clientAddress);
        var failures = db.Set<SignInFailure>().Where(f => f.ClientAddress == client && f.OccurredAt > since);
        var wait = await RetryAfterAsync(failures.Where(f => f.EmailHash == emailHash), FailuresPerEmailAndClient, now, ct)
            ?? await RetryAfterAsync(failures, FailuresPerClient, now, ct);
        if (wait is not null)
        {
            return new SignInAttempt(null, wait);
        }

        var user = await users.FindByEmailAsync(email.Trim());
        bool right;
        if (user is null)
        {
            _ = users.PasswordHasher.VerifyHashedPassword(new AppUser(), StandInHash.Value, password);
            right = false;
        }
        else
        {
            right = await users.CheckPasswordAsync(user, password);
        }
        if (right)
        {
            await db.Set<SignInFailure>().Where(f => f.ClientAddress == client && f.EmailHash == emailHash).ExecuteDeleteAsync(ct);
            return new SignInAttempt(user, null);
        }
        db.Add(new SignInFailure { EmailHash = emailHash, ClientAddress = client, OccurredAt = now });
        await db.SaveChangesAsync(ct);
        // Failures older than the window count for nothing any more.
        await db.Set<SignInFailure>().Where(f => f.OccurredAt <= since).ExecuteDeleteAsync(ct);
        return new SignInAttempt(null, null);
    }

    /// <summary>
    /// Whether a password-reset mail may go to <paramref name="email"/> now. A reset request is an attempt
    /// to get into an account without its password, so it is kept like a failed sign-in (under its own
    /// e-mail hash) and counts toward the client's 50; beyond <see cref="ResetMailsPerEmail"/> requests
    /// for one e-mail within the window no more mail goes out, so nobody can flood someone's mailbox,
    /// and the page answers the same. Returns the wait when the client itself is over its budget.
    /// </summary>
    public async Task<(bool Send, TimeSpan? RetryAfter)> ResetMailAsync(string email, IPAddress? clientAddress, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var since = now - Window;
        var client = SignInFailure.Client(clientAddress);
        var resetHash = SignInFailure.HashEmail("reset:" + email.Trim());
        if (await RetryAfterAsync(db.Set<SignInFailure>().Where(f => f.ClientAddress == client && f.OccurredAt > since), FailuresPerClient, now, ct) is { } wait)
        {
            return (false, wait);
        }
        var sentForEmail = await db.Set<SignInFailure>().CountAsync(f => f.EmailHash == resetHash && f.OccurredAt > since, ct);
        db.Add(new SignInFailure { EmailHash = resetHash, ClientAddress = client, OccurredAt = now });
        await db.SaveChangesAsync(ct);
        return (sentForEmail < ResetMailsPerEmail, null);
    }

    public const int ResetMailsPerEmail = 3;

    /// <returns>How long until fewer than <paramref name="limit"/> failures are left in the window, or null when fewer are already.</returns>
    private static async Task<TimeSpan?> RetryAfterAsync(IQueryable<SignInFailure> failures, int limit, DateTime now, CancellationToken ct)
    {
        var latest = await failures.OrderByDescending(f => f.OccurredAt).Select(f => f.OccurredAt).Take(limit).ToListAsync(ct);
        if (latest.Count < limit)
        {
            return null;
        }
        var wait = latest[^1] + Window - now;
        return wait > TimeSpan.FromSeconds(1) ? wait : TimeSpan.FromSeconds(1);
    }

    /// <summary>The value of a Retry-After header: whole seconds, rounded up.</summary>
    public static string RetryAfterHeader(TimeSpan wait) => ((long)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Makes a page's response a 429 with Retry-After while keeping the page and its explanation as the
    /// body (the status-code pages would replace it); applied as the response starts.
    /// </summary>
    public static void AnswerTooManyRequests(HttpContext context, TimeSpan wait)
    {
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }
        var response = context.Response;
        var retryAfter = RetryAfterHeader(wait);
        response.OnStarting(() =>
        {
            response.StatusCode = StatusCodes.Status429TooManyRequests;
            response.Headers.RetryAfter = retryAfter;
            return Task.CompletedTask;
        });
    }
}
