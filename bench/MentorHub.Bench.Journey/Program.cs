using Stopwatch = System.Diagnostics.Stopwatch;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using MentorHub.Web.Modules.Activities.Domain;
using MentorHub.Web.Modules.Clusters.Domain;
using MentorHub.Web.Modules.Journey.Domain;
using MentorHub.Web.Modules.Journey.JourneyOverview;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace MentorHub.Bench;

/// <summary>
/// Release benchmark of the coordinators' journey overview at the issue's scale (2,000 clusters, 100,000
/// activities): the handler as a page or the API calls it, then the API route and the page through the
/// app hosted in process. Usage (see docs/benchmarks-journey.md):
///   dotnet run -c Release --project bench/MentorHub.Bench.Journey [-- --provider postgres|sqlite] [--iterations 200] [--keep]
/// </summary>
internal static class JourneyBench
{
    private const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";

    public static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var options = Options.Parse(args);
        // The test host finds the app's folder through the manifest next to this program, read from the working folder.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var postgres = options.Provider == "postgres";
        var server = options.Server ?? Environment.GetEnvironmentVariable("MENTORHUB_BENCH_POSTGRES") ?? DefaultServer;
        var sqliteFile = Path.Combine(Path.GetTempPath(), "mentorhub-bench-journey", "journey.db");
        var connectionString = postgres ? $"{server};Database={options.Database}" : $"Data Source={sqliteFile}";

        if (!options.Keep)
        {
            await DropAsync(postgres, server, options.Database, sqliteFile);
        }
        if (postgres)
        {
            await CreateAsync(server, options.Database);
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(sqliteFile)!);
        }

        var factory = new WebApplicationFactory<global::Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:Provider", postgres ? "Postgres" : "Sqlite");
            builder.UseSetting(postgres ? "ConnectionStrings:Postgres" : "ConnectionStrings:Sqlite", connectionString);
            builder.UseSetting("Database:MigrateOnStart", "true");
            builder.UseSetting("Demo:Enabled", "false");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            // The keys sit unencrypted in the benchmark's throwaway database; no need to say so.
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error");
            // EF logs the migrations history query that fails on a fresh database as an error; it is expected here.
            builder.ConfigureLogging(logging => logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Critical));
            builder.UseSetting("Mail:PickupFolder", Path.Combine(Path.GetTempPath(), "mentorhub-bench-journey", "mail"));
        });
        try
        {
            var services = factory.Services;
            var scale = new JourneyScale(options.Clusters, options.Activities, Hubs: 10, OpenRounds: 40, ClosedRounds: 300, ScheduledRounds: 20);
            var seeded = await Synthetic.FindAsync(services);
            if (seeded is null)
            {
                Console.WriteLine($"seeding {scale.Clusters:N0} clusters and {scale.Activities:N0} activities ({options.Provider})");
                var seeding = Stopwatch.StartNew();
                seeded = await Synthetic.SeedAsync(services, scale, seed: 20260601, Console.WriteLine);
                if (postgres)
                {
                    // Production tables have planner statistics (autovacuum); fresh bulk-loaded ones not yet.
                    await using var scope = services.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync("ANALYZE");
                }
                Console.WriteLine($"seeded in {seeding.Elapsed.TotalSeconds:F0} s");
            }
            else
            {
                Console.WriteLine("reusing the seeded database (--keep)");
            }
            await DescribeAsync(services, postgres, seeded);
            await MeasureAsync(factory, seeded, options);
        }
        finally
        {
            await factory.DisposeAsync();
            if (!options.Keep)
            {
                await DropAsync(postgres, server, options.Database, sqliteFile);
            }
        }
        return 0;
    }

    private static async Task MeasureAsync(WebApplicationFactory<global::Program> factory, SeededProgramme seeded, Options options)
    {
        var services = factory.Services;
        var coordinator = await PrincipalAsync(services, seeded.CoordinatorId);
        var hubCoordinator = await PrincipalAsync(services, seeded.HubCoordinatorId);
        var id = seeded.ProgrammeId;
        var hub = seeded.HubIds[0];
        using var commands = CommandCounter.Start();
        var bench = new Runner(commands, options.Iterations, TimeSpan.FromSeconds(options.WarmupSeconds), options.Trace);

        Console.WriteLine($"load average before: {LoadAverage()}; {options.Iterations} timed calls per row after {options.WarmupSeconds} s of untimed calls");
        Console.WriteLine();
        Console.WriteLine($"{"scenario",-56} {"listed",12} {"queries",7} {"rows read",9} {"sql p50",8} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");

        Task<Listed> Handler(OverviewQuery query, ClaimsPrincipal user) => HandlerAsync(services, id, query, user);
        await bench.RowAsync("handler: page 1 of 50", () => Handler(new(null, null, false, 1, 50), coordinator));
        await bench.RowAsync("handler: page 20 of 50", () => Handler(new(null, null, false, 20, 50), coordinator));
        await bench.RowAsync("handler: page 1 of 500 (largest page)", () => Handler(new(null, null, false, 1, 500), coordinator));
        await bench.RowAsync("handler: inactiveDays=90, inactiveOnly, page 2", () => Handler(new(null, 90, true, 2, 50), coordinator));
        await bench.RowAsync("handler: hubId (largest hub), page 1", () => Handler(new(hub, null, false, 1, 50), coordinator));
        await bench.RowAsync("handler: as hub coordinator of 2 hubs, page 1", () => Handler(new(null, null, false, 1, 50), hubCoordinator));

        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = Synthetic.CoordinatorEmail, password = Synthetic.Password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await bench.RowAsync("API: GET .../journey", () => ApiAsync(client, $"/api/v1/programmes/{id}/journey"));
        await bench.RowAsync("API: GET .../journey?page=20", () => ApiAsync(client, $"/api/v1/programmes/{id}/journey?page=20"));
        await bench.RowAsync("API: GET .../journey?inactiveDays=90&inactiveOnly=true", () => ApiAsync(client, $"/api/v1/programmes/{id}/journey?inactiveDays=90&inactiveOnly=true"));
        await bench.RowAsync("page: GET /programmes/{id}/journey", () => PageAsync(client, $"/programmes/{id}/journey"));
        await bench.RowAsync("page: GET /programmes/{id}/journey?page=20", () => PageAsync(client, $"/programmes/{id}/journey?page=20"));
        Console.WriteLine();
        Console.WriteLine($"load average after: {LoadAverage()}");
    }

    private static async Task<Listed> HandlerAsync(IServiceProvider services, Guid programmeId, OverviewQuery query, ClaimsPrincipal user)
    {
        // One scope per call, as one request has.
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<JourneyOverviewHandler>().GetAsync(programmeId, query, user, CancellationToken.None);
        return new Listed(result.Items.Count, result.Total);
    }

    private static async Task<Listed> ApiAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync();
        using var json = JsonDocument.Parse(body);
        return new Listed(json.RootElement.GetProperty("items").GetArrayLength(), json.RootElement.GetProperty("total").GetInt32());
    }

    private static async Task<Listed> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        var html = await response.Content.ReadAsStringAsync();
        if (!html.Contains("<table", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{path} answered without the overview's tables.");
        }
        return new Listed(null, null);
    }

    /// <summary>The claims a sign-in gives the account, made by the app's own factory.</summary>
    private static async Task<ClaimsPrincipal> PrincipalAsync(IServiceProvider services, Guid userId)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new InvalidOperationException("The benchmark's account is missing.");
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
    }

    private static async Task DescribeAsync(IServiceProvider services, bool postgres, SeededProgramme seeded)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var version = postgres ? "PostgreSQL " + (await db.Database.SqlQueryRaw<string>("SHOW server_version").ToListAsync())[0]
            : "SQLite " + (await db.Database.SqlQueryRaw<string>("SELECT sqlite_version() AS \"Value\"").ToListAsync())[0];
        var id = seeded.ProgrammeId;
        var clusters = await db.Set<Cluster>().CountAsync(c => c.ProgrammeId == id);
        var members = await db.Set<ClusterMember>().CountAsync(m => m.ProgrammeId == id && m.LeftAt == null);
        var tracks = await db.Set<JourneyTrack>().CountAsync(t => t.ProgrammeId == id);
        var activities = await db.Set<Activity>().CountAsync(a => a.ProgrammeId == id);
        var rounds = await db.Set<SurveyRound>().CountAsync(r => r.ProgrammeId == id);
        Console.WriteLine($"{version}; .NET {Environment.Version}; {Environment.ProcessorCount} cores ({CpuModel()})");
        Console.WriteLine($"data: {clusters:N0} clusters, {members:N0} current memberships, {tracks:N0} journey tracks, {activities:N0} activities, {rounds:N0} rounds in the programme");
    }

    private static async Task CreateAsync(string server, string database)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = database } } };
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
    }

    private static async Task DropAsync(bool postgres, string server, string database, string sqliteFile)
    {
        if (postgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" }.Where(File.Exists))
            {
                File.Delete(file);
            }
        }
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?"
            : "?";
}

/// <summary>What one answer listed: the clusters on its page and the clusters it counted (null for the HTML page).</summary>
internal sealed record Listed(int? Items, int? Total);

internal sealed record Options(string Provider, string? Server, string Database, int Iterations, double WarmupSeconds, bool Keep, int Clusters, int Activities, bool Trace)
{
    public static Options Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var provider = (Value("--provider") ?? "postgres").ToLowerInvariant();
        if (provider is not ("postgres" or "sqlite"))
        {
            throw new ArgumentException("--provider is postgres or sqlite.");
        }
        return new Options(provider, Value("--postgres"), Value("--database") ?? "mentorhub_bench_journey", Number("--iterations", 200),
            Value("--warmup-seconds") is { } w ? double.Parse(w, CultureInfo.InvariantCulture) : 3, args.Contains("--keep"),
            Number("--clusters", 2_000), Number("--activities", 100_000), args.Contains("--trace"));
    }
}
