using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Platform.Data;

internal enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

internal static class DataModule
{
    public static DatabaseProvider Provider(IConfiguration configuration) =>
        string.Equals(configuration["Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;

    public static IServiceCollection AddPlatformData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        if (Provider(configuration) == DatabaseProvider.Postgres)
        {
            var connectionString = configuration.GetConnectionString("Postgres")
                ?? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Postgres is not set.");
            services.AddDbContextPool<AppDbContext, PostgresAppDbContext>(o => o.UseNpgsql(connectionString));
        }
        else
        {
            var connectionString = SqliteConnectionString(configuration, environment);
            services.AddDbContextPool<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(connectionString));
        }

        // Every SQL statement at Information drowns the log (and the migrate command's output) wherever
        // no appsettings.json sits beside the process; configuration can still lower it.
        services.AddLogging(b => b.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning));

        // Keys live in the database so every instance behind a load balancer reads the same cookies and tokens.
        services.AddDataProtection()
            .SetApplicationName("MentorHub")
            .PersistKeysToDbContext<AppDbContext>();
        return services;
    }

    private static string SqliteConnectionString(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString("Sqlite") ?? "Data Source=data/mentorhub.db";
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(configured);
        if (!Path.IsPathRooted(builder.DataSource) && builder.DataSource != ":memory:")
        {
            builder.DataSource = Path.Combine(environment.ContentRootPath, builder.DataSource);
        }
        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        // A busy writer makes others wait instead of failing at once.
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }

    /// <summary>SQLite in write-ahead-log mode lets readers continue while one writer commits.</summary>
    public static async Task PrepareAsync(AppDbContext db, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}
