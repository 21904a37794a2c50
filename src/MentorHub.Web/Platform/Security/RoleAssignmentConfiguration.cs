using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorHub.Web.Platform.Security;

internal sealed class RoleAssignmentConfiguration : IEntityTypeConfiguration<RoleAssignment>
{
    public void Configure(EntityTypeBuilder<RoleAssignment> builder)
    {
        builder.ToTable("platform_role_assignments");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Role).HasConversion<string>().HasMaxLength(40);
        builder.Property(x => x.ScopeType).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.ScopeId).HasMaxLength(100);
        builder.HasIndex(x => new { x.UserId, x.Role, x.ScopeType, x.ScopeId }).IsUnique();
        builder.HasIndex(x => new { x.ScopeType, x.ScopeId });
        builder.HasOne<AppUser>().WithMany(u => u.Roles).HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(x => x.DisplayName).HasMaxLength(200);
        builder.Property(x => x.Language).HasMaxLength(10);
    }
}
