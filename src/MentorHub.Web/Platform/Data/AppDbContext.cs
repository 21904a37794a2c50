using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Platform.Data;

/// <summary>
/// The one unit of work of the application. Modules contribute their entity configurations
/// (<see cref="IEntityTypeConfiguration{TEntity}"/> classes in their Data folders); this class
/// knows no module. Provider-specific subclasses exist only so each provider has its own
/// migration set.
/// </summary>
public abstract class AppDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AppUser>().ToTable("platform_users");
        builder.Entity<IdentityRole<Guid>>().ToTable("platform_roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("platform_user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("platform_user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("platform_user_logins");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("platform_role_claims");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("platform_user_tokens");
        builder.Entity<DataProtectionKey>().ToTable("platform_data_protection_keys");

        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        SnakeCaseNaming.Apply(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC in the database and comes back marked as UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<string>().HaveMaxLength(2000);
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
