using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Programs;
using MentorHub.Web.Modules.SelfAssessment.Domain;

namespace MentorHub.Tests.Modules.SelfAssessment.ShareReports;

/// <summary>Where the demo's featured mentee (Talaíde) sits, and people made for the sharing tests.</summary>
internal sealed record SharingDemo(string Programme, string School, string Mentor, string Cluster, string OtherMentor, string OtherMentee, IReadOnlyList<string> ClosedRounds, string OpenRound, IReadOnlyList<string> Areas)
{
    public const string Featured = "PT-277629";

    public static async Task<SharingDemo> LoadAsync(AppFixture app)
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programme = await Surveys.ProgrammeIdAsync(coordinator);
        var clusters = await (await coordinator.GetAsync($"/api/v1/programmes/{programme}/clusters")).JsonAsync();
        var mine = clusters.EnumerateArray().Single(c => c.GetProperty("menteeSchoolIds").EnumerateArray().Any(m => m.GetString() == Featured));
        var mentor = mine.GetProperty("mentorSchoolId").GetString()!;
        var other = clusters.EnumerateArray().First(c => c.GetProperty("mentorSchoolId").GetString() != mentor && ProgramsDemo.LisbonMentors.Contains(c.GetProperty("mentorSchoolId").GetString()));
        var rounds = (await (await coordinator.GetAsync($"/api/v1/schools/{Featured}/rounds")).JsonAsync()).EnumerateArray()
            .Where(r => r.GetProperty("instrumentId").GetString() == InstrumentCatalog.DefaultSelfAssessmentId).ToList();
        var closed = rounds.Where(r => r.GetProperty("status").GetString() == "closed").OrderBy(r => r.GetProperty("opensAt").GetDateTime()).Select(r => r.GetProperty("id").GetString()!).ToList();
        var open = rounds.First(r => r.GetProperty("status").GetString() == "open").GetProperty("id").GetString()!;
        var instrument = await (await coordinator.GetAsync($"/api/v1/instruments/{InstrumentCatalog.DefaultSelfAssessmentId}")).JsonAsync();
        var areas = instrument.GetProperty("areas").EnumerateArray().Select(a => a.GetProperty("id").GetString()!).ToList();
        return new(programme, Featured, mentor, mine.GetProperty("id").GetString()!, other.GetProperty("mentorSchoolId").GetString()!,
            other.GetProperty("menteeSchoolIds")[0].GetString()!, closed, open, areas);
    }

    private static int people;

    /// <summary>A new account holding one role, invited by the administrator; signed in.</summary>
    public static async Task<HttpClient> PersonAsync(AppFixture app, string role, string scopeType, string scopeId)
    {
        var admin = await app.SignedInAsync("admin@demo.example");
        var email = $"sharing.{Interlocked.Increment(ref people)}.{Guid.NewGuid():N}@example.org";
        await (await admin.PostAsJsonAsync("/api/v1/invitations", new { email, displayName = "Sharing Test", role, scopeType, scopeId })).JsonAsync(HttpStatusCode.Created);
        var link = app.Mail.LinkTo(email, "/account/invitation/");
        var token = link[(link.LastIndexOf('/') + 1)..];
        await (await app.Anonymous().PostAsJsonAsync($"/api/v1/invitations/{token}/accept", new { displayName = "Sharing Test", password = "a-long-test-password" })).JsonAsync();
        return await app.SignedInAsync(email, "a-long-test-password");
    }

    public static async Task<JsonElement> ShareAsync(HttpClient client, string roundId, bool mentorSchool, bool ownStaff, IReadOnlyList<string>? areaIds = null) =>
        await (await client.PutAsJsonAsync($"/api/v1/rounds/{roundId}/sharing", new { mentorSchool, ownStaff, areaIds })).JsonAsync();
}
