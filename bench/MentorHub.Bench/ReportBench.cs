using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;

/// <summary>
/// Report latency does not depend on the number of responses: times the school report with 100 and
/// with 100,000 responses in a round, and the programme-wide outcome aggregate over 1,000,000
/// responses (PostgreSQL). The first 100 responses go through the API; the rest are written in bulk
/// (rows and aggregate increments) so the run takes seconds, not hours.
///   dotnet MentorHub.Bench.dll --report-bench --url http://127.0.0.1:5918 --postgres "Host=...;Database=..."
/// </summary>
internal static class ReportBench
{
    public static async Task<int> RunAsync(Dictionary<string, string> options)
    {
        var url = options.GetValueOrDefault("--url", "http://127.0.0.1:5918");
        var postgres = options["--postgres"];
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        var token = await Setup.AdminTokenAsync(http);
        var code = await Setup.OpenRoundAsync(http);
        var form = await http.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{code}");
        var roundId = form.GetProperty("roundId").GetString()!;
        var items = form.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("kind").GetString() == "scale").Select(i => i.GetProperty("id").GetString()!).ToArray();
        var random = new Random(1);
        for (var i = 0; i < 100; i++)
        {
            var body = $"{{\"submissionId\":\"{Guid.NewGuid()}\",\"answers\":{Answers.Json(items, random)}}}";
            (await http.PostAsync($"/api/v1/surveys/{code}/responses", new StringContent(body, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        }
        // Reports show numbers only for closed rounds; the bulk rows below go in behind the API.
        await Setup.CloseRoundAsync(http, token, roundId);
        await TimeAsync(http, token, $"/api/v1/rounds/{roundId}/report", "school report, 100 responses");

        await using var db = NpgsqlDataSource.Create(postgres);
        await BulkAsync(db, roundId, "teachers", 99_900, items);
        await TimeAsync(http, token, $"/api/v1/rounds/{roundId}/report", "school report, 100,000 responses");

        // Programme-wide: an outcome round in every demo school, 1,000,000 responses in all.
        var programmeId = (await GetAsync(http, token, "/api/v1/programmes"))[0].GetProperty("id").GetString();
        var participants = await GetAsync(http, token, $"/api/v1/programmes/{programmeId}/participants");
        var schools = participants.EnumerateArray().Select(p => p.GetProperty("schoolId").GetString()!).ToList();
        var perSchool = 1_000_000 / schools.Count;
        string[] outcomeItems = ["outcome.intention", "outcome.promotion", "outcome.influence", "outcome.effectiveness"];
        foreach (var school in schools)
        {
            using var open = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/schools/{school}/rounds")
            {
                Content = JsonContent.Create(new { programmeId, instrumentId = "outcome-default.v1", opensAt = DateTime.UtcNow.AddDays(-1), closesAt = DateTime.UtcNow.AddDays(1) }),
            };
            open.Headers.Authorization = new("Bearer", token);
            var round = await (await http.SendAsync(open)).Content.ReadFromJsonAsync<JsonElement>();
            await BulkAsync(db, round.GetProperty("id").GetString()!, "teachers", perSchool, outcomeItems);
            await Setup.CloseRoundAsync(http, token, round.GetProperty("id").GetString()!);
        }
        await TimeAsync(http, token, $"/api/v1/programmes/{programmeId}/outcomes?by=programme", $"programme outcomes, {perSchool * schools.Count:N0} responses");
        await TimeAsync(http, token, $"/api/v1/programmes/{programmeId}/outcomes?by=school", $"outcomes by school, {perSchool * schools.Count:N0} responses");
        return 0;
    }

    private static async Task<JsonElement> GetAsync(HttpClient http, string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", token);
        return await (await http.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Rows and the matching aggregate increments (every answer 4, as if all agreed), as one transaction.</summary>
    private static async Task BulkAsync(NpgsqlDataSource db, string roundId, string group, int count, string[] items)
    {
        var answers = "{" + string.Join(",", items.Select(i => $"\"{i}\":4")) + "}";
        await using var connection = await db.OpenConnectionAsync();
        await using var tx = await connection.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO selfassessment_responses (submission_id, round_id, respondent_group, language, answers, comments, submitted_on) "
            + "SELECT gen_random_uuid(), $1, $2, 'en', $3, NULL, current_date FROM generate_series(1, $4)", connection, tx))
        {
            insert.Parameters.AddWithValue(roundId);
            insert.Parameters.AddWithValue(group);
            insert.Parameters.AddWithValue(answers);
            insert.Parameters.AddWithValue(count);
            insert.CommandTimeout = 600;
            await insert.ExecuteNonQueryAsync();
        }
        // Positional parameters mean one statement per command in Npgsql.
        await using (var totals = new NpgsqlCommand(
            "INSERT INTO selfassessment_group_totals (round_id, respondent_group, shard, respondents, counted_respondents) VALUES ($1, $2, 15, $3, $3) "
            + "ON CONFLICT (round_id, respondent_group, shard) DO UPDATE SET respondents = selfassessment_group_totals.respondents + excluded.respondents, "
            + "counted_respondents = selfassessment_group_totals.counted_respondents + excluded.counted_respondents", connection, tx))
        {
            totals.Parameters.AddWithValue(roundId);
            totals.Parameters.AddWithValue(group);
            totals.Parameters.AddWithValue(count);
            await totals.ExecuteNonQueryAsync();
        }
        await using (var counts = new NpgsqlCommand(
            "INSERT INTO selfassessment_item_counts (round_id, item_id, answer_value, shard, answer_count) SELECT $1, unnest($2::text[]), 4, 15, $3 "
            + "ON CONFLICT (round_id, item_id, answer_value, shard) DO UPDATE SET answer_count = selfassessment_item_counts.answer_count + excluded.answer_count", connection, tx))
        {
            counts.Parameters.AddWithValue(roundId);
            counts.Parameters.AddWithValue(items);
            counts.Parameters.AddWithValue(count);
            await counts.ExecuteNonQueryAsync();
        }
        await tx.CommitAsync();
    }

    private static async Task TimeAsync(HttpClient http, string token, string path, string label)
    {
        // Three seconds untimed first: a server that has just started is still compiling the report's
        // code (tiered JIT), and twenty calls are not enough for that on two busy cores.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(3))
        {
            await FetchAsync(http, token, path);
        }
        var timings = new List<double>();
        for (var i = 0; i < 300; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await FetchAsync(http, token, path);
            timings.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        timings.Sort();
        Console.WriteLine($"{label,-42} p50 {timings[timings.Count / 2],6:F1} ms   p95 {timings[(int)(timings.Count * 0.95)],6:F1} ms");

        static async Task FetchAsync(HttpClient http, string token, string path)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Authorization = new("Bearer", token);
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
        }
    }
}
