using System.Net;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Clusters.Domain;
using MentorHub.Web.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace MentorHub.Tests.Modules.Clusters;

/// <summary>The proposal page follows a run through its row; a run whose instance went away is reported lost, not awaited for ever.</summary>
[Trait("Category", Category.Integration)]
public sealed class ProposalRunPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public void A_run_is_lost_once_its_heartbeat_is_older_than_thirty_seconds()
    {
        var now = new DateTime(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);
        var run = new ProposalRun { SettingsJson = "{}", StartedAt = now.AddMinutes(-5), HeartbeatAt = now.AddSeconds(-10) };
        Assert.False(run.IsLost(now));
        Assert.True(run.IsLost(now.AddSeconds(21)));
        Assert.True(new ProposalRun { SettingsJson = "{}", StartedAt = now.AddSeconds(-31) }.IsLost(now));
        Assert.False(new ProposalRun { SettingsJson = "{}", StartedAt = now.AddMinutes(-5), FinishedAt = now.AddMinutes(-4) }.IsLost(now));
    }

    [Fact]
    public async Task The_page_says_a_silent_run_is_lost_and_keeps_following_a_live_one()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await ClusterTestData.DemoProgrammeIdAsync(coordinator);
        var settings = JsonSerializer.Serialize(new { capacity = 4, maxDistanceKm = 50 });
        var silent = new ProposalRun { ProgrammeId = Guid.Parse(programmeId), SettingsJson = settings, StartedAt = DateTime.UtcNow.AddMinutes(-2), HeartbeatAt = DateTime.UtcNow.AddMinutes(-1) };
        var live = new ProposalRun { ProgrammeId = Guid.Parse(programmeId), SettingsJson = settings, StartedAt = DateTime.UtcNow.AddMinutes(-2), HeartbeatAt = DateTime.UtcNow };
        using (var scope = app.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.AddRange(silent, live);
            await db.SaveChangesAsync();
        }

        var lostResponse = await coordinator.GetAsync($"/programmes/{programmeId}/cluster-proposals?run={silent.Id}");
        Assert.Equal(HttpStatusCode.OK, lostResponse.StatusCode);
        var lost = WebUtility.HtmlDecode(await lostResponse.Content.ReadAsStringAsync());
        Assert.Contains("This run did not finish", lost);
        Assert.DoesNotContain("http-equiv=\"refresh\"", lost);

        var followingResponse = await coordinator.GetAsync($"/programmes/{programmeId}/cluster-proposals?run={live.Id}");
        Assert.Equal(HttpStatusCode.OK, followingResponse.StatusCode);
        var following = WebUtility.HtmlDecode(await followingResponse.Content.ReadAsStringAsync());
        Assert.DoesNotContain("This run did not finish", following);
        // Still followed: the page refreshes itself and shows the run's stage.
        Assert.Contains("http-equiv=\"refresh\"", following);
        Assert.Contains("Checking the settings and the schools", following);
    }
}
