using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Tests.Modules.SelfAssessment.Domain;

namespace MentorHub.Tests.Modules.SelfAssessment;

/// <summary>Helpers shared by the survey API tests: the demo programme, rounds and submissions.</summary>
internal static class Surveys
{
    public const string SmallInstrument = "test.v1";

    public static async Task<string> ProgrammeIdAsync(HttpClient client)
    {
        var list = await (await client.GetAsync("/api/v1/programmes")).JsonAsync();
        return list.EnumerateArray().Single(p => p.GetProperty("country").GetString() == "PT").GetProperty("id").GetString()!;
    }

    /// <summary>Stores the hand-checkable test instrument once per database.</summary>
    public static async Task EnsureSmallInstrumentAsync(AppFixture app)
    {
        var admin = await app.SignedInAsync("admin@demo.example");
        var response = await admin.PostAsync("/api/v1/instruments", new StringContent(TestInstruments.SmallJson, Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, await response.Content.ReadAsStringAsync());
    }

    public static async Task<JsonElement> OpenRoundAsync(HttpClient client, string schoolId, string instrumentId, DateTime? opensAt = null, DateTime? closesAt = null)
    {
        var programmeId = await ProgrammeIdAsync(client);
        var response = await client.PostAsJsonAsync($"/api/v1/schools/{schoolId}/rounds", new
        {
            programmeId,
            instrumentId,
            opensAt = opensAt ?? DateTime.UtcNow.AddHours(-1),
            closesAt = closesAt ?? DateTime.UtcNow.AddDays(14),
        });
        return await response.JsonAsync(HttpStatusCode.Created);
    }

    /// <summary>Closes a round now: its numbers are released only then (ADR 0009).</summary>
    public static async Task<JsonElement> CloseAsync(HttpClient client, JsonElement round) =>
        await (await client.PostAsync($"/api/v1/rounds/{round.GetProperty("id").GetString()}/close", null)).JsonAsync();

    public static string Code(JsonElement round, string group) =>
        round.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("group").GetString() == group).GetProperty("code").GetString()!;

    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, string code, object answers, Guid? submissionId = null) =>
        client.PostAsJsonAsync($"/api/v1/surveys/{code}/responses", new { submissionId = submissionId ?? Guid.NewGuid(), language = "en", answers });
}
