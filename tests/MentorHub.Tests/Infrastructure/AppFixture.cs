using System.Net.Http.Headers;
using System.Net.Http.Json;
using MentorHub.Web.Platform.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace MentorHub.Tests.Infrastructure;

/// <summary>
/// The real application over a real database of its own: a fresh SQLite file, or a fresh PostgreSQL
/// database when MENTORHUB_TEST_PROVIDER=Postgres (test.sh runs the integration tests both ways).
/// The demo programme is loaded, so tests can sign in with the demo accounts.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    private readonly string databaseName = "mentorhub_test_" + Guid.NewGuid().ToString("N")[..12];
    private string? sqliteFolder;

    public WebApplicationFactory<Program> Factory { get; private set; } = default!;

    public static bool Postgres => string.Equals(Environment.GetEnvironmentVariable("MENTORHUB_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase);

    public static string PostgresServer => Environment.GetEnvironmentVariable("MENTORHUB_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";

    public string ConnectionString { get; private set; } = "";

    /// <summary>Where the app writes its mail (no SMTP in tests): one folder per fixture, read through <see cref="Mailbox"/>.</summary>
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "mentorhub-tests", "mail-" + Guid.NewGuid().ToString("N"));

    /// <summary>Every message the app logged (Information and above), to check what reaches the logs.</summary>
    public LogCapture Logs { get; } = new();

    public Mailbox Mail => new(MailFolder);

    public Task InitializeAsync()
    {
        if (Postgres)
        {
            // Test classes run side by side, each with its own database: small pools keep them all under the server's connection limit.
            ConnectionString = $"{PostgresServer};Database={databaseName};Maximum Pool Size=8";
        }
        else
        {
            sqliteFolder = Path.Combine(Path.GetTempPath(), "mentorhub-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(sqliteFolder);
            ConnectionString = $"Data Source={Path.Combine(sqliteFolder, "test.db")}";
        }
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", Postgres ? "Postgres" : "Sqlite");
            builder.UseSetting(Postgres ? "ConnectionStrings:Postgres" : "ConnectionStrings:Sqlite", ConnectionString);
            builder.UseSetting("Database:MigrateOnStart", "true");
            builder.UseSetting("Demo:Enabled", "true");
            builder.UseSetting("Mail:PickupFolder", MailFolder);
            builder.ConfigureLogging(logging =>
            {
                logging.AddProvider(new ServerErrorLog(ServerErrorLog.DefaultPath()));
                logging.AddProvider(Logs);
            });
        });
        // Starts the host: migrates and loads the demo before the first test.
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (Postgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        if (Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }
        if (!Postgres && sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(sqliteFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open at exit is left to the temp folder's cleanup.
            }
        }
    }

    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>An anonymous client whose requests come from <paramref name="address"/> (X-Forwarded-For; the test server has no address of its own).</summary>
    public HttpClient AnonymousFrom(string address)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    public async Task<HttpClient> SignedInAsync(string email, string password = DemoAccounts.Password)
    {
        var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);
}

/// <summary>Marks HTTP-level tests; test.sh runs these again on PostgreSQL.</summary>
public static class Category
{
    public const string Integration = "Integration";
}
