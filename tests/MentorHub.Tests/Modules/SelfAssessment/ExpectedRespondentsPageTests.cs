using System.Net;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Programs;
using MentorHub.Web.Modules.SelfAssessment.Domain;

namespace MentorHub.Tests.Modules.SelfAssessment;

/// <summary>The rounds page sets how many respondents a school expects per group, so rates show; bad numbers keep what was typed.</summary>
[Trait("Category", Category.Integration)]
public sealed class ExpectedRespondentsPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_school_sets_expected_respondents_and_sees_the_rate()
    {
        var school = ProgramsDemo.LisbonMentees[7];
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var round = await Surveys.OpenRoundAsync(coordinator, school, InstrumentCatalog.DefaultSelfAssessmentId);
        var id = round.GetProperty("id").GetString()!;
        var url = $"/schools/{school}/rounds";

        // Not a number: a clear message naming the group, and the typed values come back.
        var refused = await HtmlForms.PostFormAsync(coordinator, url, $"expected-{id}", new() { ["expected.teachers"] = "forty<b>", ["expected.leaders"] = "6" });
        Assert.Contains("Expected respondents for Teachers: give a whole number", refused, StringComparison.Ordinal);
        Assert.Contains($"id=\"expected-{id}-teachers\" name=\"expected.teachers\" type=\"number\" inputmode=\"numeric\" min=\"1\" max=\"100000\" value=\"forty&lt;b&gt;\"", refused, StringComparison.Ordinal);
        Assert.Contains($"name=\"expected.leaders\" type=\"number\" inputmode=\"numeric\" min=\"1\" max=\"100000\" value=\"6\"", refused, StringComparison.Ordinal);
        // Out of range: the rules' message, nothing stored.
        var tooMany = await HtmlForms.PostFormAsync(coordinator, url, $"expected-{id}", new() { ["expected.teachers"] = "100001" });
        Assert.Contains("value=\"100001\"", tooMany, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", tooMany, StringComparison.Ordinal);
        var stored = await (await coordinator.GetAsync($"/api/v1/rounds/{id}")).JsonAsync();
        Assert.All(stored.GetProperty("groups").EnumerateArray(), g => Assert.Equal(System.Text.Json.JsonValueKind.Null, g.GetProperty("expected").ValueKind));

        var saved = await HtmlForms.PostFormAsync(coordinator, url, $"expected-{id}", new() { ["expected.teachers"] = "40", ["expected.leaders"] = "" });
        Assert.Contains("The expected numbers are saved.", saved, StringComparison.Ordinal);
        var after = await (await coordinator.GetAsync($"/api/v1/rounds/{id}")).JsonAsync();
        var groups = after.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("group").GetString()!);
        Assert.Equal(40, groups["teachers"].GetProperty("expected").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, groups["leaders"].GetProperty("expected").ValueKind);

        // Someone who may not manage the school's rounds gets no form.
        var teacher = await app.SignedInAsync("teacher@demo.example");
        var page = await teacher.GetAsync(url);
        Assert.DoesNotContain($"expected-{id}", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.InternalServerError, page.StatusCode);
    }
}
