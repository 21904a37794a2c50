using System.Security.Claims;
using MentorHub.Web.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MentorHub.Web.Platform.Security;

/// <summary>Puts a person's scoped roles into the cookie or token, so a request needs no extra query to know them.</summary>
internal sealed class ScopedRoleClaimsFactory(
    UserManager<AppUser> users,
    IOptions<IdentityOptions> options,
    AppDbContext db) : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim("name", user.DisplayName));
        identity.AddClaim(new Claim("lang", user.Language));
        var roles = await db.Set<RoleAssignment>().AsNoTracking().Where(r => r.UserId == user.Id).ToListAsync();
        foreach (var role in roles.Select(r => r.Role).Distinct())
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role.ToString()));
        }
        foreach (var role in roles)
        {
            identity.AddClaim(new Claim(Access.ScopedRoleClaim, role.ToClaimValue()));
        }
        return identity;
    }
}
