using System.Text.Json;
using Microsoft.Playwright;

namespace MentorHub.BrowserTests;

/// <summary>
/// Every page of the app, as the national coordinator (who may see them all) and signed out, is
/// scanned by axe; all serious or critical findings are reported together, page by page.
/// </summary>
public sealed class AccessibilitySweepTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Every_page_has_no_serious_or_critical_axe_violation()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "coordinator@demo.example");
        var programmeId = (await FetchAsync(page, "/api/v1/programmes"))
            .EnumerateArray().First(p => p.GetProperty("country").GetString() == "PT").GetProperty("id").GetString();
        var hubId = (await FetchAsync(page, $"/api/v1/programmes/{programmeId}/hubs")).EnumerateArray().First().GetProperty("id").GetString();
        var clusterId = (await FetchAsync(page, $"/api/v1/programmes/{programmeId}/clusters")).EnumerateArray().First().GetProperty("id").GetString();
        const string School = "PT-277629";
        var roundId = (await FetchAsync(page, $"/api/v1/schools/{School}/rounds")).EnumerateArray().First().GetProperty("id").GetString();

        string[] signedIn =
        [
            "/", "/programmes", $"/programmes/{programmeId}", $"/programmes/{programmeId}/clusters",
            $"/programmes/{programmeId}/cluster-requests", $"/programmes/{programmeId}/cluster-proposals",
            $"/programmes/{programmeId}/self-assessment", $"/programmes/{programmeId}/self-assessment/change", $"/programmes/{programmeId}/outcomes", $"/hubs/{hubId}", $"/clusters/{clusterId}",
            "/schools", $"/schools/{School}", "/people",
            $"/schools/{School}/rounds", $"/rounds/{roundId}/invitations", $"/rounds/{roundId}/report", "/no-such-page", "/api-docs",
            // Portuguese texts run longer; a few pages again in Portuguese.
            $"/programmes/{programmeId}?lang=pt", $"/programmes/{programmeId}/outcomes?by=mode&lang=pt", $"/programmes/{programmeId}/self-assessment/change?lang=pt",
        ];
        var failures = new List<string>();
        foreach (var path in signedIn)
        {
            await ScanAsync(page, path, failures);
        }

        var signedOut = await app.NewPageAsync(390, 844);
        foreach (var path in new[] { "/account/login", "/account/forgot-password", "/s/no-such-link", "/api-docs?lang=pt" })
        {
            await ScanAsync(signedOut, path, failures);
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private async Task ScanAsync(IPage page, string path, List<string> failures)
    {
        await page.GotoAsync(app.BaseUrl + path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var name = "a11y" + (path == "/" ? "-home" : string.Concat(path.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => "-" + (Guid.TryParse(s, out _) ? "id" : s))))
            + (path.Contains("lang=pt", StringComparison.Ordinal) ? "-pt" : "");
        await BrowserFixture.ScreenshotAsync(page, name);
        try
        {
            await BrowserFixture.AssertAccessibleAsync(page);
        }
        catch (Xunit.Sdk.XunitException e)
        {
            failures.Add(e.Message);
        }
    }

    private static Task<JsonElement> FetchAsync(IPage page, string url) =>
        page.EvaluateAsync<JsonElement>($"async () => (await fetch('{url}')).json()");
}
