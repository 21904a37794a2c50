using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Platform.Hosting;

internal static partial class StartupTasks
{
    /// <summary>The `migrate` command: apply the provider's migrations and stop.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        await DataModule.PrepareAsync(db, CancellationToken.None);
        await EnsureReferenceDataAsync(scope.ServiceProvider);
        LogMigrated(app.Logger, db.Database.ProviderName ?? "?");
    }

    /// <summary>
    /// The embedded SQLite database migrates itself so the one-machine default just works; PostgreSQL
    /// deployments run `migrate` first (several instances must not race to change the schema).
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var configuration = app.Configuration;
        var sqlite = DataModule.Provider(configuration) == DatabaseProvider.Sqlite;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (configuration.GetValue("Database:MigrateOnStart", sqlite))
            {
                await db.Database.MigrateAsync();
            }
            await DataModule.PrepareAsync(db, CancellationToken.None);
            await EnsureReferenceDataAsync(scope.ServiceProvider);
            var demo = configuration.GetValue("Demo:Enabled", sqlite);
            if (demo)
            {
                var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
                await seeder.SeedIfEmptyAsync(CancellationToken.None);
            }
            await scope.ServiceProvider.GetRequiredService<AdminBootstrap>().EnsureAsync(CancellationToken.None);
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var urls = string.Join(", ", app.Urls);
            LogReady(app.Logger, urls);
            if (configuration.GetValue("Demo:Enabled", sqlite))
            {
                LogDemo(app.Logger, DemoAccounts.Password);
            }
        });
    }

    private static async Task EnsureReferenceDataAsync(IServiceProvider services)
    {
        foreach (var contributor in services.GetServices<IReferenceDataContributor>())
        {
            await contributor.EnsureAsync(CancellationToken.None);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated ({Provider}).")]
    private static partial void LogMigrated(ILogger logger, string provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "MentorHub is ready: open {Urls} in a browser.")]
    private static partial void LogReady(ILogger logger, string urls);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo mode: sign in as coordinator@demo.example (or admin@, hub@, mentor-school@, mentee-school@, teacher@, researcher@, policy@demo.example) with the password '{Password}'.")]
    private static partial void LogDemo(ILogger logger, string password);
}
