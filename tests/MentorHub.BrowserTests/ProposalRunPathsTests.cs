using System.Text.RegularExpressions;
using MentorHub.Testing;
using MentorHub.Web.Modules.Programs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MentorHub.BrowserTests;

/// <summary>
/// Run, Pin and Forbid on the proposal page reach the new proposal on both paths: the run already done
/// when the browser follows the post's redirect (fast), and the run still working, shown with its
/// progress until the page refreshes to the proposal (slow).
/// </summary>
public sealed class ProposalRunPathsTests(ProposalRunPathsTests.GatedRunsFixture app) : IClassFixture<ProposalRunPathsTests.GatedRunsFixture>
{
    private const string Optimal = "This is the exact optimum under the rules.";

    [Fact]
    public async Task Run_pin_and_forbid_reach_the_proposal_when_the_run_is_done_at_the_redirect_and_when_it_is_still_working()
    {
        var page = await app.NewPageAsync();
        var serverErrors = new List<string>();
        page.Response += (_, r) =>
        {
            if (r.Status >= 500)
            {
                serverErrors.Add($"{r.Status} {r.Url}");
            }
        };
        // Fast path, made certain: the answer to the post (a redirect to the run) reaches the browser
        // only once the run is done. The browser's own request for the run cannot be held instead:
        // requests that follow a redirect are not routed.
        var fast = true;
        var runAnswers = new List<int>();
        await page.RouteAsync(url => url.Contains("/cluster-proposals", StringComparison.Ordinal), async route =>
        {
            if (!fast || route.Request.Method != "POST")
            {
                await route.ContinueAsync();
                return;
            }
            var posted = await route.FetchAsync(new() { MaxRedirects = 0 });
            if (posted.Headers.TryGetValue("location", out var runUrl) && runUrl.Contains("?run=", StringComparison.Ordinal))
            {
                for (var attempt = 0; attempt < 300; attempt++)
                {
                    var run = await page.Context.APIRequest.GetAsync(runUrl, new() { MaxRedirects = 0 });
                    if (run.Status != 200)
                    {
                        runAnswers.Add(run.Status);
                        break;
                    }
                    await Task.Delay(100);
                }
            }
            await route.FulfillAsync(new() { Response = posted });
        });

        await app.SignInAsync(page, "coordinator@demo.example");
        await page.GetByRole(AriaRole.Link, new() { Name = "Programmes" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Escolas Mentoras 2026–2027" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Clusters", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Propose clusters" }).ClickAsync();
        await page.GetByLabel("Hub", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Hub Regional de Lisboa" });

        // Fast path: Run, Pin, Forbid.
        await page.GetByRole(AriaRole.Button, new() { Name = "Run the optimiser" }).ClickAsync();
        await ExpectProposalAsync(page);
        await PinAsync(page, ProgramsDemo.LisbonMentees[0], ProgramsDemo.LisbonMentors[2]);
        await ForbidFirstPairAsync(page);
        Assert.Equal([302, 302, 302], runAnswers);
        await BrowserFixture.ScreenshotAsync(page, "clusters-proposal-fast-path");

        // Slow path: each run is held while the page shows its progress, then let go.
        fast = false;
        await WhileHeldAsync(page, "clusters-proposal-slow-path-working", () =>
            page.GetByRole(AriaRole.Button, new() { Name = "Run the optimiser" }).ClickAsync());
        await ExpectProposalAsync(page);
        await WhileHeldAsync(page, null, () => PinAsync(page, ProgramsDemo.LisbonMentees[1], ProgramsDemo.LisbonMentors[1], expectResult: false));
        await Assertions.Expect(page.Locator("#pins")).ToHaveValueAsync(Line(ProgramsDemo.LisbonMentees[1], ProgramsDemo.LisbonMentors[1]));
        await ExpectProposalAsync(page);
        await WhileHeldAsync(page, null, () => ForbidFirstPairAsync(page, expectResult: false));
        await ExpectProposalAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "clusters-proposal-slow-path-done");

        Assert.Empty(serverErrors);
    }

    private async Task WhileHeldAsync(IPage page, string? screenshot, Func<Task> act)
    {
        app.Gate.Close();
        try
        {
            await act();
            await Assertions.Expect(page.Locator("#run-title")).ToHaveTextAsync("Working…");
            Assert.Contains("?run=", page.Url, StringComparison.Ordinal);
            if (screenshot is not null)
            {
                // No axe scan here: the page reloads itself every second while the run works.
                await BrowserFixture.ScreenshotAsync(page, screenshot);
            }
        }
        finally
        {
            app.Gate.Open();
        }
    }

    /// <summary>A line "mentee > mentor" among the others of a pins or forbids box.</summary>
    private static Regex Line(string mentee, string mentor) => new($"(^|\\n){Regex.Escape($"{mentee} > {mentor}")}(\\n|$)");

    private static async Task ExpectProposalAsync(IPage page)
    {
        await Assertions.Expect(page.GetByText(Optimal)).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#run-title")).ToHaveCountAsync(0);
        Assert.Contains("?proposal=", page.Url, StringComparison.Ordinal);
    }

    private static async Task PinAsync(IPage page, string mentee, string mentor, bool expectResult = true)
    {
        await page.GetByLabel("Mentee school", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = mentee });
        await page.GetByLabel("Mentor school", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = mentor });
        await page.GetByRole(AriaRole.Button, new() { Name = "Pin and run again" }).ClickAsync();
        if (expectResult)
        {
            await ExpectProposalAsync(page);
            await Assertions.Expect(page.Locator("#pins")).ToHaveValueAsync(Line(mentee, mentor));
            await Assertions.Expect(page.GetByText("pinned", new() { Exact = true })).ToBeVisibleAsync();
        }
    }

    private static async Task ForbidFirstPairAsync(IPage page, bool expectResult = true)
    {
        var forbid = page.Locator("button[value^='forbid|']").First;
        var pair = (await forbid.GetAttributeAsync("value"))!.Split('|');
        await forbid.ClickAsync();
        if (expectResult)
        {
            await ExpectProposalAsync(page);
        }
        else
        {
            return;
        }
        await Assertions.Expect(page.Locator("#forbids")).ToHaveValueAsync(Line(pair[1], pair[2]));
        await Assertions.Expect(page.Locator($"button[value='forbid|{pair[1]}|{pair[2]}']")).ToHaveCountAsync(0);
    }

    /// <summary>The browser fixture with a gate in front of the optimiser's needs, so a test can hold a run.</summary>
    public sealed class GatedRunsFixture : BrowserFixture
    {
        internal OptimiserRunGate Gate { get; } = new();

        protected override void ConfigureServices(IServiceCollection services) => Gate.InstallIn(services);
    }
}
