using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace MentorHub.Tests.Platform;

/// <summary>Clusters formed before clusters had names are named after their mentor school by the migration.</summary>
public sealed class ClusterNamesMigrationTests
{
    private const string Before = "CountedRespondents";

    [Fact]
    public async Task Sqlite_names_existing_clusters_after_their_mentor_school()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mentorhub-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite($"Data Source={Path.Combine(folder, "migrate.db")}", o => o.MigrationsAssembly(typeof(AppDbContext).Assembly.FullName)).Options;
        await using (var db = new SqliteAppDbContext(options))
        {
            await AssertNamedAsync(db);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    [Trait("Category", Category.Integration)]
    public async Task Postgres_names_existing_clusters_after_their_mentor_school()
    {
        if (!AppFixture.Postgres)
        {
            return;
        }
        var database = "mentorhub_migrate_" + Guid.NewGuid().ToString("N")[..12];
        var options = new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql($"{AppFixture.PostgresServer};Database={database}").Options;
        try
        {
            await using var db = new PostgresAppDbContext(options);
            await AssertNamedAsync(db);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(AppFixture.PostgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static async Task AssertNamedAsync(AppDbContext db)
    {
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(Before);
        var now = DateTime.UtcNow;
        var (known, unknown, named) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO schools_schools (id, name, country, region, municipality, level, language, search_text, created_at, updated_at)
            VALUES ('PT-1', 'Escola Básica do Tejo', 'PT', 'Lisboa', 'Lisboa', 'primary', 'pt', 'escola basica do tejo', {now}, {now})
            """);
        foreach (var (id, mentor, name) in new[] { (known, "PT-1", ""), (unknown, "PT-404", ""), (named, "PT-1", "Rede Tejo") })
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO clusters_clusters (id, programme_id, mentor_school_id, mode, name, capacity, version, created_at)
                VALUES ({id}, {Guid.NewGuid()}, {mentor}, 'TopDown', {name}, 4, 0, {now})
                """);
        }

        await migrator.MigrateAsync();

        var names = await db.Database.SqlQuery<NameRow>($"SELECT id AS \"Id\", name AS \"Name\" FROM clusters_clusters").ToListAsync();
        Assert.Equal("Cluster of Escola Básica do Tejo", names.Single(n => n.Id == known).Name);
        Assert.Equal("Cluster of PT-404", names.Single(n => n.Id == unknown).Name);
        Assert.Equal("Rede Tejo", names.Single(n => n.Id == named).Name);
    }

    private sealed record NameRow(Guid Id, string Name);
}
