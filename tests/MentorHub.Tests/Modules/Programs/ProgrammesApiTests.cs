using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Modules.Programs;

[Trait("Category", Category.Integration)]
public sealed class ProgrammesApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<string> DemoProgrammeIdAsync(HttpClient client)
    {
        var list = await (await client.GetAsync("/api/v1/programmes")).JsonAsync();
        return list.EnumerateArray().Single(p => p.GetProperty("country").GetString() == "PT").GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Demo_programme_has_two_hubs_and_six_mentors_with_twenty_four_mentees()
    {
        var client = await app.SignedInAsync("coordinator@demo.example");
        var id = await DemoProgrammeIdAsync(client);
        var programme = await (await client.GetAsync($"/api/v1/programmes/{id}")).JsonAsync();
        Assert.Equal(5, programme.GetProperty("anonymityThreshold").GetInt32());
        Assert.Equal(5, programme.GetProperty("priorities").GetArrayLength());

        var hubs = await (await client.GetAsync($"/api/v1/programmes/{id}/hubs")).JsonAsync();
        var demoHubs = hubs.EnumerateArray().Where(h => h.GetProperty("name").GetString() is "Hub Regional de Lisboa" or "Rede de Escolas de Setúbal").ToList();
        Assert.Equal(new[] { "bottom-up", "top-down" }, demoHubs.Select(h => h.GetProperty("kind").GetString()!).Order().ToArray());

        var participants = await (await client.GetAsync($"/api/v1/programmes/{id}/participants")).JsonAsync();
        // Other tests of this class add schools as "applied"; the demo's own are active.
        var rows = participants.EnumerateArray().Where(p => p.GetProperty("status").GetString() == "active").ToList();
        Assert.Equal(6, rows.Count(p => p.GetProperty("role").GetString() == "mentor"));
        Assert.Equal(24, rows.Count(p => p.GetProperty("role").GetString() == "mentee"));
        Assert.All(rows, p => Assert.StartsWith("PT-", p.GetProperty("schoolId").GetString()));
        // The Clusters demo forms every Lisbon cluster and all but three Setúbal mentees' clusters.
        Assert.Equal(27, rows.Count(p => p.GetProperty("clusterId").ValueKind == JsonValueKind.String));
    }

    [Fact]
    public async Task Programmes_are_visible_only_to_people_with_a_role_in_them()
    {
        var admin = await app.SignedInAsync("admin@demo.example");
        var created = await (await admin.PostAsJsonAsync("/api/v1/programmes", new
        {
            name = "Programa Piloto Norte",
            country = "PT",
            startsOn = "2026-09-01",
            endsOn = "2027-06-30",
            languages = new[] { "pt" },
            priorities = new[] { "STEM and robotics" },
        })).JsonAsync(HttpStatusCode.Created);
        var newId = created.GetProperty("id").GetString();
        Assert.Equal(5, created.GetProperty("anonymityThreshold").GetInt32());

        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var visible = await (await coordinator.GetAsync("/api/v1/programmes")).JsonAsync();
        Assert.DoesNotContain(visible.EnumerateArray(), p => p.GetProperty("id").GetString() == newId);
        await (await coordinator.GetAsync($"/api/v1/programmes/{newId}")).AssertProblemAsync(HttpStatusCode.NotFound);

        var teacher = await app.SignedInAsync("teacher@demo.example");
        var teacherSees = await (await teacher.GetAsync("/api/v1/programmes")).JsonAsync();
        Assert.Single(teacherSees.EnumerateArray());
    }

    [Fact]
    public async Task Creating_a_programme_is_for_admins_and_validates_input()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var forbidden = await coordinator.PostAsJsonAsync("/api/v1/programmes", new { name = "X programme", country = "PT", startsOn = "2026-01-01", endsOn = "2026-12-31" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        var admin = await app.SignedInAsync("admin@demo.example");
        var invalid = await (await admin.PostAsJsonAsync("/api/v1/programmes", new { name = "", country = "Portugal" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = invalid.GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _) || errors.TryGetProperty("Name", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("country", out _) || errors.TryGetProperty("Country", out _), errors.ToString());

        var backwards = await admin.PostAsJsonAsync("/api/v1/programmes", new { name = "Backwards", country = "PT", startsOn = "2027-01-01", endsOn = "2026-01-01" });
        await backwards.AssertProblemAsync(HttpStatusCode.Conflict);

        var threshold = await admin.PostAsJsonAsync("/api/v1/programmes", new { name = "Tiny groups", country = "PT", startsOn = "2026-01-01", endsOn = "2026-12-31", anonymityThreshold = 1 });
        await threshold.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Adding_a_participant_twice_is_409_and_unknown_schools_are_400()
    {
        var client = await app.SignedInAsync("coordinator@demo.example");
        var id = await DemoProgrammeIdAsync(client);
        var added = await (await client.PostAsJsonAsync($"/api/v1/programmes/{id}/participants", new { schoolId = "PT-200098", role = "mentee" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("mentee", added.GetProperty("role").GetString());
        Assert.Equal("applied", added.GetProperty("status").GetString());

        var again = await client.PostAsJsonAsync($"/api/v1/programmes/{id}/participants", new { schoolId = "PT-200098", role = "mentor" });
        await again.AssertProblemAsync(HttpStatusCode.Conflict);

        var unknown = await (await client.PostAsJsonAsync($"/api/v1/programmes/{id}/participants", new { schoolId = "NOPE-1", role = "mentor" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("schoolId", out _));

        var badRole = await client.PostAsJsonAsync($"/api/v1/programmes/{id}/participants", new { schoolId = "PT-200116", role = "boss" });
        await badRole.AssertProblemAsync(HttpStatusCode.BadRequest);

        var list = await (await client.GetAsync($"/api/v1/programmes/{id}/participants")).JsonAsync();
        Assert.Single(list.EnumerateArray(), p => p.GetProperty("schoolId").GetString() == "PT-200098");
    }

    [Fact]
    public async Task Concurrent_additions_of_one_school_store_it_once()
    {
        var client = await app.SignedInAsync("coordinator@demo.example");
        var id = await DemoProgrammeIdAsync(client);
        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            client.PostAsJsonAsync($"/api/v1/programmes/{id}/participants", new { schoolId = "PT-200840", role = "mentee" })));
        Assert.Single(attempts, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(attempts.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var list = await (await client.GetAsync($"/api/v1/programmes/{id}/participants")).JsonAsync();
        Assert.Single(list.EnumerateArray(), p => p.GetProperty("schoolId").GetString() == "PT-200840");
    }

    [Fact]
    public async Task Participation_status_moves_forward_and_refuses_impossible_steps()
    {
        var client = await app.SignedInAsync("coordinator@demo.example");
        var id = await DemoProgrammeIdAsync(client);
        await (await client.PostAsJsonAsync($"/api/v1/programmes/{id}/participants", new { schoolId = "PT-200578", role = "mentee" })).JsonAsync(HttpStatusCode.Created);
        var accepted = await (await client.PutAsJsonAsync($"/api/v1/programmes/{id}/participants/PT-200578", new { status = "accepted" })).JsonAsync();
        Assert.Equal("accepted", accepted.GetProperty("status").GetString());
        await (await client.PutAsJsonAsync($"/api/v1/programmes/{id}/participants/PT-200578", new { status = "withdrawn" })).JsonAsync();
        var impossible = await client.PutAsJsonAsync($"/api/v1/programmes/{id}/participants/PT-200578", new { status = "active" });
        await impossible.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Coordinator_creates_a_hub_and_adds_a_stakeholder()
    {
        var client = await app.SignedInAsync("coordinator@demo.example");
        var id = await DemoProgrammeIdAsync(client);
        var hub = await (await client.PostAsJsonAsync($"/api/v1/programmes/{id}/hubs", new { name = "Hub do Oeste", region = "Oeste", kind = "top-down" })).JsonAsync(HttpStatusCode.Created);
        var hubId = hub.GetProperty("id").GetString();
        await (await client.PostAsJsonAsync($"/api/v1/hubs/{hubId}/stakeholders", new { name = "Universidade do Oeste", kind = "university", contactEmail = "geral@example.org" })).JsonAsync(HttpStatusCode.Created);
        var bad = await client.PostAsJsonAsync($"/api/v1/hubs/{hubId}/stakeholders", new { name = "Bad mail", kind = "company", contactEmail = "not-an-email" });
        await bad.AssertProblemAsync(HttpStatusCode.BadRequest);
        var duplicate = await client.PostAsJsonAsync($"/api/v1/programmes/{id}/hubs", new { name = "Hub do Oeste", region = "Oeste", kind = "bottom-up" });
        await duplicate.AssertProblemAsync(HttpStatusCode.Conflict);

        var read = await (await client.GetAsync($"/api/v1/hubs/{hubId}")).JsonAsync();
        Assert.Equal("Universidade do Oeste", read.GetProperty("stakeholders")[0].GetProperty("name").GetString());

        var hubCoordinator = await app.SignedInAsync("hub@demo.example");
        var notTheirs = await hubCoordinator.PostAsJsonAsync($"/api/v1/hubs/{hubId}/stakeholders", new { name = "Empresa", kind = "company" });
        await notTheirs.AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}
