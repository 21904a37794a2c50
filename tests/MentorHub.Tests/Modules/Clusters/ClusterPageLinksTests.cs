using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Modules.Clusters;

/// <summary>The cluster page links to the cluster's activity pages only for those the pages will serve.</summary>
[Trait("Category", Category.Integration)]
public sealed class ClusterPageLinksTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("mentee-school@demo.example", true)]
    [InlineData("teacher@demo.example", true)]
    [InlineData("coordinator@demo.example", true)]
    [InlineData("researcher@demo.example", false)]
    [InlineData("policy@demo.example", false)]
    public async Task Activity_links_show_for_who_may_open_them(string email, bool links)
    {
        var mentee = await app.SignedInAsync("mentee-school@demo.example");
        var clusterId = await Journey.JourneyApiTests.DemoClusterAsync(mentee);
        var client = await app.SignedInAsync(email);
        var page = await client.GetAsync($"/clusters/{clusterId}");
        var html = await page.Content.ReadAsStringAsync();
        if (!page.IsSuccessStatusCode || !html.Contains("<h1", StringComparison.Ordinal))
        {
            Assert.Fail($"{email}: the cluster page answered {(int)page.StatusCode}");
        }
        Assert.Equal(links, html.Contains($"href=\"/clusters/{clusterId}/activities\"", StringComparison.Ordinal));
        var activities = await client.GetAsync($"/clusters/{clusterId}/activities");
        var body = await activities.Content.ReadAsStringAsync();
        // Where the link shows, the page serves the activities; where it does not, the page refuses.
        Assert.Equal(links, activities.IsSuccessStatusCode && !body.Contains("role=\"alert\"", StringComparison.Ordinal));
    }
}
