using System.Net;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Programs;

namespace MentorHub.Tests.Platform;

/// <summary>The start page leads each person to their own work, from the roles they hold.</summary>
[Trait("Category", Category.Integration)]
public sealed class StartPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<string> HomeAsync(string email) =>
        WebUtility.HtmlDecode(await (await (await app.SignedInAsync(email)).GetAsync("/")).Content.ReadAsStringAsync());

    [Fact]
    public async Task Each_role_finds_its_own_work_first()
    {
        var coordinator = await HomeAsync("coordinator@demo.example");
        Assert.Contains("Your work", coordinator);
        Assert.Matches("href=\"/programmes/[0-9a-f-]{36}\">Escolas Mentoras", coordinator);

        var school = await HomeAsync("mentee-school@demo.example");
        Assert.Contains($"href=\"/schools/{ProgramsDemo.LisbonMentees[0]}/rounds\">Surveys of ", school);
        Assert.Matches("href=\"/clusters/[0-9a-f-]{36}\">Cluster ", school);

        var researcher = await HomeAsync("researcher@demo.example");
        Assert.Matches("href=\"/programmes/[0-9a-f-]{36}/outcomes\">", researcher);

        var hub = await HomeAsync("hub@demo.example");
        Assert.Matches("href=\"/hubs/[0-9a-f-]{36}\">", hub);

        var admin = await HomeAsync("admin@demo.example");
        Assert.DoesNotContain("Your work", admin);
        Assert.Contains("href=\"/programmes\"", admin);
    }
}
