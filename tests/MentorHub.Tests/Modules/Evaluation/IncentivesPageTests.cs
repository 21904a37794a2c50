using System.Net;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Tests.Modules.Activities;
using MentorHub.Tests.Modules.Clusters;
using MentorHub.Web.Modules.Programs;

namespace MentorHub.Tests.Modules.Evaluation;

/// <summary>The incentives page through HTTP as a browser without JavaScript uses it, on SQLite and, with MENTORHUB_TEST_PROVIDER=Postgres, on PostgreSQL.</summary>
[Trait("Category", Category.Integration)]
public sealed class IncentivesPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly string Lisbon = ProgramsDemo.LisbonMentees[2];

    private static Dictionary<string, string> Fields(string schoolId, string kind, string amount, string currency, string purpose, string grantedOn) => new()
    {
        ["Input.SchoolId"] = schoolId,
        ["Input.Kind"] = kind,
        ["Input.Amount"] = amount,
        ["Input.Currency"] = currency,
        ["Input.Purpose"] = purpose,
        ["Input.GrantedOn"] = grantedOn,
    };

    private static async Task<List<JsonElement>> LinesAsync(HttpClient client, string programme, string purpose) =>
        [.. (await (await client.GetAsync($"/api/v1/programmes/{programme}/incentives?pageSize=500")).JsonAsync())
            .GetProperty("items").EnumerateArray().Where(i => i.GetProperty("purpose").GetString() == purpose)];

    private static string Path(Uri location) => location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    [Fact]
    public async Task The_coordinator_sees_the_form_the_ledger_and_the_totals_by_hub_and_by_school()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programme = await ClusterTestData.DemoProgrammeIdAsync(coordinator);

        var html = await (await coordinator.GetAsync($"/programmes/{programme}/incentives")).Content.ReadAsStringAsync();

        Assert.Contains("<h1>Incentives", html, StringComparison.Ordinal);
        Assert.Contains(Lisbon, PageHtml.Offered(html, "Input.SchoolId"));
        Assert.Equal(["cash"], PageHtml.Selected(html, "Input.Kind"));
        Assert.Equal("EUR", PageHtml.Value(html, "Input.Currency"));
        Assert.Contains("<table class=\"stack\" aria-labelledby=\"ledger-title\">", html, StringComparison.Ordinal);
        Assert.Contains("data-label=\"Purpose\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"totals-hub\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"totals-school\"", html, StringComparison.Ordinal);
        Assert.Contains("4,000.00 EUR", html, StringComparison.Ordinal);

        // The programme's page links to it.
        var programmePage = await (await coordinator.GetAsync($"/programmes/{programme}")).Content.ReadAsStringAsync();
        Assert.Contains($"href=\"/programmes/{programme}/incentives\"", programmePage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_shows_each_message_beside_its_field_keeps_every_typed_value_and_stores_nothing()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programme = await ClusterTestData.DemoProgrammeIdAsync(coordinator);
        var purpose = "<b>Robot</b> kits & \"sensors\" (bad input)";
        var url = $"/programmes/{programme}/incentives";

        var html = await PageHtml.RefusedAsync(coordinator, url, "record-incentive", Fields(Lisbon, "cash", "12.345", "eur", purpose, "1st of May"));

        PageHtml.FlaggedBeside(html, PageHtml.Tag(html, "input", "Input.Amount"), "amount-error", "The amount may have at most two decimals.");
        PageHtml.FlaggedBeside(html, PageHtml.Tag(html, "input", "Input.Currency"), "currency-error", "The currency must be an ISO 4217 code: three upper-case letters, such as EUR.");
        PageHtml.FlaggedBeside(html, PageHtml.Tag(html, "input", "Input.GrantedOn"), "grantedOn-error", "The date must be a day written as yyyy-mm-dd.");
        Assert.Equal("12.345", PageHtml.Value(html, "Input.Amount"));
        Assert.Equal("eur", PageHtml.Value(html, "Input.Currency"));
        Assert.Equal("1st of May", PageHtml.Value(html, "Input.GrantedOn"));
        Assert.Equal(purpose, PageHtml.TextArea(html, "Input.Purpose"));
        Assert.Equal([Lisbon], PageHtml.Selected(html, "Input.SchoolId"));
        Assert.Equal(["cash"], PageHtml.Selected(html, "Input.Kind"));
        Assert.DoesNotContain("<b>Robot</b>", html, StringComparison.Ordinal);

        // A missing purpose and an amount that is no number, for a non-cash kind.
        html = await PageHtml.RefusedAsync(coordinator, url, "record-incentive", Fields(Lisbon, "equipment", "lots", "EUR", "  ", "2026-10-01"));
        PageHtml.FlaggedBeside(html, PageHtml.Tag(html, "input", "Input.Amount"), "amount-error", "The amount must be a number, such as 4000 or 1500.50.");
        PageHtml.FlaggedBeside(html, PageHtml.Tag(html, "textarea", "Input.Purpose"), "purpose-error", "This field is required.");
        Assert.Equal("lots", PageHtml.Value(html, "Input.Amount"));
        Assert.Equal(["equipment"], PageHtml.Selected(html, "Input.Kind"));
        Assert.Equal("2026-10-01", PageHtml.Value(html, "Input.GrantedOn"));

        Assert.Empty(await LinesAsync(coordinator, programme, purpose));
    }

    [Fact]
    public async Task A_good_post_stores_the_line_once_redirects_with_a_status_and_shows_markup_in_the_purpose_as_text()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programme = await ClusterTestData.DemoProgrammeIdAsync(coordinator);
        var purpose = "<script>alert('grant')</script> Travel & <i>MOOC</i> places";
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var response = await HtmlForms.SubmitAsync(coordinator, $"/programmes/{programme}/incentives", "record-incentive",
            Fields(Lisbon, "cash", "1500,50", "EUR", purpose, today));

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther, $"The post answered {(int)response.StatusCode}");
        Assert.Equal($"/programmes/{programme}/incentives?recorded=true", Path(response.Headers.Location!));
        var stored = Assert.Single(await LinesAsync(coordinator, programme, purpose));
        Assert.Equal(Lisbon, stored.GetProperty("schoolId").GetString());
        Assert.Equal(1500.50m, stored.GetProperty("amount").GetDecimal());
        Assert.Equal("EUR", stored.GetProperty("currency").GetString());
        Assert.Equal(today, stored.GetProperty("grantedOn").GetString());

        var html = await (await coordinator.GetAsync(Path(response.Headers.Location!))).Content.ReadAsStringAsync();
        Assert.Contains("The incentive was recorded.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert('grant')", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>MOOC</i>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        // The newest grant is the first line of the ledger.
        var firstRow = System.Text.RegularExpressions.Regex.Match(html, "<tbody>\\s*<tr>(.*?)</tr>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("&lt;script&gt;", firstRow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_school_reads_without_a_form_a_teacher_is_not_allowed_and_an_unknown_programme_is_not_found()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programme = await ClusterTestData.DemoProgrammeIdAsync(coordinator);

        var school = await (await (await app.SignedInAsync("mentee-school@demo.example")).GetAsync($"/programmes/{programme}/incentives")).Content.ReadAsStringAsync();
        Assert.Contains("<h1>Incentives", school, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.Purpose\"", school, StringComparison.Ordinal);

        var teacher = await (await (await app.SignedInAsync("teacher@demo.example")).GetAsync($"/programmes/{programme}/incentives")).Content.ReadAsStringAsync();
        Assert.Contains("You are not allowed to see this page.", teacher, StringComparison.Ordinal);
        Assert.DoesNotContain("MenSI mentor school grant", teacher, StringComparison.Ordinal);
        var teacherProgrammePage = await (await (await app.SignedInAsync("teacher@demo.example")).GetAsync($"/programmes/{programme}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("/incentives\"", teacherProgrammePage, StringComparison.Ordinal);

        var unknown = await coordinator.GetAsync($"/programmes/{Guid.NewGuid()}/incentives");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
