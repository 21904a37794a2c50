using System.Net;
using System.Text;
using System.Text.Json;
using CsCheck;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Programs;
using MentorHub.Web.Modules.SelfAssessment.Domain;

namespace MentorHub.Tests.Modules.SelfAssessment;

/// <summary>The anonymous endpoints face the internet: whatever arrives, the answer is a 4xx problem or a success, never a 5xx.</summary>
[Trait("Category", Category.Integration)]
public sealed class SurveyGarbageTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly Gen<string> Value = Gen.OneOf(
        Gen.Int[-10, 10].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.OneOf("null", "\"3\"", "2.5", "1e309", "-0", "[]", "{}", "true", "99999999999", "\"\"", "NaN"));

    private static Gen<string> Key(IReadOnlyList<string> known) => Gen.OneOf(
        Gen.OneOf(known.ToArray()),
        Gen.String.Select(s => s),
        Gen.OneOf("", "__proto__", "a.b.c", new string('x', 300)));

    private static Gen<string> Body(IReadOnlyList<string> known) => Gen.OneOf(
        Gen.String.Select(s => s),
        Gen.OneOf("", "{", "null", "[]", "{}", "\"x\"", "{\"answers\": null}", "{\"submissionId\": null, \"answers\": {}}"),
        Gen.Select(
            Gen.OneOf(Gen.Guid.Select(g => $"\"{g}\""), Gen.OneOf("null", "\"x\"", "12", "{}", "\"00000000-0000-0000-0000-000000000000\"")),
            Gen.Select(Key(known), Value).Array[0, 8].Select(pairs => "{" + string.Join(",", pairs.Select(p => JsonSerializer.Serialize(p.Item1) + ":" + p.Item2)) + "}"),
            Gen.OneOf("\"en\"", "\"pt\"", "null", "\"" + new string('z', 50) + "\"", "7"),
            Gen.OneOf("", ", \"comments\": {\"outcome.comment\": \"ok\"}", ", \"comments\": {\"x\": 5}", ", \"comments\": []"),
            (id, answers, lang, extra) => $"{{\"submissionId\": {id}, \"language\": {lang}, \"answers\": {answers}{extra}}}"));

    [Fact]
    public async Task Thousands_of_malformed_submissions_get_4xx_problems_and_never_a_5xx()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var open = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.LisbonMentees[6], InstrumentCatalog.DefaultSelfAssessmentId);
        var closed = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.LisbonMentees[7], InstrumentCatalog.DefaultSelfAssessmentId);
        await coordinator.PostAsync($"/api/v1/rounds/{closed.GetProperty("id").GetString()}/close", null);
        var known = InstrumentCatalog.Find(InstrumentCatalog.DefaultSelfAssessmentId)!.ItemsFor("teachers").Select(i => i.Id).ToList();
        var codes = Gen.OneOf(
            Gen.OneOf(Surveys.Code(open, "teachers"), Surveys.Code(open, "leaders"), Surveys.Code(closed, "teachers")),
            Gen.String.Where(s => s.Length > 0).Select(Uri.EscapeDataString));
        var contentTypes = Gen.OneOf("application/json", "text/plain", "application/x-www-form-urlencoded", "application/json; charset=utf-16", "multipart/form-data", "application/xml");
        var client = app.Anonymous();

        await Gen.Select(codes, Body(known), contentTypes).SampleAsync(async (code, body, contentType) =>
        {
            using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            using var response = await client.PostAsync($"/api/v1/surveys/{code}/responses", content);
            var status = (int)response.StatusCode;
            Assert.True(status < 500, $"{status} for {contentType} {body}: {await response.Content.ReadAsStringAsync()}");
            if (status >= 400 && status != 405)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }, iter: 3000, threads: 4);

        await Gen.Select(codes, Gen.OneOf("", "?lang=pt", "?lang=%00", "?lang=" + new string('x', 500))).SampleAsync(async (code, query) =>
        {
            using var response = await client.GetAsync($"/api/v1/surveys/{code}{query}");
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {code}{query}");
        }, iter: 500, threads: 4);
    }

    [Fact]
    public async Task A_huge_body_is_refused_with_413()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var round = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.LisbonMentees[8], InstrumentCatalog.DefaultSelfAssessmentId);
        var huge = "{\"submissionId\": \"" + Guid.NewGuid() + "\", \"answers\": {\"" + new string('a', 11 * 1024 * 1024) + "\": 1}}";
        var response = await app.Anonymous().PostAsync($"/api/v1/surveys/{Surveys.Code(round, "teachers")}/responses", new StringContent(huge, Encoding.UTF8, "application/json"));
        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }
}
