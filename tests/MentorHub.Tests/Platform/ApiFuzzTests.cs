using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;
using Xunit.Abstractions;

namespace MentorHub.Tests.Platform;

/// <summary>
/// Fuzzes every operation of the app's own OpenAPI document that takes a body or parameters, as the
/// administrator and as an anonymous caller, with inputs generated from a fixed seed (see
/// <see cref="FuzzGenerator"/>): whatever the input, the answer is never a 5xx. A 500 is a bug.
/// </summary>
[Trait("Category", Category.Integration)]
public sealed class ApiFuzzTests(AppFixture app, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    private const int Seed = 20261208;

    /// <summary>Inputs per operation: those with a body get more, as most of what can go wrong is in the body.</summary>
    private const int PerBodyOperation = 360;

    private const int PerParameterOperation = 100;

    [Fact]
    public async Task No_generated_input_to_any_operation_answers_5xx()
    {
        var anonymous = app.Anonymous();
        var admin = await app.SignedInAsync("admin@demo.example");
        var document = await (await anonymous.GetAsync("/openapi/v1.json")).JsonAsync();
        var operations = FuzzOperation.From(document);
        var pools = await PoolsAsync(admin);
        var generator = new FuzzGenerator(document, pools, new Random(Seed));

        var clock = Stopwatch.StartNew();
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var time = new Dictionary<string, TimeSpan>();
        var sent = 0;
        foreach (var op in operations)
        {
            var started = clock.Elapsed;
            // Generated up front from the seed, so the inputs are the same on every run; a few at a time keep both cores busy.
            var inputs = generator.Generate(op, op.BodyType is null ? PerParameterOperation : PerBodyOperation).ToList();
            sent += inputs.Count;
            await Parallel.ForEachAsync(inputs, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (input, _) =>
            {
                var (status, answer) = await SendAsync(input.Anonymous ? anonymous : admin, input);
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                if (status >= 500)
                {
                    failures.Enqueue($"{status} {op.OperationId}: {input.Describe()}\n    → {answer[..Math.Min(answer.Length, 300)]}");
                }
            });
            time[op.ToString()] = clock.Elapsed - started;
        }
        var byStatus = new SortedDictionary<int, int>(statuses);

        output.WriteLine($"API fuzz: {sent} generated inputs over {operations.Count} operations " +
            $"({operations.Count(o => o.BodyType is not null)} with a body), seed {Seed}, {clock.Elapsed.TotalSeconds:0} s " +
            $"({(AppFixture.Postgres ? "PostgreSQL" : "SQLite")}); statuses: {string.Join(", ", byStatus.Select(s => $"{s.Key}×{s.Value}"))}");
        output.WriteLine("slowest: " + string.Join(", ", time.OrderByDescending(t => t.Value).Take(6).Select(t => $"{t.Key} {t.Value.TotalSeconds:0.0} s")));
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} inputs answered 5xx:\n" + string.Join("\n", failures.Take(40)));
        Assert.True(sent >= 10_000, $"only {sent} inputs were generated");
    }

    private static async Task<(int Status, string Answer)> SendAsync(HttpClient client, FuzzInput input)
    {
        using var request = input.ToRequest();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            using var response = await client.SendAsync(request, timeout.Token);
            var status = (int)response.StatusCode;
            return (status, status >= 500 ? await response.Content.ReadAsStringAsync() : "");
        }
#pragma warning disable CA1031 // A request the server breaks off is a failure to report with its input, not a crash of the test.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (599, e.GetType().Name + ": " + e.Message);
        }
    }

    /// <summary>Real ids of the demo programme, keyed by the path segment before them, so inputs reach the use cases.</summary>
    private async Task<FuzzPools> PoolsAsync(HttpClient admin)
    {
        var pools = new FuzzPools();
        async Task<JsonElement> Get(string url) => await (await admin.GetAsync(url)).JsonAsync();
        static IEnumerable<string?> Ids(JsonElement list, string property = "id") => list.EnumerateArray().Select(e => e.GetProperty(property).ToString());

        var programmes = await Get("/api/v1/programmes");
        pools.Add("programmes", Ids(programmes));
        var programme = programmes.EnumerateArray().First(p => p.GetProperty("country").GetString() == "PT").GetProperty("id").GetString()!;
        pools.Add("hubs", Ids(await Get($"/api/v1/programmes/{programme}/hubs")));
        var participants = await Get($"/api/v1/programmes/{programme}/participants");
        var schools = Ids(participants, "schoolId").ToList();
        pools.Add("schools", schools);
        pools.Add("members", schools);
        pools.Add("clusters", Ids(await Get($"/api/v1/programmes/{programme}/clusters")));
        pools.Add("cluster-requests", Ids(await Get($"/api/v1/programmes/{programme}/cluster-requests")));
        var instruments = await Get("/api/v1/instruments");
        pools.Add("instruments", Ids(instruments));
        foreach (var instrument in Ids(instruments))
        {
            var items = (await Get($"/api/v1/instruments/{instrument}")).GetProperty("items");
            pools.Add("items", Ids(items).Take(12));
        }
        foreach (var school in new[] { "PT-277629" }.Concat(schools.Take(3)))
        {
            var rounds = await Get($"/api/v1/schools/{school}/rounds");
            pools.Add("rounds", Ids(rounds));
            pools.Add("surveys", rounds.EnumerateArray().SelectMany(r => r.GetProperty("groups").EnumerateArray()).Select(g => g.GetProperty("code").GetString()));
        }
        var proposal = await admin.PostAsync($"/api/v1/programmes/{programme}/cluster-proposals", JsonContent(new { capacity = 4 }));
        pools.Add("cluster-proposals", [(await proposal.JsonAsync()).GetProperty("id").GetString()]);
        var invitation = await admin.PostAsync("/api/v1/invitations", JsonContent(new { email = "fuzz-invitee@example.org", displayName = "Fuzz", role = "teacher", scopeType = "school", scopeId = "PT-277629" }));
        await invitation.JsonAsync(HttpStatusCode.Created);
        pools.Add("invitations", [app.Mail.LinkTo("fuzz-invitee@example.org", "/account/invitation/").Split('/')[^1]]);
        return pools;
    }

    private static StringContent JsonContent(object body) => new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
