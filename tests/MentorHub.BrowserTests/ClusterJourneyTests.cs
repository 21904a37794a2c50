using System.Text.Json;
using MentorHub.Web.Modules.Programs;
using Microsoft.Playwright;

namespace MentorHub.BrowserTests;

/// <summary>Clusters formed both ways in the demo programme, with screenshots of the map.</summary>
public sealed class ClusterJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Coordinator_forms_clusters_top_down_with_one_manual_change()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "coordinator@demo.example");
        await page.GetByRole(AriaRole.Link, new() { Name = "Programmes" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Escolas Mentoras 2026–2027" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Clusters", Exact = true }).ClickAsync();

        // No tile server is configured: the markers and links still draw on a plain background.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Clusters");
        await Assertions.Expect(page.Locator("#clusters-map path.leaflet-interactive").First).ToBeVisibleAsync();
        Assert.True(await page.Locator("#clusters-map path.leaflet-interactive").CountAsync() >= 30);
        await BrowserFixture.ScreenshotAsync(page, "clusters-01-programme-map");
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Propose clusters" }).ClickAsync();
        await page.GetByLabel("Hub", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Hub Regional de Lisboa" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Run the optimiser" }).ClickAsync();
        await Assertions.Expect(page.GetByText("This is the exact optimum under the rules.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#proposal-map path.leaflet-interactive").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "clusters-02-proposal");
        await BrowserFixture.AssertAccessibleAsync(page);

        // A pin naming a school outside the run fails with a clear message and keeps the settings.
        await page.GetByLabel("Pinned pairs").FillAsync("PT-000000 > " + ProgramsDemo.LisbonMentors[0]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Run the optimiser" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("not a mentee school of this run");
        await Assertions.Expect(page.Locator("#pins")).ToHaveValueAsync("PT-000000 > " + ProgramsDemo.LisbonMentors[0]);
        await page.GetByLabel("Pinned pairs").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run the optimiser" }).ClickAsync();
        await Assertions.Expect(page.GetByText("This is the exact optimum under the rules.")).ToBeVisibleAsync();

        // One manual change: move a mentee to another mentor (a pin), and run again.
        var mentee = ProgramsDemo.LisbonMentees[0];
        var mentor = ProgramsDemo.LisbonMentors[2];
        await page.GetByLabel("Mentee school", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = mentee });
        await page.GetByLabel("Mentor school", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = mentor });
        await page.GetByRole(AriaRole.Button, new() { Name = "Pin and run again" }).ClickAsync();
        await Assertions.Expect(page.Locator("#pins")).ToHaveValueAsync($"{mentee} > {mentor}");
        await Assertions.Expect(page.GetByText("pinned", new() { Exact = true })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "clusters-03-proposal-with-pin");

        await page.GetByRole(AriaRole.Button, new() { Name = "Accept and form these clusters" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The proposal is accepted");
        await BrowserFixture.ScreenshotAsync(page, "clusters-04-accepted");

        var clusters = await JsonAsync(page, $"/api/v1/programmes/{ProgrammeId(page)}/clusters");
        var cluster = clusters.EnumerateArray().Single(c => c.GetProperty("mentorSchoolId").GetString() == mentor);
        Assert.Contains(mentee, cluster.GetProperty("menteeSchoolIds").EnumerateArray().Select(x => x.GetString()));

        // The cluster itself: members over time and its shared space.
        await page.Locator($"a[href='/clusters/{cluster.GetProperty("id").GetString()}']").ClickAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Moodle: Escolas Mentoras");
        await page.GetByLabel("Address (https://…)").FillAsync("https://moodle.example.org/course/7");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Moodle: Escolas Mentoras" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "clusters-05-cluster-page");
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Schools_form_a_cluster_bottom_up_and_the_hub_approves()
    {
        // The demo leaves the last Setúbal mentee (by id) free and the third mentor with one seat.
        var mentorSchool = ProgramsDemo.SetubalMentors.Order(StringComparer.Ordinal).ElementAt(2);
        var menteeSchool = ProgramsDemo.SetubalMentees.Order(StringComparer.Ordinal).Last();

        var mentor = await app.NewPageAsync();
        await app.SignInAsync(mentor, "mentor-school@demo.example");
        await mentor.GetByRole(AriaRole.Link, new() { Name = "Programmes" }).First.ClickAsync();
        await mentor.GetByRole(AriaRole.Link, new() { Name = "Escolas Mentoras 2026–2027" }).ClickAsync();
        await mentor.GetByRole(AriaRole.Link, new() { Name = "Clusters", Exact = true }).ClickAsync();
        await mentor.GetByRole(AriaRole.Link, new() { Name = "Clusters formed by schools" }).ClickAsync();
        var requestsUrl = mentor.Url;
        await mentor.GetByLabel("Pair", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = $"{mentorSchool}|{menteeSchool}" });
        await mentor.GetByLabel("Message", new() { Exact = true }).FillAsync("We would be glad to have you in our cluster.");
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(mentor.GetByRole(AriaRole.Status)).ToContainTextAsync("Request sent");
        await BrowserFixture.ScreenshotAsync(mentor, "clusters-06-invitation-sent");
        await BrowserFixture.AssertAccessibleAsync(mentor);

        var mentee = await app.NewPageAsync();
        await app.SignInAsync(mentee, "mentee-school@demo.example");
        await mentee.GotoAsync(requestsUrl);
        await mentee.Locator("button[value^='accept|']").ClickAsync();
        await Assertions.Expect(mentee.GetByRole(AriaRole.Status)).ToContainTextAsync("Accepted");

        var hub = await app.NewPageAsync();
        await app.SignInAsync(hub, "hub@demo.example");
        await hub.GotoAsync(requestsUrl);
        var requests = await JsonAsync(hub, $"/api/v1/programmes/{ProgrammeId(hub)}/cluster-requests");
        var id = requests.EnumerateArray().Single(r => r.GetProperty("menteeSchoolId").GetString() == menteeSchool
            && r.GetProperty("status").GetString() == "accepted").GetProperty("id").GetString();
        await hub.Locator($"button[value='approve|{id}']").ClickAsync();
        await Assertions.Expect(hub.GetByRole(AriaRole.Status)).ToContainTextAsync("Approved");
        await BrowserFixture.ScreenshotAsync(hub, "clusters-07-approved");

        await hub.GotoAsync(requestsUrl.Replace("cluster-requests", "clusters", StringComparison.Ordinal));
        await Assertions.Expect(hub.Locator("#clusters-map path.leaflet-interactive").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(hub, "clusters-08-map-after-bottom-up");
        var clusters = await JsonAsync(hub, $"/api/v1/programmes/{ProgrammeId(hub)}/clusters");
        Assert.Contains(menteeSchool, clusters.EnumerateArray().Single(c => c.GetProperty("mentorSchoolId").GetString() == mentorSchool)
            .GetProperty("menteeSchoolIds").EnumerateArray().Select(x => x.GetString()));
    }

    private static string ProgrammeId(IPage page) => new Uri(page.Url).Segments[2].TrimEnd('/');

    private static async Task<JsonElement> JsonAsync(IPage page, string url)
    {
        var response = await page.Context.APIRequest.GetAsync(url);
        Assert.True(response.Ok, $"{url}: {response.Status}");
        return JsonDocument.Parse(await response.TextAsync()).RootElement;
    }
}
