using Microsoft.AspNetCore.Identity;

namespace MentorHub.Web.Platform.Security;

public sealed class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>The language the person reads the interface in ("en", "pt", ...).</summary>
    public string Language { get; set; } = "en";

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public List<RoleAssignment> Roles { get; } = [];
}
