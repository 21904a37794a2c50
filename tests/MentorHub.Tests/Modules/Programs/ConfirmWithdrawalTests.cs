using System.Net;
using MentorHub.Tests.Infrastructure;
using MentorHub.Tests.Modules.Clusters;
using MentorHub.Web.Modules.Programs;

namespace MentorHub.Tests.Modules.Programs;

/// <summary>
/// Withdrawing a school from a programme and a school leaving its cluster happen only once confirmed:
/// the first click shows a server-rendered question with Confirm and Cancel, in the page's language.
/// </summary>
[Trait("Category", Category.Integration)]
public sealed class ConfirmWithdrawalTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("en", "Are you sure you want to withdraw", "Yes, withdraw the school", "Cancel")]
    [InlineData("pt", "Tem a certeza de que quer retirar", "Sim, retirar a escola", "Cancelar")]
    public async Task Withdraw_asks_first_and_acts_only_on_confirm(string lang, string question, string confirm, string cancel)
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await ClusterTestData.DemoProgrammeIdAsync(coordinator);
        var school = lang == "en" ? ProgramsDemo.SetubalMentees[^1] : ProgramsDemo.SetubalMentees[^2];
        var url = $"/programmes/{programmeId}?lang={lang}";

        var asked = WebUtility.HtmlDecode(await HtmlForms.PostFormAsync(coordinator, url, "participant-status",
            new() { ["StatusInput.Choice"] = $"Withdrawn|{school}" }));

        Assert.Contains(question, asked, StringComparison.Ordinal);
        Assert.Contains($"name=\"StatusInput.Confirm\" value=\"Withdrawn|{school}\">{confirm}</button>", asked, StringComparison.Ordinal);
        Assert.Contains($"href=\"/programmes/{programmeId}#participants\">{cancel}</a>", asked, StringComparison.Ordinal);
        Assert.NotEqual("withdrawn", await StatusAsync(coordinator, programmeId, school));

        await HtmlForms.PostFormAsync(coordinator, url, "participant-status", new() { ["StatusInput.Confirm"] = $"Withdrawn|{school}" });

        Assert.Equal("withdrawn", await StatusAsync(coordinator, programmeId, school));
    }

    [Fact]
    public async Task Other_status_changes_need_no_confirmation()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await ClusterTestData.DemoProgrammeIdAsync(coordinator);
        var page = await (await coordinator.GetAsync($"/programmes/{programmeId}")).Content.ReadAsStringAsync();
        var choice = System.Text.RegularExpressions.Regex.Match(page, "name=\"StatusInput.Choice\" value=\"((?!Withdrawn)[A-Za-z]+)\\|([^\"]+)\"");
        Assert.True(choice.Success, "No status change other than withdrawal is offered.");

        var html = WebUtility.HtmlDecode(await HtmlForms.PostFormAsync(coordinator, $"/programmes/{programmeId}", "participant-status",
            new() { ["StatusInput.Choice"] = $"{choice.Groups[1].Value}|{choice.Groups[2].Value}" }));

        Assert.DoesNotContain("Are you sure", html, StringComparison.Ordinal);
        Assert.Equal(choice.Groups[1].Value.ToLowerInvariant(), await StatusAsync(coordinator, programmeId, WebUtility.HtmlDecode(choice.Groups[2].Value)));
    }

    [Theory]
    [InlineData("en", "leaves this cluster?", "Yes, leave the cluster", "Cancel")]
    [InlineData("pt", "sai deste cluster?", "Sim, sair do cluster", "Cancelar")]
    public async Task Leaving_a_cluster_asks_first_and_acts_only_on_confirm(string lang, string question, string confirm, string cancel)
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await ClusterTestData.DemoProgrammeIdAsync(coordinator);
        var clusters = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/clusters")).JsonAsync();
        var cluster = clusters.EnumerateArray().First(c => c.GetProperty("menteeSchoolIds").GetArrayLength() >= 2);
        var clusterId = cluster.GetProperty("id").GetString()!;
        var school = cluster.GetProperty("menteeSchoolIds")[lang == "en" ? 0 : 1].GetString()!;
        var url = $"/clusters/{clusterId}?lang={lang}";

        var asked = WebUtility.HtmlDecode(await HtmlForms.PostFormAsync(coordinator, url, "leave", new() { ["LeaveInput.SchoolId"] = school }));

        Assert.Contains(question, asked, StringComparison.Ordinal);
        Assert.Contains($"name=\"LeaveInput.Confirm\" value=\"{school}\">{confirm}</button>", asked, StringComparison.Ordinal);
        Assert.Contains($"href=\"/clusters/{clusterId}\">{cancel}</a>", asked, StringComparison.Ordinal);
        Assert.Contains(school, await MenteesAsync(coordinator, clusterId));

        var confirmed = await HtmlForms.SubmitAsync(coordinator, url, "leave", new() { ["LeaveInput.Confirm"] = school });

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.DoesNotContain(school, await MenteesAsync(coordinator, clusterId));
    }

    private static async Task<string?> StatusAsync(HttpClient client, string programmeId, string schoolId)
    {
        var participants = await (await client.GetAsync($"/api/v1/programmes/{programmeId}/participants")).JsonAsync();
        return participants.EnumerateArray().Single(p => p.GetProperty("schoolId").GetString() == schoolId).GetProperty("status").GetString();
    }

    private static async Task<List<string?>> MenteesAsync(HttpClient client, string clusterId)
    {
        var cluster = await (await client.GetAsync($"/api/v1/clusters/{clusterId}")).JsonAsync();
        return cluster.GetProperty("menteeSchoolIds").EnumerateArray().Select(x => x.GetString()).ToList();
    }
}
