using System.Net;
using System.Text.RegularExpressions;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Programs;
using MentorHub.Web.Modules.SelfAssessment.Domain;

namespace MentorHub.Tests.Modules.SelfAssessment;

[Trait("Category", Category.Integration)]
public sealed partial class AnswerSurveyPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_respondent_answers_page_by_page_without_javascript_and_submits_once()
    {
        await Surveys.EnsureSmallInstrumentAsync(app);
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var round = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.SetubalMentees[4], Surveys.SmallInstrument);
        var code = Surveys.Code(round, "teachers");
        var browser = app.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var first = await browser.GetAsync($"/s/{code}?lang=pt");
        var html = await first.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("<fieldset", html);
        Assert.Contains("<legend>T1 pt</legend>", html);
        Assert.Contains("Parte 1 de 2", html);
        var token = HtmlForms.Hidden(html, "__RequestVerificationToken");
        var sid = HtmlForms.Hidden(html, "sid");

        // Page 1 (area a) → page 2 (area b): the answers of page 1 come back as hidden fields.
        var second = await browser.PostAsync($"/s/{code}?lang=pt", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "survey-answer", ["__RequestVerificationToken"] = token, ["sid"] = sid, ["pageIndex"] = "0", ["lang"] = "pt",
            ["a.a.t1"] = "4", ["a.a.t2"] = "dk", ["nav"] = "next",
        }));
        html = await second.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Parte 2 de 2", html);
        Assert.Contains("<legend>T3 pt</legend>", html);
        Assert.Equal("4", HtmlForms.Hidden(html, "a.a.t1"));
        Assert.Equal("dk", HtmlForms.Hidden(html, "a.a.t2"));

        var form = new Dictionary<string, string>
        {
            ["_handler"] = "survey-answer", ["__RequestVerificationToken"] = HtmlForms.Hidden(html, "__RequestVerificationToken"), ["sid"] = sid, ["pageIndex"] = "1", ["lang"] = "pt",
            ["a.a.t1"] = "4", ["a.a.t2"] = "dk", ["a.b.t1"] = "5", ["nav"] = "submit",
        };
        var done = await browser.PostAsync($"/s/{code}?lang=pt", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.EndsWith($"/s/{code}/thanks?lang=pt", done.Headers.Location!.OriginalString);
        // A double click sends the same submission id again: still one response.
        var again = await browser.PostAsync($"/s/{code}?lang=pt", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(done.Headers.Location!.OriginalString)).StatusCode);

        var status = await (await coordinator.GetAsync($"/api/v1/rounds/{round.GetProperty("id").GetString()}")).JsonAsync();
        Assert.Equal(1, status.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("group").GetString() == "teachers").GetProperty("responses").GetInt32());
    }

    [Fact]
    public async Task Unknown_and_closed_links_get_a_clear_page()
    {
        var browser = app.Anonymous();
        var unknown = await browser.GetAsync("/s/nosuchcode12345678");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("text/html", unknown.Content.Headers.ContentType?.MediaType);
        var unknownHtml = await unknown.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Survey not found</h1>", unknownHtml);
        Assert.Contains("Check the address on your invitation", unknownHtml);
        var unknownPt = await browser.GetAsync("/s/nosuchcode12345678?lang=pt");
        Assert.Equal(HttpStatusCode.NotFound, unknownPt.StatusCode);
        var unknownPtHtml = WebUtility.HtmlDecode(await unknownPt.Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"pt\"", unknownPtHtml);
        Assert.Contains("<h1>Questionário não encontrado</h1>", unknownPtHtml);

        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var round = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.SetubalMentees[5], InstrumentCatalog.DefaultSelfAssessmentId);
        await coordinator.PostAsync($"/api/v1/rounds/{round.GetProperty("id").GetString()}/close", null);
        var closed = await browser.GetAsync($"/s/{Surveys.Code(round, "students")}");
        Assert.Equal(HttpStatusCode.Gone, closed.StatusCode);
        var closedHtml = await closed.Content.ReadAsStringAsync();
        Assert.Contains("<h1>This survey is closed</h1>", closedHtml);
        Assert.DoesNotContain("<form", closedHtml);
        var closedPt = await browser.GetAsync($"/s/{Surveys.Code(round, "students")}?lang=pt");
        Assert.Equal(HttpStatusCode.Gone, closedPt.StatusCode);
        Assert.Contains("<h1>Este questionário está encerrado</h1>", WebUtility.HtmlDecode(await closedPt.Content.ReadAsStringAsync()));
    }
}
