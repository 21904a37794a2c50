using System.Net;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Modules.SelfAssessment.ShareReports;

/// <summary>The cluster's needs side by side (ADR 0016): whose columns show numbers, on SQLite and on PostgreSQL.</summary>
[Trait("Category", Category.Integration)]
public sealed class ClusterNeedsApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Columns_show_only_what_each_reader_may_read_and_never_a_hidden_cell()
    {
        var demo = await SharingDemo.LoadAsync(app);
        var school = await app.SignedInAsync("mentee-school@demo.example");
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var mentor = await app.SignedInAsync("mentor-school@demo.example");
        var teacher = await app.SignedInAsync("teacher@demo.example");
        var researcher = await app.SignedInAsync("researcher@demo.example");
        var otherMentor = await SharingDemo.PersonAsync(app, "school-coordinator", "school", demo.OtherMentor);
        var url = $"/api/v1/clusters/{demo.Cluster}/needs";

        var all = await (await coordinator.GetAsync(url)).JsonAsync();
        Assert.Equal(demo.Mentor, all.GetProperty("schools")[0].GetProperty("schoolId").GetString());
        Assert.Equal(7, all.GetProperty("areas").GetArrayLength());
        var featured = Column(all, demo.School);
        Assert.Equal("shown", featured.GetProperty("status").GetString());
        Assert.All(all.GetProperty("schools").EnumerateArray(), s => Assert.NotEqual("not-shared", s.GetProperty("status").GetString()));
        AssertNoNumberUnlessShown(all);

        // The demo shares the featured school's latest report with its mentor school and its own staff.
        await SharingDemo.ShareAsync(school, featured.GetProperty("roundId").GetString()!, true, true);
        foreach (var reader in new[] { mentor, teacher })
        {
            var view = await (await reader.GetAsync(url)).JsonAsync();
            AssertNoNumberUnlessShown(view);
            Assert.Equal(featured.GetProperty("cells").GetRawText(), Column(view, demo.School).GetProperty("cells").GetRawText());
            Assert.Equal(featured.GetProperty("weakestAreaIds").GetRawText(), Column(view, demo.School).GetProperty("weakestAreaIds").GetRawText());
        }
        foreach (var reader in new[] { researcher, otherMentor })
        {
            var view = await (await reader.GetAsync(url)).JsonAsync();
            AssertNoNumberUnlessShown(view);
            Assert.All(view.GetProperty("schools").EnumerateArray(), s => Assert.Equal("not-shared", s.GetProperty("status").GetString()));
        }

        // Chosen areas: the others read "not shared", and weakest areas and the gap come from the shared ones.
        string[] chosen = [demo.Areas[1], demo.Areas[5]];
        await SharingDemo.ShareAsync(school, featured.GetProperty("roundId").GetString()!, true, false, chosen);
        var part = Column(await (await mentor.GetAsync(url)).JsonAsync(), demo.School);
        Assert.Equal(chosen, part.GetProperty("sharedAreaIds").EnumerateArray().Select(a => a.GetString()));
        foreach (var cell in part.GetProperty("cells").EnumerateArray())
        {
            var area = cell.GetProperty("areaId").GetString();
            var whole = featured.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("areaId").GetString() == area);
            Assert.Equal(chosen.Contains(area) ? whole.GetRawText() : $$"""{"areaId":"{{area}}","status":"not-shared","mean":null,"leadersMean":null,"teachersMean":null,"gap":null}""", cell.GetRawText());
        }
        Assert.All(part.GetProperty("weakestAreaIds").EnumerateArray(), a => Assert.Contains(a.GetString(), chosen));
        if (part.GetProperty("largestGap").ValueKind == JsonValueKind.Object)
        {
            Assert.Contains(part.GetProperty("largestGap").GetProperty("areaId").GetString(), chosen);
        }
        // Shared with the mentor school, the means show to the whole cluster's staff, the school's own teachers included;
        // the report itself stays theirs only when shared with the staff.
        Assert.Equal(part.GetRawText(), Column(await (await teacher.GetAsync(url)).JsonAsync(), demo.School).GetRawText());
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync($"/api/v1/rounds/{featured.GetProperty("roundId").GetString()}/report")).StatusCode);

        var page = await (await mentor.GetAsync($"/clusters/{demo.Cluster}")).Content.ReadAsStringAsync();
        Assert.Contains("id=\"cluster-needs\"", page, StringComparison.Ordinal);
        Assert.Contains("Not shared with you", page, StringComparison.Ordinal);

        await SharingDemo.ShareAsync(school, featured.GetProperty("roundId").GetString()!, false, false);
        Assert.Equal("not-shared", Column(await (await mentor.GetAsync(url)).JsonAsync(), demo.School).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/api/v1/clusters/{Guid.NewGuid()}/needs")).StatusCode);
    }

    private static JsonElement Column(JsonElement needs, string schoolId) =>
        needs.GetProperty("schools").EnumerateArray().Single(s => s.GetProperty("schoolId").GetString() == schoolId);

    private static void AssertNoNumberUnlessShown(JsonElement needs)
    {
        foreach (var school in needs.GetProperty("schools").EnumerateArray())
        {
            foreach (var cell in school.GetProperty("cells").EnumerateArray())
            {
                var shown = cell.GetProperty("status").GetString() == "shown";
                Assert.Equal(shown, cell.GetProperty("mean").ValueKind == JsonValueKind.Number);
                if (!shown)
                {
                    Assert.All(new[] { "leadersMean", "teachersMean", "gap" }, f => Assert.Equal(JsonValueKind.Null, cell.GetProperty(f).ValueKind));
                }
            }
            if (school.GetProperty("status").GetString() != "shown")
            {
                Assert.Equal(0, school.GetProperty("weakestAreaIds").GetArrayLength());
                Assert.Equal(JsonValueKind.Null, school.GetProperty("largestGap").ValueKind);
                Assert.Equal(JsonValueKind.Null, school.GetProperty("roundId").ValueKind);
            }
        }
    }
}
