using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Programs;
using MentorHub.Web.Platform.Demo;

namespace MentorHub.Tests.Platform;

/// <summary>
/// A browser sends the sign-in cookie with any post, whoever made the page it comes from: an API write
/// authenticated by the cookie needs the antiforgery token of a MentorHub page. Bearer calls are unchanged.
/// </summary>
[Trait("Category", Category.Integration)]
public sealed class CookieApiAntiforgeryTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string SchoolAccount = "mentee-school@demo.example";

    private static string UploadUrl => $"/api/v1/schools/{ProgramsDemo.LisbonMentees[0]}/selfie-scores/upload";

    private static MultipartFormDataContent SelfieFile(string date)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes($"date,group,area,score\n{date},leaders,A,3\n"));
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("text/csv");
        return new MultipartFormDataContent { { file, "file", "selfie.csv" } };
    }

    [Fact]
    public async Task A_cross_site_selfie_upload_with_the_cookie_is_refused_and_stores_nothing()
    {
        var browser = await CookieSignedInAsync(SchoolAccount);
        var forged = await browser.PostAsync(UploadUrl, SelfieFile("2024-01-02"));
        await forged.AssertProblemAsync(HttpStatusCode.BadRequest);
        var stored = await (await browser.GetAsync($"/api/v1/schools/{ProgramsDemo.LisbonMentees[0]}/selfie-scores")).JsonAsync();
        Assert.DoesNotContain(stored.EnumerateArray(), e => e.GetProperty("takenOn").GetString() == "2024-01-02");
    }

    [Fact]
    public async Task A_cookie_json_write_without_a_token_is_refused()
    {
        var browser = await CookieSignedInAsync(SchoolAccount);
        var forged = await browser.PostAsJsonAsync($"/api/v1/schools/{ProgramsDemo.LisbonMentees[0]}/selfie-scores",
            new { takenOn = "2024-02-03", group = "leaders", scores = new Dictionary<string, double> { ["A"] = 3 } });
        await forged.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_cookie_write_with_the_token_of_a_mentorhub_page_goes_through()
    {
        var browser = await CookieSignedInAsync(SchoolAccount);
        var page = await (await browser.GetAsync("/")).Content.ReadAsStringAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, UploadUrl) { Content = SelfieFile("2024-03-04") };
        request.Headers.Add("RequestVerificationToken", HtmlForms.AntiforgeryToken(page));
        var response = await browser.SendAsync(request);
        Assert.Equal(1, (await response.JsonAsync()).GetProperty("stored").GetInt32());
    }

    [Fact]
    public async Task Bearer_calls_need_no_token()
    {
        var client = await app.SignedInAsync(SchoolAccount);
        Assert.Equal(1, (await (await client.PostAsync(UploadUrl, SelfieFile("2024-04-05"))).JsonAsync()).GetProperty("stored").GetInt32());
    }

    [Fact]
    public async Task Reads_with_the_cookie_need_no_token()
    {
        var browser = await CookieSignedInAsync(SchoolAccount);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Sign_out_without_a_token_is_a_400_and_the_person_stays_signed_in()
    {
        var browser = await CookieSignedInAsync(SchoolAccount);
        var forged = await browser.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>()));
        await forged.AssertProblemAsync(HttpStatusCode.BadRequest);
        var withoutBody = await browser.PostAsync("/account/logout", null);
        await withoutBody.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/me")).StatusCode);
    }

    /// <summary>A client that signed in through the sign-in page, as a browser does: it holds the cookie, no bearer token.</summary>
    private async Task<HttpClient> CookieSignedInAsync(string email)
    {
        var client = app.Anonymous();
        var page = await (await client.GetAsync("/account/login")).Content.ReadAsStringAsync();
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            [HtmlForms.AntiforgeryField] = HtmlForms.AntiforgeryToken(page),
            ["Input.Email"] = email,
            ["Input.Password"] = DemoAccounts.Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        return client;
    }
}
