using System.Security.Claims;

namespace MentorHub.Web.Platform.Security;

/// <summary>Reads the scoped roles a signed-in person carries as claims.</summary>
public static class Access
{
    public const string ScopedRoleClaim = "mh:role";

    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static bool IsAdmin(this ClaimsPrincipal user) => user.IsInRole(nameof(Role.Admin));

    public static bool Holds(this ClaimsPrincipal user, Role role, ScopeType scopeType, string scopeId) =>
        user.HasClaim(ScopedRoleClaim, $"{role}:{scopeType}:{scopeId}");

    public static IEnumerable<(Role Role, ScopeType ScopeType, string ScopeId)> ScopedRoles(this ClaimsPrincipal user)
    {
        foreach (var claim in user.FindAll(ScopedRoleClaim))
        {
            var parts = claim.Value.Split(':', 3);
            if (parts.Length == 3 && Enum.TryParse<Role>(parts[0], out var role) && Enum.TryParse<ScopeType>(parts[1], out var scope))
            {
                yield return (role, scope, parts[2]);
            }
        }
    }

    public static IReadOnlyList<string> ScopeIds(this ClaimsPrincipal user, ScopeType scopeType) =>
        user.ScopedRoles().Where(r => r.ScopeType == scopeType).Select(r => r.ScopeId).Distinct().ToList();
}

public static class Policies
{
    public const string Admin = "Admin";

    /// <summary>National or hub coordinators, and admins: people who set programmes up.</summary>
    public const string Coordinator = "Coordinator";

    public const string SignedIn = "SignedIn";
}
