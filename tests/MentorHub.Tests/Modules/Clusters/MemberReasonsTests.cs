using System.Net;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Programs;

namespace MentorHub.Tests.Modules.Clusters;

/// <summary>Why a school joined or left a cluster reads in the page's language; what a person typed stays as typed.</summary>
[Trait("Category", Category.Integration)]
public sealed class MemberReasonsTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_cluster_page_says_why_schools_joined_in_portuguese()
    {
        var mentor = await app.SignedInAsync("mentor-school@demo.example");
        var programmeId = await ClusterTestData.DemoProgrammeIdAsync(mentor);
        var clusters = (await (await mentor.GetAsync($"/api/v1/programmes/{programmeId}/clusters")).JsonAsync()).EnumerateArray().ToList();
        var id = clusters.Single(c => c.GetProperty("mentorSchoolId").GetString() == ProgramsDemo.LisbonMentors[0]).GetProperty("id").GetString();

        var pt = WebUtility.HtmlDecode(await mentor.GetStringAsync($"/clusters/{id}?lang=pt"));
        var en = WebUtility.HtmlDecode(await mentor.GetStringAsync($"/clusters/{id}?lang=en"));

        Assert.Contains("proposed by the optimiser", en);
        Assert.DoesNotContain("proposed by the optimiser", pt);
        Assert.Contains("proposta pelo otimizador", pt);
    }
}
