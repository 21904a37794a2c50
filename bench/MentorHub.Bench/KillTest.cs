using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

/// <summary>
/// No acknowledged response may be lost: submits under load while the server is killed with SIGKILL
/// several times and restarted, then checks through the API that every submission that got a 2xx is
/// stored, and that the round's counts equal the number of distinct stored submissions (exactly once).
///   dotnet MentorHub.Bench.dll --kill-test --server src/MentorHub.Web/bin/Release/net10.0/MentorHub.Web.dll
///       [--provider Sqlite|Postgres] [--connection "..."] [--kills 5] [--fresh-database]
/// --fresh-database (PostgreSQL) drops and creates the connection string's database first; without
/// --url the server listens on a free port.
/// </summary>
internal static class KillTest
{
    public static async Task<int> RunAsync(Dictionary<string, string> options)
    {
        var dll = Path.GetFullPath(options["--server"]);
        var provider = options.GetValueOrDefault("--provider", "Sqlite");
        var connection = options.GetValueOrDefault("--connection", $"Data Source={Path.Combine(Path.GetTempPath(), $"mentorhub-kill-{Guid.NewGuid():N}.db")}");
        var kills = int.Parse(options.GetValueOrDefault("--kills", "5"), System.Globalization.CultureInfo.InvariantCulture);
        var url = options.GetValueOrDefault("--url") ?? $"http://127.0.0.1:{FreePort()}";
        if (provider == "Postgres" && options.ContainsKey("--fresh-database"))
        {
            await FreshDatabaseAsync(connection);
        }

        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, MaxConnectionsPerServer = 64 }) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(5) };
        var server = Start(dll, provider, connection, url);
        await WaitHealthyAsync(http);
        var code = await Setup.OpenRoundAsync(http);
        var roundForm = await http.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{code}");
        var items = roundForm.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("kind").GetString() == "scale").Select(i => i.GetProperty("id").GetString()!).ToArray();

        var acknowledged = new ConcurrentDictionary<Guid, bool>();
        var attempted = new ConcurrentDictionary<Guid, string>();
        for (var k = 0; k < kills; k++)
        {
            using var stop = new CancellationTokenSource();
            var workers = Enumerable.Range(0, 16).Select(w => Task.Run(async () =>
            {
                var random = new Random(k * 100 + w);
                while (!stop.IsCancellationRequested)
                {
                    var id = Guid.NewGuid();
                    var body = $"{{\"submissionId\":\"{id}\",\"language\":\"en\",\"answers\":{Answers.Json(items, random)}}}";
                    attempted[id] = body;
                    try
                    {
                        using var response = await http.PostAsync($"/api/v1/surveys/{code}/responses", new StringContent(body, Encoding.UTF8, "application/json"));
                        if (response.IsSuccessStatusCode)
                        {
                            acknowledged[id] = true;
                        }
                    }
                    catch (Exception)
                    {
                        await Task.Delay(20);
                    }
                }
            })).ToArray();
            await Task.Delay(TimeSpan.FromSeconds(2 + (k % 3)));
            server.Kill();                       // SIGKILL: no shutdown hooks, no flushing
            await server.WaitForExitAsync();
            stop.Cancel();
            await Task.WhenAll(workers);
            Console.WriteLine($"kill {k + 1}: {acknowledged.Count} acknowledged, {attempted.Count} attempted so far");
            server = Start(dll, provider, connection, url);
            await WaitHealthyAsync(http);
        }

        // Resubmit everything: an acknowledged id must come back 200 (already stored); anything else is
        // either stored already (200) or stored now (201). Then every attempted id is stored once.
        var lost = 0;
        var token = await Setup.AdminTokenAsync(http);
        foreach (var (id, body) in attempted)
        {
            using var response = await http.PostAsync($"/api/v1/surveys/{code}/responses", new StringContent(body, Encoding.UTF8, "application/json"));
            if (acknowledged.ContainsKey(id) && (int)response.StatusCode != 200)
            {
                lost++;
            }
        }
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/schools/PT-346767/rounds");
        request.Headers.Authorization = new("Bearer", token);
        var rounds = await (await http.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
        var counted = rounds.EnumerateArray().SelectMany(r => r.GetProperty("groups").EnumerateArray())
            .Where(g => g.GetProperty("code").GetString() == code).Single().GetProperty("responses").GetInt32();
        server.Kill();
        await server.WaitForExitAsync();
        Console.WriteLine($"{provider}: {kills} SIGKILLs, {acknowledged.Count} acknowledged, {lost} acknowledged but lost, "
            + $"{attempted.Count} distinct submissions, {counted} counted in the aggregates ({(counted == attempted.Count ? "exactly once" : "MISMATCH")})");
        return lost == 0 && counted == attempted.Count ? 0 : 1;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task FreshDatabaseAsync(string connection)
    {
        var target = new Npgsql.NpgsqlConnectionStringBuilder(connection);
        var name = target.Database ?? throw new ArgumentException("The connection string names no database.");
        var admin = new Npgsql.NpgsqlConnectionStringBuilder(connection) { Database = "postgres", Pooling = false };
        await using var db = new Npgsql.NpgsqlConnection(admin.ConnectionString);
        await db.OpenAsync();
        var quoted = "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        await using (var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)", db))
        {
            await drop.ExecuteNonQueryAsync();
        }
        await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE {quoted}", db);
        await create.ExecuteNonQueryAsync();
    }

    private static Process Start(string dll, string provider, string connection, string url)
    {
        var info = new ProcessStartInfo("dotnet", [dll, "--urls", url])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["Database__Provider"] = provider;
        info.Environment[$"ConnectionStrings__{provider}"] = connection;
        info.Environment["Database__MigrateOnStart"] = "true";
        info.Environment["Demo__Enabled"] = "true";
        // All the load comes from this one address to one link: lift both survey budgets.
        info.Environment["SelfAssessment__RequestsPerLinkPerMinute"] = "100000000";
        info.Environment["SelfAssessment__RequestsPerAddressPerMinute"] = "100000000";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitHealthyAsync(HttpClient http)
    {
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if ((await http.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("The server did not become healthy.");
    }
}
