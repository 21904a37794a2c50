using MentorHub.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Tests.Platform;

/// <summary>Each provider has its own migration set; a model change without a migration fails here.</summary>
public sealed class MigrationsTests
{
    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run ./migrations.sh <Name> to add a migration for both providers.");
    }

    [Fact]
    public void Postgres_migrations_match_the_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run ./migrations.sh <Name> to add a migration for both providers.");
    }

    [Fact]
    public void Tables_carry_their_module_prefix()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        string[] prefixes = ["platform_", "schools_", "programs_", "people_", "clusters_", "journey_", "selfassessment_", "planning_", "toolbox_", "activities_", "practices_", "evaluation_", "incentives_", "dashboards_"];
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            Assert.True(table is null || prefixes.Any(p => table.StartsWith(p, StringComparison.Ordinal)), $"{entity.Name} maps to {table}");
        }
    }
}
