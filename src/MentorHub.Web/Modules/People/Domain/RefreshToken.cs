using System.Security.Cryptography;
using System.Text;

namespace MentorHub.Web.Modules.People.Domain;

/// <summary>
/// A refresh token handed to an API client, good for one use. Only its hash is stored. Each use
/// issues the next token of the same family; a token used a second time means two parties hold it,
/// so the whole family ends. The account's security stamp at issue is kept: after a password reset
/// or change the stamp differs and the token is worth nothing.
/// </summary>
internal sealed class RefreshToken
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid UserId { get; init; }

    /// <summary>Every token that descends from one sign-in.</summary>
    public Guid FamilyId { get; init; }

    public required string TokenHash { get; init; }
    public required string SecurityStamp { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime ExpiresAt { get; init; }
    public DateTime? UsedAt { get; init; }
    public DateTime? RevokedAt { get; init; }

    public static (RefreshToken Token, string Secret) Issue(Guid userId, Guid familyId, string securityStamp, DateTime now)
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new RefreshToken
        {
            UserId = userId,
            FamilyId = familyId,
            TokenHash = Hash(secret),
            SecurityStamp = securityStamp,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        }, secret);
    }

    public static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
