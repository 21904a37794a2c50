using System.Security.Cryptography;
using System.Text;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;

namespace MentorHub.Web.Modules.People.Domain;

/// <summary>
/// An invitation by link to take a role in a scope. Only a hash of the token is stored, so a copy of
/// the database cannot be used to accept invitations.
/// </summary>
internal sealed class Invitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Email { get; init; }
    public string DisplayName { get; init; } = "";
    public Role Role { get; init; }
    public ScopeType ScopeType { get; init; }
    public string ScopeId { get; init; } = "";
    public required string TokenHash { get; init; }
    public Guid InvitedBy { get; init; }
    public DateTime CreatedAt { get; init; } = DateTime.UtcNow;
    public DateTime ExpiresAt { get; init; }
    public DateTime? AcceptedAt { get; private set; }

    public static (Invitation Invitation, string Token) Create(string email, string displayName, Role role, ScopeType scopeType, string? scopeId, Guid invitedBy, DateTime now)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new Invitation
        {
            Email = email.Trim(),
            DisplayName = displayName.Trim(),
            Role = role,
            ScopeType = scopeType,
            ScopeId = scopeType == ScopeType.Global ? "" : scopeId?.Trim() ?? "",
            TokenHash = Hash(token),
            InvitedBy = invitedBy,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        }, token);
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public bool IsOpen(DateTime now) => AcceptedAt is null && now < ExpiresAt;

    public void Accept(DateTime now)
    {
        if (AcceptedAt is not null)
        {
            throw new BusinessRuleException(new CatalogText("People.Error.InvitationUsed"));
        }
        if (now >= ExpiresAt)
        {
            throw new BusinessRuleException(new CatalogText("People.Error.InvitationExpired"));
        }
        AcceptedAt = now;
    }
}
