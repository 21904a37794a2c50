using System.Net;
using System.Net.Http.Json;
using System.Text;
using MentorHub.Tests.Infrastructure;
using MentorHub.Tests.Modules.SelfAssessment;
using MentorHub.Web.Modules.Programs;

namespace MentorHub.Tests.Platform;

/// <summary>What a security review of who-may-do-what found, each case as a caller tried it.</summary>
[Trait("Category", Category.Integration)]
public sealed class AuthorizationFindingsTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_hub_coordinator_reads_outcomes_of_their_hubs_schools_only()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await Surveys.ProgrammeIdAsync(coordinator);
        var bySchool = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/outcomes?by=school")).JsonAsync();
        var moved = bySchool.EnumerateArray().Select(s => s.GetProperty("scopeId").GetString()!).First();
        // A third hub the demo's hub coordinator does not hold, holding a school with outcome answers.
        var hub = await (await coordinator.PostAsJsonAsync($"/api/v1/programmes/{programmeId}/hubs", new { name = "Hub do Norte", region = "Norte", kind = "top-down" })).JsonAsync(HttpStatusCode.Created);
        var northId = hub.GetProperty("id").GetString()!;
        await (await coordinator.PutAsJsonAsync($"/api/v1/programmes/{programmeId}/participants/{moved}", new { hubId = northId })).JsonAsync();

        var hubCoordinator = await app.SignedInAsync("hub@demo.example");
        var theirs = await (await hubCoordinator.GetAsync($"/api/v1/programmes/{programmeId}/outcomes?by=school")).JsonAsync();
        Assert.NotEmpty(theirs.EnumerateArray());
        Assert.DoesNotContain(theirs.EnumerateArray(), s => s.GetProperty("scopeId").GetString() == moved);
        var hubs = await (await hubCoordinator.GetAsync($"/api/v1/programmes/{programmeId}/outcomes?by=hub")).JsonAsync();
        Assert.DoesNotContain(hubs.EnumerateArray(), s => s.GetProperty("scopeId").GetString() == northId);
        var csv = await hubCoordinator.GetStringAsync($"/api/v1/programmes/{programmeId}/outcomes/export?by=school&format=csv");
        Assert.DoesNotContain(moved, csv);
        var page = await hubCoordinator.GetStringAsync($"/programmes/{programmeId}/outcomes?by=hub");
        Assert.DoesNotContain("Hub do Norte", page);

        // The national coordinator still reads the moved school and the new hub.
        var all = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/outcomes?by=hub")).JsonAsync();
        Assert.Contains(all.EnumerateArray(), s => s.GetProperty("scopeId").GetString() == northId);
    }

    [Theory]
    [InlineData("hub@demo.example")]
    [InlineData("coordinator@demo.example")]
    [InlineData("mentor-school@demo.example")]
    public async Task Only_administrators_import_into_the_national_registry(string email)
    {
        var client = await app.SignedInAsync(email);
        var file = "id,name,country,region,municipality,level,pupils,latitude,longitude\nPT-277629,Rewritten,PT,Lisboa,Lisboa,primary,1,38.7,-9.1\n";
        var response = await client.PostAsync("/api/v1/schools/import", new StringContent(file, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = await client.GetAsync("/schools/import");
        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
        var school = await (await client.GetAsync("/api/v1/schools/PT-277629")).JsonAsync();
        Assert.NotEqual("Rewritten", school.GetProperty("name").GetString());

        var admin = await app.SignedInAsync("admin@demo.example");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/schools/import")).StatusCode);
    }

    [Fact]
    public async Task A_school_page_lists_only_the_programmes_the_reader_may_see()
    {
        var admin = await app.SignedInAsync("admin@demo.example");
        var foreign = await (await admin.PostAsJsonAsync("/api/v1/programmes", new { name = "Programa Confidencial", country = "PT", startsOn = "2026-01-01", endsOn = "2026-12-31" })).JsonAsync(HttpStatusCode.Created);
        var foreignId = foreign.GetProperty("id").GetString();
        await (await admin.PostAsJsonAsync($"/api/v1/programmes/{foreignId}/participants", new { schoolId = ProgramsDemo.LisbonMentees[0], role = "mentee" })).JsonAsync(HttpStatusCode.Created);

        // People of other schools, of the hubs and of the demo programme: the school's other programme is none of theirs.
        foreach (var email in new[] { "mentor-school@demo.example", "hub@demo.example", "researcher@demo.example", "policy@demo.example", "coordinator@demo.example" })
        {
            var html = await (await app.SignedInAsync(email)).GetStringAsync($"/schools/{ProgramsDemo.LisbonMentees[0]}");
            Assert.DoesNotContain("Programa Confidencial", html);
            Assert.Contains("Escolas Mentoras", html);
        }
        Assert.Contains("Programa Confidencial", await admin.GetStringAsync($"/schools/{ProgramsDemo.LisbonMentees[0]}"));
        // The school's own coordinator knows every programme their school takes part in.
        Assert.Contains("Programa Confidencial", await (await app.SignedInAsync("mentee-school@demo.example")).GetStringAsync($"/schools/{ProgramsDemo.LisbonMentees[0]}"));
    }

    [Fact]
    public async Task Contact_details_reach_only_people_who_work_with_the_hub_or_cluster()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await Surveys.ProgrammeIdAsync(coordinator);
        var menteeSchool = ProgramsDemo.LisbonMentees[0];
        var participant = (await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/participants")).JsonAsync())
            .EnumerateArray().Single(p => p.GetProperty("schoolId").GetString() == menteeSchool);
        var hubId = participant.GetProperty("hubId").GetString();
        var clusterId = participant.GetProperty("clusterId").GetString();
        await (await coordinator.PostAsJsonAsync($"/api/v1/hubs/{hubId}/stakeholders", new { name = "Universidade Contacto", kind = "university", contactName = "Sofia Stakeholder", contactEmail = "sofia.stakeholder@uni.example", contactPhone = "+351 910 000 111" })).JsonAsync(HttpStatusCode.Created);
        await (await coordinator.PostAsJsonAsync($"/api/v1/clusters/{clusterId}/coordinators", new { name = "Carlos Cluster", email = "carlos.cluster@school.example" })).JsonAsync(HttpStatusCode.Created);

        string[] secrets = ["Sofia Stakeholder", "sofia.stakeholder@uni.example", "910 000 111", "Carlos Cluster", "carlos.cluster@school.example", "Hugo Hub"];
        foreach (var email in new[] { "teacher@demo.example", "researcher@demo.example", "policy@demo.example" })
        {
            var client = await app.SignedInAsync(email);
            foreach (var path in new[] { $"/api/v1/hubs/{hubId}", $"/api/v1/programmes/{programmeId}/hubs", $"/api/v1/clusters/{clusterId}", $"/hubs/{hubId}", $"/clusters/{clusterId}" })
            {
                var response = await client.GetAsync(path);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{email} {path}: {(int)response.StatusCode}");
                var body = await response.Content.ReadAsStringAsync();
                foreach (var secret in secrets)
                {
                    Assert.False(body.Contains(secret, StringComparison.Ordinal), $"{email} reads '{secret}' at {path}");
                }
            }
        }

        // The school's own coordinator works with both and reads them.
        var school = await app.SignedInAsync("mentee-school@demo.example");
        Assert.Contains("sofia.stakeholder@uni.example", await school.GetStringAsync($"/api/v1/hubs/{hubId}"));
        Assert.Contains("carlos.cluster@school.example", await school.GetStringAsync($"/clusters/{clusterId}"));
        Assert.Contains("carlos.cluster@school.example", await coordinator.GetStringAsync($"/api/v1/clusters/{clusterId}"));
    }
}
