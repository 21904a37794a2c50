using System.Net;
using System.Net.Http.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Programs;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MentorHub.Tests.Modules.SelfAssessment;

[Trait("Category", Category.Integration)]
public sealed class SurveyLimitsTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_link_flooded_past_its_budget_gets_429_problems_while_other_links_still_answer()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var round = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.SetubalMentors[0], InstrumentCatalog.DefaultSelfAssessmentId);
        // A second host on the same database with a tiny budget per link.
        await using var strict = app.Factory.WithWebHostBuilder(b => b.UseSetting("SelfAssessment:RequestsPerLinkPerMinute", "5"));
        var client = strict.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var teachers = Surveys.Code(round, "teachers");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/surveys/{teachers}")).StatusCode);
        }
        var limited = await client.GetAsync($"/api/v1/surveys/{teachers}");
        await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        await (await Surveys.SubmitAsync(client, teachers, new Dictionary<string, int?>())).AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/surveys/{Surveys.Code(round, "leaders")}")).StatusCode);
    }

    [Fact]
    public async Task One_address_flooding_a_link_is_cut_off_with_429_and_retry_after_while_another_client_still_answers()
    {
        // The review's attack with the shipped budgets: 1,000 submissions to one link from one client at once.
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var code = Surveys.Code(await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.SetubalMentors[2], InstrumentCatalog.DefaultSelfAssessmentId), "teachers");
        await using var host = app.Factory.WithClientAddresses();
        var flooder = host.From("198.51.100.7");
        var answers = new Dictionary<string, int?> { ["vision.t1"] = 4 };
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        foreach (var chunk in Enumerable.Range(0, 1000).Chunk(25))
        {
            var responses = await Task.WhenAll(chunk.Select(_ => Surveys.SubmitAsync(flooder, code, answers)));
            statuses.AddRange(responses.Select(r => r.StatusCode));
            refused ??= responses.FirstOrDefault(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        }
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses.Distinct().Order());
        Assert.InRange(statuses.Count(s => s == HttpStatusCode.Created), 100, 700);
        Assert.NotNull(refused);
        await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);

        // Someone else, on the same link, is not affected.
        var teacher = host.From("192.0.2.10");
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync($"/api/v1/surveys/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Surveys.SubmitAsync(teacher, code, answers)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync($"/s/{code}")).StatusCode);
    }

    [Fact]
    public async Task A_whole_school_of_100_teachers_behind_one_address_all_get_through()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var round = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.SetubalMentors[2], InstrumentCatalog.DefaultSelfAssessmentId);
        var code = Surveys.Code(round, "teachers");
        await using var host = app.Factory.WithClientAddresses();
        // One school network (NAT): every teacher reads the form, then answers; all at once, which is harder than over 10 minutes.
        var school = host.From("203.0.113.50");
        var teachers = await Task.WhenAll(Enumerable.Range(0, 100).Select(async i =>
        {
            var form = await school.GetAsync($"/api/v1/surveys/{code}");
            var submitted = await Surveys.SubmitAsync(school, code, new Dictionary<string, int?> { ["vision.t1"] = 1 + (i % 5), ["vision.t2"] = 1 + (i % 3) });
            return (form.StatusCode, submitted.StatusCode);
        }));
        Assert.All(teachers, t => Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Created), t));
        var status = await (await coordinator.GetAsync($"/api/v1/rounds/{round.GetProperty("id").GetString()}")).JsonAsync();
        Assert.Equal(100, status.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("group").GetString() == "teachers").GetProperty("responses").GetInt32());
    }

    [Fact]
    public async Task Guessing_codes_spends_one_budget_per_address_not_a_fresh_one_per_code()
    {
        await using var host = app.Factory.WithClientAddresses(("SelfAssessment:RequestsPerAddressPerMinute", "10"));
        var guesser = host.From("198.51.100.99");
        for (var i = 0; i < 10; i++)
        {
            await (await guesser.GetAsync($"/api/v1/surveys/guess{i:D16}")).AssertProblemAsync(HttpStatusCode.NotFound);
        }
        var limited = await guesser.GetAsync("/api/v1/surveys/guess9999999999999999");
        await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(limited.Headers.RetryAfter);
        await (await guesser.PostAsJsonAsync("/api/v1/surveys/guess8888888888888888/responses", new { submissionId = Guid.NewGuid(), answers = new { } }))
            .AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await guesser.GetAsync("/s/guess7777777777777777")).StatusCode);
        // The same over IPv6: the whole /64 a client can pick addresses from is one client.
        var v6 = Enumerable.Range(0, 11).Select(i => host.From($"2001:db8:5:7::{i + 1:x}")).ToList();
        for (var i = 0; i < 10; i++)
        {
            await (await v6[i].GetAsync($"/api/v1/surveys/guess{i:D16}")).AssertProblemAsync(HttpStatusCode.NotFound);
        }
        await (await v6[10].GetAsync("/api/v1/surveys/guess9999999999999999")).AssertProblemAsync(HttpStatusCode.TooManyRequests);
        // Another client still gets its answer.
        await (await host.From("192.0.2.77").GetAsync("/api/v1/surveys/guess9999999999999999")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("en", "Too many answers from your network")]
    [InlineData("pt", "Demasiadas respostas da sua rede")]
    public async Task The_answering_page_says_in_the_readers_language_when_to_try_again(string lang, string title)
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var code = Surveys.Code(await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.SetubalMentors[2], InstrumentCatalog.DefaultSelfAssessmentId), "leaders");
        await using var host = app.Factory.WithClientAddresses(("SelfAssessment:RequestsPerAddressPerMinute", "3"));
        var browser = host.From("198.51.100.3" + (lang == "pt" ? "1" : "2"));
        var page = await (await browser.GetAsync($"/s/{code}?lang={lang}")).Content.ReadAsStringAsync();
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "survey-answer", [HtmlForms.AntiforgeryField] = HtmlForms.AntiforgeryToken(page),
            ["sid"] = Guid.NewGuid().ToString(), ["pageIndex"] = "0", ["lang"] = lang, ["nav"] = "next",
        };
        Assert.Equal(HttpStatusCode.OK, (await browser.PostAsync($"/s/{code}?lang={lang}", new FormUrlEncodedContent(fields))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.PostAsync($"/s/{code}?lang={lang}", new FormUrlEncodedContent(fields))).StatusCode);
        var limited = await browser.PostAsync($"/s/{code}?lang={lang}", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(limited.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        Assert.Equal("text/html", limited.Content.Headers.ContentType?.MediaType);
        var html = System.Net.WebUtility.HtmlDecode(await limited.Content.ReadAsStringAsync());
        Assert.Contains($"<html lang=\"{lang}\">", html);
        Assert.Contains(title, html);
        Assert.True(limited.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task A_round_that_has_not_opened_shows_its_form_but_takes_no_answers_yet()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var round = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.SetubalMentors[1], InstrumentCatalog.DefaultSelfAssessmentId,
            DateTime.UtcNow.AddDays(2), DateTime.UtcNow.AddDays(9));
        var code = Surveys.Code(round, "teachers");
        var form = await (await app.Anonymous().GetAsync($"/api/v1/surveys/{code}")).JsonAsync();
        Assert.Equal("scheduled", form.GetProperty("status").GetString());
        await (await Surveys.SubmitAsync(app.Anonymous(), code, new Dictionary<string, int?> { ["vision.t1"] = 4 })).AssertProblemAsync(HttpStatusCode.Conflict);
        var page = await (await app.Anonymous().GetAsync($"/s/{code}")).Content.ReadAsStringAsync();
        Assert.Contains("not open yet", page);
    }
}
