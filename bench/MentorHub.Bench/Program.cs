using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;

// Load benchmark for survey submission. Run against a started MentorHub (see docs/benchmarks-selfassessment.md):
//   dotnet run -c Release --project bench/MentorHub.Bench -- --url http://127.0.0.1:5080 [--postgres "<conn>"] [--seconds 10]
// Prints, per concurrency: the raw durable-insert ceiling (PostgreSQL only), API submissions and
// complete HTML form responses (get the form, post it): throughput, p50, p99 and the ratio to the ceiling.
if (args.Contains("--report-bench"))
{
    return await ReportBench.RunAsync(Args.Parse([.. args.Where(a => a != "--report-bench")]));
}
if (args.Contains("--kill-test"))
{
    return await KillTest.RunAsync(Args.Parse([.. args.Where(a => a != "--kill-test")]));
}
var options = Args.Parse(args);
var baseUrl = options.GetValueOrDefault("--url", "http://127.0.0.1:5080").TrimEnd('/');
var seconds = int.Parse(options.GetValueOrDefault("--seconds", "10"), System.Globalization.CultureInfo.InvariantCulture);
var postgres = options.GetValueOrDefault("--postgres");
int[] concurrencies = [.. options.GetValueOrDefault("--connections", "8,32,64").Split(',').Select(int.Parse)];
// The server's JIT needs some load before its code is fully optimised (tiered compilation with
// dynamic PGO); measured cold, the first runs time the compiler as much as the request path, while
// the raw client's few methods are warm at once. 0 measures a cold server.
var warmup = int.Parse(options.GetValueOrDefault("--warmup", "10"), System.Globalization.CultureInfo.InvariantCulture);

using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10), UseCookies = false };
using var http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
var code = await Setup.OpenRoundAsync(http);
var form = await http.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{code}");
var itemIds = form.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("kind").GetString() == "scale").Select(i => i.GetProperty("id").GetString()!).ToArray();
Console.WriteLine($"target {baseUrl}, teachers' link {code}, {itemIds.Length} items per response, {seconds} s per run");
if (warmup > 0)
{
    Console.WriteLine($"warm-up: {warmup} s of API and HTML submissions at {concurrencies.Max()} connections, not counted");
    await Load.RunAsync(concurrencies.Max(), (warmup + 1) / 2, null, async (_, random) =>
    {
        var body = $"{{\"submissionId\":\"{Guid.NewGuid()}\",\"language\":\"pt\",\"answers\":{Answers.Json(itemIds, random)}}}";
        using var response = await http.PostAsync($"/api/v1/surveys/{code}/responses", new StringContent(body, Encoding.UTF8, "application/json"));
        return (int)response.StatusCode == 201;
    });
    await Load.RunAsync(concurrencies.Max(), warmup / 2, null, async (_, random) => await Html.CompleteAsync(http, code, itemIds, random));
}
Console.WriteLine($"{"run",-22}{"conns",6}{"resp/s",10}{"p50 ms",9}{"p99 ms",9}{"vs ceiling",12}{"errors",8}");

foreach (var c in concurrencies)
{
    double? ceiling = null;
    if (postgres is not null)
    {
        // Disposed after the run, so its connections do not count against the server's limit later.
        await using var source = Raw.Prepare(postgres);
        var raw = await Load.RunAsync(c, seconds, source, async (state, random) => await Raw.InsertAsync((NpgsqlDataSource)state!, Answers.Json(itemIds, random)));
        ceiling = raw.Throughput;
        raw.Print("raw Npgsql insert", c, null);
    }
    var api = await Load.RunAsync(c, seconds, null, async (_, random) =>
    {
        var body = $"{{\"submissionId\":\"{Guid.NewGuid()}\",\"language\":\"pt\",\"answers\":{Answers.Json(itemIds, random)}}}";
        using var response = await http.PostAsync($"/api/v1/surveys/{code}/responses", new StringContent(body, Encoding.UTF8, "application/json"));
        return (int)response.StatusCode == 201;
    });
    api.Print("API submission", c, ceiling);
    var html = await Load.RunAsync(c, seconds, null, async (_, random) => await Html.CompleteAsync(http, code, itemIds, random));
    html.Print("HTML form response", c, ceiling);
}

// The school report reads aggregate rows only, so its cost must not grow with the responses above.
var roundId = form.GetProperty("roundId").GetString();
var stored = (await http.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{code}")).GetProperty("roundId").GetString();
var adminToken = await Setup.AdminTokenAsync(http);
await Setup.CloseRoundAsync(http, adminToken, roundId!);
var timings = new List<double>();
int respondents = 0;
for (var i = 0; i < 300; i++)
{
    using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/rounds/{roundId}/report");
    request.Headers.Authorization = new("Bearer", adminToken);
    var start = Stopwatch.GetTimestamp();
    using var response = await http.SendAsync(request);
    var body = await response.Content.ReadFromJsonAsync<JsonElement>();
    timings.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    respondents = body.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("group").GetString() == "teachers").GetProperty("respondents").GetInt32();
}
timings.Sort();
Console.WriteLine($"school report over {respondents} teacher responses (+ demo answers): p50 {timings[timings.Count / 2]:F1} ms, p95 {timings[(int)(timings.Count * 0.95)]:F1} ms ({stored == roundId})");
return 0;

internal static class Args
{
    public static Dictionary<string, string> Parse(string[] args)
    {
        // "--name value" pairs; a "--flag" followed by another option or nothing is "true".
        var d = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                d[args[i]] = args[++i];
            }
            else
            {
                d[args[i]] = "true";
            }
        }
        return d;
    }
}

internal static class Answers
{
    public static string Json(string[] items, Random random) =>
        "{" + string.Join(",", items.Select(i => $"\"{i}\":{(random.Next(15) == 0 ? "null" : random.Next(1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture))}")) + "}";
}

internal static class Setup
{
    public static async Task<string> AdminTokenAsync(HttpClient http)
    {
        var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = "admin@demo.example", password = "mentorhub-demo" });
        login.EnsureSuccessStatusCode();
        return (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>Closes a round: its report shows numbers only once it is closed (ADR 0009).</summary>
    public static async Task CloseRoundAsync(HttpClient http, string token, string roundId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/rounds/{roundId}/close");
        request.Headers.Authorization = new("Bearer", token);
        (await http.SendAsync(request)).EnsureSuccessStatusCode();
    }

    public static async Task<string> OpenRoundAsync(HttpClient http)
    {
        var token = await AdminTokenAsync(http);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/programmes");
        request.Headers.Authorization = new("Bearer", token);
        var programmes = await (await http.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
        var programmeId = programmes[0].GetProperty("id").GetString();
        using var open = new HttpRequestMessage(HttpMethod.Post, "/api/v1/schools/PT-346767/rounds")
        {
            Content = JsonContent.Create(new { programmeId, instrumentId = "selfassessment-default.v1", opensAt = DateTime.UtcNow.AddMinutes(-1), closesAt = DateTime.UtcNow.AddDays(1) }),
        };
        open.Headers.Authorization = new("Bearer", token);
        var round = await (await http.SendAsync(open)).Content.ReadFromJsonAsync<JsonElement>();
        return round.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("group").GetString() == "teachers").GetProperty("code").GetString()!;
    }
}

internal static class Raw
{
    public static NpgsqlDataSource Prepare(string connectionString)
    {
        var source = NpgsqlDataSource.Create(connectionString + ";Maximum Pool Size=64");
        using var command = source.CreateCommand("CREATE TABLE IF NOT EXISTS bench_raw_responses (submission_id uuid PRIMARY KEY, round_id text NOT NULL, respondent_group text NOT NULL, language text NOT NULL, answers text NOT NULL, submitted_on date NOT NULL); TRUNCATE bench_raw_responses;");
        command.ExecuteNonQuery();
        return source;
    }

    public static async Task<bool> InsertAsync(NpgsqlDataSource source, string answers)
    {
        await using var command = source.CreateCommand("INSERT INTO bench_raw_responses VALUES ($1, 'bench', 'teachers', 'pt', $2, current_date)");
        command.Parameters.AddWithValue(Guid.NewGuid());
        command.Parameters.AddWithValue(answers);
        return await command.ExecuteNonQueryAsync() == 1;
    }
}

internal static partial class Html
{
    public static async Task<bool> CompleteAsync(HttpClient http, string code, string[] items, Random random)
    {
        // Without JavaScript a respondent walks page by page; the load here is the minimum a complete
        // response costs: the form once (antiforgery cookie and token), then one post with every answer.
        using var get = await http.GetAsync($"/s/{code}");
        var page = await get.Content.ReadAsStringAsync();
        var token = Token().Match(page).Groups[1].Value;
        var cookie = string.Join("; ", get.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var fields = new List<KeyValuePair<string, string>>
        {
            new("_handler", "survey-answer"), new("__RequestVerificationToken", System.Net.WebUtility.HtmlDecode(token)),
            new("sid", Guid.NewGuid().ToString()), new("pageIndex", "6"), new("lang", "en"), new("nav", "submit"),
        };
        fields.AddRange(items.Select(i => new KeyValuePair<string, string>("a." + i, random.Next(15) == 0 ? "dk" : random.Next(1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/s/{code}") { Content = new FormUrlEncodedContent(fields) };
        post.Headers.Add("Cookie", cookie);
        using var response = await http.SendAsync(post);
        return (int)response.StatusCode == 302;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

internal sealed record LoadResult(int Count, int Errors, double Seconds, double P50, double P99)
{
    public double Throughput => Count / Seconds;

    public void Print(string name, int connections, double? ceiling) =>
        Console.WriteLine($"{name,-22}{connections,6}{Throughput,10:F0}{P50,9:F1}{P99,9:F1}{(ceiling is { } c ? $"{Throughput / c:P0}" : "—"),12}{Errors,8}");
}

internal static class Load
{
    public static async Task<LoadResult> RunAsync(int connections, int seconds, object? state, Func<object?, Random, Task<bool>> work)
    {
        var latencies = new List<double>[connections];
        var errors = 0;
        var stop = Stopwatch.StartNew();
        var until = TimeSpan.FromSeconds(seconds);
        var workers = Enumerable.Range(0, connections).Select(async w =>
        {
            var random = new Random(w);
            var mine = latencies[w] = [];
            while (stop.Elapsed < until)
            {
                var start = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await work(state, random);
                }
                catch (Exception)
                {
                    ok = false;
                }
                if (ok)
                {
                    mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }).ToArray();
        await Task.WhenAll(workers);
        var elapsed = stop.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double Pct(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(p * all.Length))];
        return new LoadResult(all.Length, errors, elapsed, Pct(0.50), Pct(0.99));
    }
}
