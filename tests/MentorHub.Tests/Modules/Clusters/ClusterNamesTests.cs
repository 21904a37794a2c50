using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Programs;

namespace MentorHub.Tests.Modules.Clusters;

/// <summary>Clusters have names: a default from the mentor school, editable, shown as text wherever a cluster is named.</summary>
[Trait("Category", Category.Integration)]
public sealed class ClusterNamesTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Every_cluster_starts_with_the_name_of_its_mentor_school()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await ClusterTestData.DemoProgrammeIdAsync(coordinator);
        var clusters = (await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/clusters")).JsonAsync()).EnumerateArray().ToList();
        Assert.NotEmpty(clusters);
        var mentors = await ClusterTestData.SchoolsAsync(app, clusters.Select(c => c.GetProperty("mentorSchoolId").GetString()!));
        // The other test renames the first Lisbon mentor's cluster.
        foreach (var c in clusters.Where(c => c.GetProperty("mentorSchoolId").GetString() != ProgramsDemo.LisbonMentors[0]))
        {
            Assert.Equal($"Cluster of {mentors[c.GetProperty("mentorSchoolId").GetString()!].Name}", c.GetProperty("name").GetString());
        }
    }

    [Fact]
    public async Task The_mentor_school_renames_its_cluster_and_the_name_shows_as_text_on_pages_and_in_outcomes()
    {
        var mentor = await app.SignedInAsync("mentor-school@demo.example");
        var programmeId = await ClusterTestData.DemoProgrammeIdAsync(mentor);
        var clusters = (await (await mentor.GetAsync($"/api/v1/programmes/{programmeId}/clusters")).JsonAsync()).EnumerateArray().ToList();
        var own = clusters.Single(c => c.GetProperty("mentorSchoolId").GetString() == ProgramsDemo.LisbonMentors[0]);
        var id = own.GetProperty("id").GetString();
        const string name = "Rede <b>Tejo</b> & Mar";

        var renamed = await (await mentor.PutAsJsonAsync($"/api/v1/clusters/{id}/name", new { name = "  " + name + " " })).JsonAsync();
        Assert.Equal(name, renamed.GetProperty("name").GetString());
        var detail = await (await mentor.GetAsync($"/api/v1/clusters/{id}")).JsonAsync();
        Assert.Equal(name, detail.GetProperty("name").GetString());

        foreach (var bad in new[] { "", "   ", new string('x', 201), "two\nlines" })
        {
            var problem = await (await mentor.PutAsJsonAsync($"/api/v1/clusters/{id}/name", new { name = bad })).AssertProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _), bad);
        }
        var other = clusters.First(c => c.GetProperty("mentorSchoolId").GetString() == ProgramsDemo.LisbonMentors[1]).GetProperty("id").GetString();
        await (await mentor.PutAsJsonAsync($"/api/v1/clusters/{other}/name", new { name = "Mine now" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        var teacher = await app.SignedInAsync("teacher@demo.example");
        await (await teacher.PutAsJsonAsync($"/api/v1/clusters/{id}/name", new { name = "Ours" })).AssertProblemAsync(HttpStatusCode.Forbidden);

        // Pages show the name as text, never as markup.
        var page = await (await mentor.GetAsync($"/clusters/{id}")).Content.ReadAsStringAsync();
        Assert.Contains("<h1>Rede &lt;b&gt;Tejo&lt;/b&gt; &amp; Mar</h1>", page);
        Assert.DoesNotContain("<b>Tejo</b>", page);
        var list = await (await mentor.GetAsync($"/programmes/{programmeId}/clusters")).Content.ReadAsStringAsync();
        Assert.Contains($"href=\"/clusters/{id}\">Rede &lt;b&gt;Tejo&lt;/b&gt; &amp; Mar</a>", list);

        // A mentee school of the cluster finds it by its name on the start page.
        var mentee = await app.SignedInAsync("mentee-school@demo.example");
        var menteeCluster = (await (await mentee.GetAsync($"/api/v1/programmes/{programmeId}/participants")).JsonAsync()).EnumerateArray()
            .Single(p => p.GetProperty("schoolId").GetString() == ProgramsDemo.LisbonMentees[0]).GetProperty("clusterId").GetString();
        Assert.Equal(id, menteeCluster);
        var start = await (await mentee.GetAsync("/")).Content.ReadAsStringAsync();
        Assert.Contains($"href=\"/clusters/{id}\">Rede &lt;b&gt;Tejo&lt;/b&gt; &amp; Mar<", start);

        // Outcomes by cluster are headed and exported with the names, not ids.
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var outcomes = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/outcomes?by=cluster")).JsonAsync();
        if (outcomes.EnumerateArray().Any(s => s.GetProperty("scopeId").GetString() == id))
        {
            Assert.Equal(name, outcomes.EnumerateArray().Single(s => s.GetProperty("scopeId").GetString() == id).GetProperty("name").GetString());
            var csv = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/outcomes/export?by=cluster&format=csv")).Content.ReadAsStringAsync();
            Assert.Contains($"cluster,{id},{name},", csv);
            var outcomesPage = await (await coordinator.GetAsync($"/programmes/{programmeId}/outcomes?by=cluster")).Content.ReadAsStringAsync();
            Assert.Contains("Rede &lt;b&gt;Tejo&lt;/b&gt; &amp; Mar", outcomesPage);
            Assert.DoesNotContain($">{id}<", outcomesPage);
        }
        else
        {
            Assert.All(outcomes.EnumerateArray(), s => Assert.NotEqual(s.GetProperty("scopeId").GetString(), s.GetProperty("name").GetString()));
        }
    }
}
