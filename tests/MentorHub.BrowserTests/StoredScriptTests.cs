using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace MentorHub.BrowserTests;

/// <summary>
/// A school registered with markup for a name (the registry import takes any text) is shown as text
/// on every page and script that shows it, and the Content-Security-Policy the app sends lets its own
/// scripts (Leaflet, chart.js, the page scripts) run without a single violation.
/// </summary>
public sealed class StoredScriptTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private const string SchoolId = "PT-XSS001";
    private const string Payload = "<img src=x onerror=window.__xss=1><script>window.__xss=1</script>\"'><svg onload=window.__xss=1> Escola";

    [Fact]
    public async Task A_school_named_with_markup_is_shown_as_text_and_runs_no_script_on_any_page()
    {
        using var api = await AdminApiAsync();
        var programmeId = (await GetJsonAsync(api, "/api/v1/programmes")).EnumerateArray()
            .First(p => p.GetProperty("country").GetString() == "PT").GetProperty("id").GetString();
        var hubId = (await GetJsonAsync(api, $"/api/v1/programmes/{programmeId}/hubs")).EnumerateArray()
            .First(h => h.GetProperty("name").GetString() == "Hub Regional de Lisboa").GetProperty("id").GetString();

        // The payload, as a coordinator's registry file would carry it (quoted CSV).
        var csv = "id,name,country,region,municipality,level,pupils,latitude,longitude\n"
            + $"{SchoolId},\"{Payload.Replace("\"", "\"\"", StringComparison.Ordinal)}\",PT,Lisboa,Lisboa,upper_secondary,500,38.7301,-9.1502\n";
        await SucceedsAsync(await api.PostAsync("/api/v1/schools/import", new StringContent(csv, Encoding.UTF8, "text/csv")));
        await SucceedsAsync(await api.PostAsJsonAsync($"/api/v1/programmes/{programmeId}/participants",
            new { schoolId = SchoolId, role = "mentee", status = "active", hubId }));

        // Into a cluster: the optimiser places it, the proposal is accepted.
        var proposal = await (await api.PostAsJsonAsync($"/api/v1/programmes/{programmeId}/cluster-proposals",
            new { capacity = 6, hubId, weights = new { distance = 1 } })).Content.ReadFromJsonAsync<JsonElement>();
        var proposalId = proposal.GetProperty("id").GetString();
        Assert.Contains(proposal.GetProperty("assignments").EnumerateArray(), a => a.GetProperty("menteeSchoolId").GetString() == SchoolId);
        await SucceedsAsync(await api.PostAsync($"/api/v1/cluster-proposals/{proposalId}/accept", null));
        var clusterId = (await GetJsonAsync(api, $"/api/v1/programmes/{programmeId}/clusters")).EnumerateArray()
            .First(c => c.GetProperty("menteeSchoolIds").EnumerateArray().Any(m => m.GetString() == SchoolId)).GetProperty("id").GetString();

        // A self-assessment round of its own, for the report and the invitations.
        var instrumentId = (await GetJsonAsync(api, "/api/v1/instruments")).EnumerateArray()
            .First(i => i.GetProperty("purpose").GetString() == "self-assessment").GetProperty("id").GetString();
        var opened = await api.PostAsJsonAsync($"/api/v1/schools/{SchoolId}/rounds",
            new { programmeId, instrumentId, opensAt = DateTime.UtcNow.AddDays(-1), closesAt = DateTime.UtcNow.AddDays(14) });
        await SucceedsAsync(opened);
        var roundId = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var page = await app.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"{page.Url}: console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"{page.Url}: script error: {error}");
        await app.SignInAsync(page, "coordinator@demo.example");

        string[] pages =
        [
            $"/schools/{SchoolId}", $"/schools?q={Uri.EscapeDataString("PT-XSS")}", $"/schools?q={Uri.EscapeDataString("Escola")}",
            $"/programmes/{programmeId}", $"/programmes/{programmeId}/clusters", $"/programmes/{programmeId}/cluster-proposals?proposal={proposalId}",
            $"/programmes/{programmeId}/cluster-requests", $"/clusters/{clusterId}", $"/hubs/{hubId}",
            $"/schools/{SchoolId}/rounds", $"/rounds/{roundId}/invitations", $"/rounds/{roundId}/report",
            $"/programmes/{programmeId}/self-assessment", $"/programmes/{programmeId}/self-assessment/change", $"/programmes/{programmeId}/outcomes?by=school",
        ];
        var shownOn = new List<string>();
        foreach (var path in pages)
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await OpenEveryMapTooltipAsync(page);
            var name = "xss" + string.Concat(path.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => "-" + (Guid.TryParse(s, out _) ? "id" : s)));
            await BrowserFixture.ScreenshotAsync(page, name);
            Assert.False(await page.EvaluateAsync<bool>("() => window.__xss === 1"), $"The school's name ran as script on {path}.");
            // The name as the reader sees it: the literal text, never an element made from it.
            Assert.Equal(0, await page.Locator("main img[src='x'], main svg[onload]").CountAsync());
            if ((await page.Locator("main").InnerTextAsync()).Contains("<img src=x onerror=window.__xss=1>", StringComparison.Ordinal))
            {
                shownOn.Add(path);
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        foreach (var mustShow in new[] { $"/schools/{SchoolId}", $"/programmes/{programmeId}", $"/programmes/{programmeId}/clusters", $"/clusters/{clusterId}", $"/rounds/{roundId}/report" })
        {
            Assert.Contains(mustShow, shownOn);
        }

        // The map's tooltip, where the name went in as HTML before: the literal text.
        await page.GotoAsync($"/programmes/{programmeId}/clusters");
        await OpenEveryMapTooltipAsync(page);
        var tooltips = await page.Locator(".leaflet-tooltip").AllTextContentsAsync();
        Assert.Contains(tooltips, t => t.Contains("<script>window.__xss=1</script>", StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator(".leaflet-tooltip img, .leaflet-tooltip script, .leaflet-tooltip svg").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "xss-map-tooltips");
        Assert.False(await page.EvaluateAsync<bool>("() => window.__xss === 1"));
    }

    [Fact]
    public async Task Charts_and_the_map_draw_under_the_content_security_policy()
    {
        var page = await app.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"{page.Url}: {message.Text}");
            }
        };
        var response = await page.GotoAsync("/account/login");
        var csp = await response!.HeaderValueAsync("content-security-policy");
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        await app.SignInAsync(page, "coordinator@demo.example");
        using var api = await AdminApiAsync();
        // The closed baseline round: its report has every chart.
        var roundId = (await GetJsonAsync(api, "/api/v1/schools/PT-277629/rounds")).EnumerateArray()
            .Where(r => r.GetProperty("status").GetString() == "closed").OrderBy(r => r.GetProperty("opensAt").GetDateTime()).First().GetProperty("id").GetString();

        await page.GotoAsync($"/rounds/{roundId}/report");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await BrowserFixture.ScreenshotAsync(page, "csp-report-charts");
        // chart.js drew: the canvas has a chart.
        Assert.True(await page.EvaluateAsync<bool>(
            "() => { const c = document.getElementById('report-bars'); if (!c || !window.Chart || !Chart.getChart(c)) return false; return true; }"),
            "The report's bar chart did not draw.");

        var programmeId = (await GetJsonAsync(api, "/api/v1/programmes")).EnumerateArray()
            .First(p => p.GetProperty("country").GetString() == "PT").GetProperty("id").GetString();
        await page.GotoAsync($"/programmes/{programmeId}/clusters");
        await Assertions.Expect(page.Locator("#clusters-map path.leaflet-interactive").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "csp-clusters-map");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Hovers every marker of every map on the page, so each tooltip is made.</summary>
    private static async Task OpenEveryMapTooltipAsync(IPage page) =>
        await page.EvaluateAsync("""
            () => document.querySelectorAll('.cluster-map path.leaflet-interactive').forEach(p => {
                p.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
            })
            """);

    private async Task<HttpClient> AdminApiAsync()
    {
        var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "admin@demo.example", password = "mentorhub-demo" });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task SucceedsAsync(HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }
}
