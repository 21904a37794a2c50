using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Testing;
using MentorHub.Web.Modules.Clusters.Domain;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Demo;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentorHub.Tests.Modules.Clusters;

/// <summary>
/// Run, Pin and Forbid on the proposal page post, then redirect to the run. A run already done when
/// the browser follows (the fast path) redirects on to its proposal; one still working (the slow
/// path) shows its progress and then does the same. Every step answers without a 500.
/// </summary>
[Trait("Category", Category.Integration)]
public sealed class ProposalPageRedirectTests(ProposalPageRedirectTests.GatedRunsFixture fixture) : IClassFixture<ProposalPageRedirectTests.GatedRunsFixture>
{
    [Fact]
    public void The_tests_run_with_the_apps_runtime_switches()
    {
        // The switch that decides whether NavigateTo stops the page; the app and its tests must agree.
        Assert.NotEmpty(AppRuntimeSwitches.Applied);
        foreach (var (name, value) in AppRuntimeSwitches.Applied)
        {
            Assert.True(AppContext.TryGetSwitch(name, out var applied) && applied == value, name);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Run_redirects_to_the_run_and_then_to_its_proposal(bool slow)
    {
        var (client, programmeId) = await fixture.CoordinatorAsync();
        var response = await Submit(slow, () => HtmlForms.SubmitAsync(client, Page(programmeId), "run", RunFields()));
        await FollowToProposalAsync(client, programmeId, response, slow);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Pin_reruns_and_shows_the_pinned_pair(bool slow)
    {
        var (client, programmeId) = await fixture.CoordinatorAsync();
        var first = await ProposeAsync(client, programmeId);
        var moved = first.Assignments[0];
        var otherMentor = first.Assignments.Select(a => a.MentorSchoolId).First(m => m != moved.MentorSchoolId);

        var response = await Submit(slow, () => HtmlForms.SubmitAsync(client, Page(programmeId, first.Id), "adjust", new()
        {
            ["Adjust.ProposalId"] = first.Id.ToString(),
            ["Adjust.Action"] = "pin",
            ["Adjust.Mentee"] = moved.MenteeSchoolId,
            ["Adjust.Mentor"] = otherMentor,
        }));
        var second = await FollowToProposalAsync(client, programmeId, response, slow);

        Assert.NotEqual(first.Id, second.Id);
        var pinned = Assert.Single(second.Assignments, a => a.MenteeSchoolId == moved.MenteeSchoolId);
        Assert.Equal(otherMentor, pinned.MentorSchoolId);
        Assert.True(pinned.Pinned);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Forbid_reruns_without_the_forbidden_pair(bool slow)
    {
        var (client, programmeId) = await fixture.CoordinatorAsync();
        var first = await ProposeAsync(client, programmeId);
        var forbidden = first.Assignments[0];

        var response = await Submit(slow, () => HtmlForms.SubmitAsync(client, Page(programmeId, first.Id), "adjust", new()
        {
            ["Adjust.ProposalId"] = first.Id.ToString(),
            ["Adjust.Action"] = $"forbid|{forbidden.MenteeSchoolId}|{forbidden.MentorSchoolId}",
        }));
        var second = await FollowToProposalAsync(client, programmeId, response, slow);

        Assert.NotEqual(first.Id, second.Id);
        Assert.DoesNotContain(second.Assignments, a => a.MenteeSchoolId == forbidden.MenteeSchoolId && a.MentorSchoolId == forbidden.MentorSchoolId);
    }

    private static string Page(string programmeId, Guid? proposal = null) =>
        $"/programmes/{programmeId}/cluster-proposals" + (proposal is { } p ? $"?proposal={p}" : "");

    private static Dictionary<string, string> RunFields() => new()
    {
        ["Settings.HubId"] = "",
        ["Settings.Capacity"] = "4",
        ["Settings.MaxDistanceKm"] = "50",
        ["Settings.Distance"] = "1",
        ["Settings.Level"] = "20",
        ["Settings.Needs"] = "15",
        ["Settings.Priorities"] = "10",
    };

    /// <summary>On the slow path the run is held before it can finish, so the redirect finds it working.</summary>
    private async Task<HttpResponseMessage> Submit(bool slow, Func<Task<HttpResponseMessage>> post)
    {
        if (slow)
        {
            fixture.Gate.Close();
        }
        return await post();
    }

    /// <summary>Follows the post's redirect as a browser would, through the run's progress when it is slow, to the proposal.</summary>
    private async Task<ProposalBody> FollowToProposalAsync(HttpClient client, string programmeId, HttpResponseMessage posted, bool slow)
    {
        Assert.True(posted.StatusCode == HttpStatusCode.Redirect, $"The post answered {(int)posted.StatusCode}: {await posted.Content.ReadAsStringAsync()}");
        var runUrl = posted.Headers.Location!.OriginalString;
        Assert.Contains("?run=", runUrl, StringComparison.Ordinal);
        var runId = Guid.Parse(runUrl[(runUrl.IndexOf("?run=", StringComparison.Ordinal) + 5)..]);

        if (slow)
        {
            var working = await client.GetAsync(runUrl);
            var html = await working.Content.ReadAsStringAsync();
            Assert.True(working.StatusCode == HttpStatusCode.OK, $"The working run answered {(int)working.StatusCode}: {html}");
            Assert.Contains("http-equiv=\"refresh\"", html, StringComparison.Ordinal);
            Assert.Contains("Working…", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
            fixture.Gate.Open();
        }

        var proposalId = await fixture.WaitForProposalAsync(runId);
        var done = await client.GetAsync(runUrl);
        Assert.True(done.StatusCode == HttpStatusCode.Redirect, $"The finished run answered {(int)done.StatusCode}: {await done.Content.ReadAsStringAsync()}");
        var proposalUrl = done.Headers.Location!.OriginalString;
        Assert.Contains($"proposal={proposalId}", proposalUrl, StringComparison.Ordinal);

        var shown = await client.GetAsync(proposalUrl);
        var page = WebUtility.HtmlDecode(await shown.Content.ReadAsStringAsync());
        Assert.True(shown.StatusCode == HttpStatusCode.OK, $"The proposal answered {(int)shown.StatusCode}: {page}");
        Assert.Contains("<h2 id=\"result\">Proposal</h2>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("http-equiv=\"refresh\"", page, StringComparison.Ordinal);
        return await ProposalAsync(client, proposalId);
    }

    private async Task<ProposalBody> ProposeAsync(HttpClient client, string programmeId)
    {
        var posted = await HtmlForms.SubmitAsync(client, Page(programmeId), "run", RunFields());
        return await FollowToProposalAsync(client, programmeId, posted, slow: false);
    }

    private static async Task<ProposalBody> ProposalAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<ProposalBody>($"/api/v1/cluster-proposals/{id}"))!;

    public sealed record ProposalBody(Guid Id, IReadOnlyList<PairBody> Assignments);

    public sealed record PairBody(string MenteeSchoolId, string MentorSchoolId, bool Pinned);

    /// <summary>The app over the demo programme, with a gate in front of the optimiser's needs so a test can hold a run.</summary>
    public sealed class GatedRunsFixture : IAsyncLifetime
    {
        private readonly AppFixture app = new();
        private WebApplicationFactory<Program> factory = default!;

        internal OptimiserRunGate Gate { get; } = new();

        public async Task InitializeAsync()
        {
            await app.InitializeAsync();
            factory = app.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(Gate.InstallIn));
            _ = factory.Server;
        }

        public async Task DisposeAsync()
        {
            Gate.Open();
            await factory.DisposeAsync();
            await app.DisposeAsync();
        }

        public async Task<(HttpClient Client, string ProgrammeId)> CoordinatorAsync()
        {
            var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "coordinator@demo.example", password = DemoAccounts.Password });
            login.EnsureSuccessStatusCode();
            var token = await login.Content.ReadFromJsonAsync<AppFixture.TokenResponse>();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
            return (client, await ClusterTestData.DemoProgrammeIdAsync(client));
        }

        public async Task<Guid> WaitForProposalAsync(Guid runId)
        {
            for (var i = 0; i < 600; i++)
            {
                using (var scope = factory.Services.CreateScope())
                {
                    var run = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<ProposalRun>().AsNoTracking().SingleAsync(r => r.Id == runId);
                    Assert.Null(run.Error);
                    if (run.ProposalId is { } done)
                    {
                        return done;
                    }
                }
                await Task.Delay(100);
            }
            throw new TimeoutException($"Run {runId} did not finish within a minute.");
        }
    }
}
