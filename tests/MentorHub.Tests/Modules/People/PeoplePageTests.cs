using System.Net;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Modules.People;

[Trait("Category", Category.Integration)]
public sealed class PeoplePageTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_coordinator_finds_people_by_name_or_email_whatever_the_case()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var byName = WebUtility.HtmlDecode(await (await coordinator.GetAsync("/people?q=TERESA")).Content.ReadAsStringAsync());
        Assert.Contains("Teresa Professora", byName);
        Assert.DoesNotContain("Marta Mentora", byName);
        Assert.Contains("People found: 1", byName);

        var byEmail = WebUtility.HtmlDecode(await (await coordinator.GetAsync("/people?q=mentor-school@")).Content.ReadAsStringAsync());
        Assert.Contains("Marta Mentora", byEmail);
        Assert.DoesNotContain("Teresa Professora", byEmail);

        var none = WebUtility.HtmlDecode(await (await coordinator.GetAsync("/people?q=nobody-at-all&page=7")).Content.ReadAsStringAsync());
        Assert.Contains("Nobody you can see matches \"nobody-at-all\".", none);

        var all = WebUtility.HtmlDecode(await (await coordinator.GetAsync("/people")).Content.ReadAsStringAsync());
        Assert.Contains("Teresa Professora", all);
        Assert.Contains("Marta Mentora", all);
    }
}
