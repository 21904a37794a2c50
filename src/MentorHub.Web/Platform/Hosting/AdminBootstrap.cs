using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Identity;

namespace MentorHub.Web.Platform.Hosting;

/// <summary>
/// A production database starts without accounts: `Admin:Email` and `Admin:Password` create the first
/// administrator, who then invites everybody else.
/// </summary>
internal sealed class AdminBootstrap(IConfiguration configuration, UserManager<AppUser> users, AppDbContext db)
{
    public async Task EnsureAsync(CancellationToken ct)
    {
        var email = configuration["Admin:Email"];
        var password = configuration["Admin:Password"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password) || await users.FindByEmailAsync(email) is not null)
        {
            return;
        }
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrator" };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Admin:Password is not acceptable: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        db.Set<RoleAssignment>().Add(RoleAssignment.Create(user.Id, Role.Admin, ScopeType.Global, null));
        await db.SaveChangesAsync(ct);
    }
}
