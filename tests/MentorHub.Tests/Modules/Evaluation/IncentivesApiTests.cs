using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Tests.Modules.Clusters;
using MentorHub.Web.Modules.Programs;

namespace MentorHub.Tests.Modules.Evaluation;

/// <summary>The incentives ledger's routes (API contract, "Evaluation"), on SQLite and, with MENTORHUB_TEST_PROVIDER=Postgres, on PostgreSQL.</summary>
[Trait("Category", Category.Integration)]
public sealed class IncentivesApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly string Lisbon = ProgramsDemo.LisbonMentees[1];
    private static readonly string Setubal = ProgramsDemo.SetubalMentees[1];

    private static object Line(string schoolId, string kind = "cash", decimal? amount = 4000m, string? currency = "EUR", string? purpose = "Mentor school grant", string? grantedOn = "2026-09-01") =>
        new { schoolId, kind, amount, currency, purpose, grantedOn };

    private static async Task<JsonElement> RecordAsync(HttpClient client, string programme, object line) =>
        await (await client.PostAsJsonAsync($"/api/v1/programmes/{programme}/incentives", line)).JsonAsync(HttpStatusCode.Created);

    private static JsonElement Row(JsonElement totals, string scopeId) => totals.EnumerateArray().Single(t => t.GetProperty("scopeId").GetString() == scopeId);

    private static Dictionary<string, decimal> Cash(JsonElement row) =>
        row.GetProperty("cash").EnumerateArray().ToDictionary(c => c.GetProperty("currency").GetString()!, c => c.GetProperty("amount").GetDecimal());

    [Fact]
    public async Task A_coordinator_records_cash_and_non_cash_incentives_and_reads_them_back_newest_first_with_totals_per_scope()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programme = await ClusterTestData.DemoProgrammeIdAsync(coordinator);

        var response = await coordinator.PostAsJsonAsync($"/api/v1/programmes/{programme}/incentives", Line(Lisbon, amount: 1500.50m));
        var cash = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/programmes/{programme}/incentives/{cash.GetProperty("id").GetString()}", response.Headers.Location?.OriginalString);
        Assert.Equal(Lisbon, cash.GetProperty("schoolId").GetString());
        Assert.Equal("cash", cash.GetProperty("kind").GetString());
        Assert.Equal(1500.50m, cash.GetProperty("amount").GetDecimal());
        Assert.Equal("EUR", cash.GetProperty("currency").GetString());
        Assert.Equal("2026-09-01", cash.GetProperty("grantedOn").GetString());
        Assert.False(string.IsNullOrEmpty(cash.GetProperty("recordedByName").GetString()));
        Assert.NotEqual(Guid.Empty, cash.GetProperty("recordedById").GetGuid());

        var again = await (await coordinator.GetAsync(response.Headers.Location!.OriginalString)).JsonAsync();
        Assert.Equal(1500.50m, again.GetProperty("amount").GetDecimal());

        await RecordAsync(coordinator, programme, Line(Lisbon, amount: 2499.50m, grantedOn: "2026-10-01"));
        await RecordAsync(coordinator, programme, Line(Lisbon, amount: 300000m, currency: "HUF", grantedOn: "2026-08-01"));
        var markup = "<script>alert(1)</script> & <b>MOOC</b> places";
        var training = await RecordAsync(coordinator, programme, Line(Lisbon, kind: "training", amount: null, currency: null, purpose: markup, grantedOn: "2026-11-01"));
        Assert.Equal(markup, training.GetProperty("purpose").GetString());
        Assert.Equal(JsonValueKind.Null, training.GetProperty("amount").ValueKind);
        await RecordAsync(coordinator, programme, Line(Setubal, amount: 250.25m, grantedOn: "2026-07-01"));
        await RecordAsync(coordinator, programme, Line(Setubal, kind: "equipment", amount: 800m, purpose: "Robot kits", grantedOn: "2026-06-01"));

        var ledger = await (await coordinator.GetAsync($"/api/v1/programmes/{programme}/incentives?pageSize=100")).JsonAsync();
        var dates = ledger.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("grantedOn").GetString()).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.Equal(markup, ledger.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == training.GetProperty("id").GetString()).GetProperty("purpose").GetString());
        var total = ledger.GetProperty("total").GetInt32();
        Assert.True(total >= 6);
        var page = await (await coordinator.GetAsync($"/api/v1/programmes/{programme}/incentives?page=2&pageSize=2")).JsonAsync();
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        Assert.Equal(dates[2], page.GetProperty("items")[0].GetProperty("grantedOn").GetString());

        // By school: 1500.50 + 2499.50 = 4000.00 EUR and 300,000 HUF for the Lisbon school, never added together.
        var bySchool = await (await coordinator.GetAsync($"/api/v1/programmes/{programme}/incentives/totals?by=school")).JsonAsync();
        var lisbon = Row(bySchool, Lisbon);
        Assert.Equal("school", lisbon.GetProperty("scope").GetString());
        Assert.Equal(new Dictionary<string, decimal> { ["EUR"] = 4000m, ["HUF"] = 300000m }, Cash(lisbon));
        Assert.Equal(3, lisbon.GetProperty("counts").GetProperty("cash").GetInt32());
        Assert.Equal(1, lisbon.GetProperty("counts").GetProperty("training").GetInt32());
        Assert.Equal(0, lisbon.GetProperty("counts").GetProperty("software").GetInt32());
        // The equipment's value is not cash.
        Assert.Equal(new Dictionary<string, decimal> { ["EUR"] = 250.25m }, Cash(Row(bySchool, Setubal)));

        var byProgramme = await (await coordinator.GetAsync($"/api/v1/programmes/{programme}/incentives/totals?by=programme")).JsonAsync();
        var whole = Assert.Single(byProgramme.EnumerateArray());
        Assert.Equal(programme, whole.GetProperty("scopeId").GetString());
        Assert.True(Cash(whole)["EUR"] >= 4250.25m);

        var participants = await (await coordinator.GetAsync($"/api/v1/programmes/{programme}/participants")).JsonAsync();
        string? Where(string school, string field) => participants.EnumerateArray().Single(p => p.GetProperty("schoolId").GetString() == school).GetProperty(field).GetString();
        var byHub = await (await coordinator.GetAsync($"/api/v1/programmes/{programme}/incentives/totals?by=hub")).JsonAsync();
        Assert.Equal("hub", Row(byHub, Where(Lisbon, "hubId")!).GetProperty("scope").GetString());
        Assert.NotEqual(Where(Lisbon, "hubId"), Where(Setubal, "hubId"));
        var byCluster = await (await coordinator.GetAsync($"/api/v1/programmes/{programme}/incentives/totals?by=cluster")).JsonAsync();
        Assert.All(byCluster.EnumerateArray(), t => Assert.Equal("cluster", t.GetProperty("scope").GetString()));

        var badBy = await (await coordinator.GetAsync($"/api/v1/programmes/{programme}/incentives/totals?by=country")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(badBy.GetProperty("errors").TryGetProperty("by", out _));
        var badPage = await (await coordinator.GetAsync($"/api/v1/programmes/{programme}/incentives?page=0&pageSize=501")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(badPage.GetProperty("errors").TryGetProperty("page", out _));
        Assert.True(badPage.GetProperty("errors").TryGetProperty("pageSize", out _));
    }

    [Theory]
    [InlineData("schoolId", null, "cash", "4000", "EUR", "Grant", "2026-09-01")]
    [InlineData("schoolId", "PT-000000", "cash", "4000", "EUR", "Grant", "2026-09-01")]
    [InlineData("kind", "lisbon", "bonus", "4000", "EUR", "Grant", "2026-09-01")]
    [InlineData("amount", "lisbon", "cash", null, "EUR", "Grant", "2026-09-01")]
    [InlineData("amount", "lisbon", "cash", "0", "EUR", "Grant", "2026-09-01")]
    [InlineData("amount", "lisbon", "cash", "10.001", "EUR", "Grant", "2026-09-01")]
    [InlineData("currency", "lisbon", "cash", "4000", null, "Grant", "2026-09-01")]
    [InlineData("currency", "lisbon", "cash", "4000", "eur", "Grant", "2026-09-01")]
    [InlineData("purpose", "lisbon", "cash", "4000", "EUR", " ", "2026-09-01")]
    [InlineData("purpose", "lisbon", "cash", "4000", "EUR", "long", "2026-09-01")]
    [InlineData("grantedOn", "lisbon", "cash", "4000", "EUR", "Grant", null)]
    [InlineData("grantedOn", "lisbon", "cash", "4000", "EUR", "Grant", "2099-01-01")]
    public async Task Bad_input_answers_400_naming_the_field(string field, string? school, string kind, string? amount, string? currency, string purpose, string? grantedOn)
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programme = await ClusterTestData.DemoProgrammeIdAsync(coordinator);
        var body = new
        {
            schoolId = school == "lisbon" ? Lisbon : school,
            kind,
            amount = amount is null ? (decimal?)null : decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture),
            currency,
            purpose = purpose == "long" ? new string('x', 501) : purpose,
            grantedOn,
        };
        var problem = await (await coordinator.PostAsJsonAsync($"/api/v1/programmes/{programme}/incentives", body)).AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), problem.ToString());
        Assert.Single(errors.EnumerateObject());
    }

    /// <summary>A school of the registry that joins the demo programme in a new hub no demo account coordinates.</summary>
    private static async Task<string> SchoolOfAnotherHubAsync(HttpClient coordinator, string programme)
    {
        var hub = await (await coordinator.PostAsJsonAsync($"/api/v1/programmes/{programme}/hubs", new { name = "Hub do Algarve", region = "Algarve", kind = "top-down" })).JsonAsync(HttpStatusCode.Created);
        var participants = await (await coordinator.GetAsync($"/api/v1/programmes/{programme}/participants")).JsonAsync();
        var taken = participants.EnumerateArray().Select(p => p.GetProperty("schoolId").GetString()).ToHashSet();
        var registry = await (await coordinator.GetAsync("/api/v1/schools?country=PT&pageSize=200")).JsonAsync();
        var school = registry.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).First(id => !taken.Contains(id));
        await (await coordinator.PostAsJsonAsync($"/api/v1/programmes/{programme}/participants", new { schoolId = school, role = "mentee", status = "active", hubId = hub.GetProperty("id").GetString() })).JsonAsync(HttpStatusCode.Created);
        return school;
    }

    [Fact]
    public async Task An_unknown_programme_answers_404_and_one_caller_sees_only_what_the_authorization_model_gives()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programme = await ClusterTestData.DemoProgrammeIdAsync(coordinator);
        var unknown = Guid.NewGuid();
        await (await coordinator.PostAsJsonAsync($"/api/v1/programmes/{unknown}/incentives", Line(Lisbon))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await coordinator.GetAsync($"/api/v1/programmes/{unknown}/incentives")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await coordinator.GetAsync($"/api/v1/programmes/{unknown}/incentives/totals?by=school")).AssertProblemAsync(HttpStatusCode.NotFound);

        var lisbonLine = await RecordAsync(coordinator, programme, Line(ProgramsDemo.LisbonMentees[0], purpose: "For the mentee school"));
        var other = await SchoolOfAnotherHubAsync(coordinator, programme);
        var otherLine = await RecordAsync(coordinator, programme, Line(other, amount: 99.99m, purpose: "For the other hub"));

        // The hub coordinator (of both demo hubs) records for the hubs' schools only, and reads only them (the programme row is their pool).
        var hub = await app.SignedInAsync("hub@demo.example");
        await RecordAsync(hub, programme, Line(ProgramsDemo.LisbonMentees[0], kind: "visit", amount: null, currency: null, purpose: "Visit to the mentor school"));
        await (await hub.PostAsJsonAsync($"/api/v1/programmes/{programme}/incentives", Line(other))).AssertProblemAsync(HttpStatusCode.Forbidden);
        var hubLedger = await (await hub.GetAsync($"/api/v1/programmes/{programme}/incentives?pageSize=500")).JsonAsync();
        var hubSchools = hubLedger.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("schoolId").GetString()).ToHashSet();
        Assert.Contains(ProgramsDemo.LisbonMentees[0], hubSchools);
        Assert.DoesNotContain(other, hubSchools);
        await (await hub.GetAsync($"/api/v1/programmes/{programme}/incentives/{otherLine.GetProperty("id").GetString()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        var hubTotals = await (await hub.GetAsync($"/api/v1/programmes/{programme}/incentives/totals?by=school")).JsonAsync();
        Assert.DoesNotContain(other, hubTotals.EnumerateArray().Select(t => t.GetProperty("scopeId").GetString()));
        var hubProgramme = Assert.Single((await (await hub.GetAsync($"/api/v1/programmes/{programme}/incentives/totals")).JsonAsync()).EnumerateArray());
        var allProgramme = Assert.Single((await (await coordinator.GetAsync($"/api/v1/programmes/{programme}/incentives/totals")).JsonAsync()).EnumerateArray());
        Assert.True(Cash(hubProgramme)["EUR"] < Cash(allProgramme)["EUR"]);

        // The mentee school's coordinator reads its own lines, records nothing.
        var school = await app.SignedInAsync("mentee-school@demo.example");
        var own = await (await school.GetAsync($"/api/v1/programmes/{programme}/incentives?pageSize=500")).JsonAsync();
        Assert.All(own.GetProperty("items").EnumerateArray(), i => Assert.Equal(ProgramsDemo.LisbonMentees[0], i.GetProperty("schoolId").GetString()));
        Assert.Contains(lisbonLine.GetProperty("id").GetString(), own.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        var ownTotals = await (await school.GetAsync($"/api/v1/programmes/{programme}/incentives/totals?by=hub")).JsonAsync();
        Assert.Single(ownTotals.EnumerateArray());
        await (await school.PostAsJsonAsync($"/api/v1/programmes/{programme}/incentives", Line(ProgramsDemo.LisbonMentees[0]))).AssertProblemAsync(HttpStatusCode.Forbidden);

        foreach (var reader in new[] { "teacher@demo.example", "researcher@demo.example", "policy@demo.example" })
        {
            var client = await app.SignedInAsync(reader);
            await (await client.GetAsync($"/api/v1/programmes/{programme}/incentives")).AssertProblemAsync(HttpStatusCode.Forbidden);
            await (await client.GetAsync($"/api/v1/programmes/{programme}/incentives/totals")).AssertProblemAsync(HttpStatusCode.Forbidden);
        }
    }
}
