using System.Net;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Platform;

/// <summary>The language switch sends the reader back only to a page of this site; anything else goes home, never to a 500.</summary>
[Trait("Category", Category.Integration)]
public sealed class LanguageSwitchTests(AppFixture app) : IClassFixture<AppFixture>
{
    public static TheoryData<string> Hostile() =>
    [
        "//evil.example", "/\\evil.example", "\\\\evil.example", "/\\/evil.example", "https://evil.example", "http:evil.example",
        "evil.example", "javascript:alert(1)", "/\t/evil.example", "/\r\nSet-Cookie: x=1", "/\u007f",
        "/\0", "\u0001/evil", "~/evil", " /account/login", "",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_return_address_off_the_site_redirects_home(string returnUrl)
    {
        var response = await app.Anonymous().GetAsync("/language/pt?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/programmes?x=1&y=%2F%2Fevil")]
    [InlineData("/s/abc/thanks?lang=en")]
    [InlineData("/")]
    [InlineData("/schools?q=Set%C3%BAbal")]
    public async Task A_page_of_the_site_is_where_the_reader_goes_back_to(string returnUrl)
    {
        var response = await app.Anonymous().GetAsync("/language/pt?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(returnUrl, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Letters_beyond_ascii_in_the_return_address_are_percent_encoded()
    {
        var response = await app.Anonymous().GetAsync("/language/pt?returnUrl=" + Uri.EscapeDataString("/schools?q=Setúbal\u2028"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/schools?q=Set%C3%BAbal%E2%80%A8", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Sign_in_sends_the_reader_only_to_a_page_of_the_site()
    {
        var client = app.Anonymous();
        var url = "/account/login?ReturnUrl=" + Uri.EscapeDataString("/\\evil.example");
        var page = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
        var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            [HtmlForms.AntiforgeryField] = HtmlForms.AntiforgeryToken(page),
            ["Input.Email"] = "teacher@demo.example",
            ["Input.Password"] = MentorHub.Web.Platform.Demo.DemoAccounts.Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var target = new Uri(new Uri("http://localhost/"), response.Headers.Location!);
        Assert.Equal(("localhost", "/"), (target.Host, target.PathAndQuery));
    }
}
