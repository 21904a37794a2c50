using MentorHub.Tests.Infrastructure;
using MentorHub.Tests.Modules.Clusters;

namespace MentorHub.Tests.Modules.Evaluation;

/// <summary>The demo's incentives ledger, read before any test changes it (its own fixture).</summary>
[Trait("Category", Category.Integration)]
public sealed class IncentivesDemoTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_demo_programme_has_cash_in_euros_and_several_kinds_of_non_cash_incentive()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programme = await ClusterTestData.DemoProgrammeIdAsync(coordinator);

        var totals = await (await coordinator.GetAsync($"/api/v1/programmes/{programme}/incentives/totals?by=programme")).JsonAsync();

        var whole = Assert.Single(totals.EnumerateArray());
        var eur = whole.GetProperty("cash").EnumerateArray().Single(c => c.GetProperty("currency").GetString() == "EUR").GetProperty("amount").GetDecimal();
        // At least the 4,000 EUR grant of two mentor schools.
        Assert.True(eur >= 8000m, $"EUR cash {eur}");
        var kinds = whole.GetProperty("counts").EnumerateObject().Where(k => k.Value.GetInt32() > 0).Select(k => k.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "cash", "training", "equipment", "visit", "time", "recognition" }, kinds);

        var ledger = await (await coordinator.GetAsync($"/api/v1/programmes/{programme}/incentives?pageSize=500")).JsonAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var yearStart = new DateOnly(today.Month >= 9 ? today.Year : today.Year - 1, 9, 1);
        Assert.All(ledger.GetProperty("items").EnumerateArray(), i =>
        {
            var granted = DateOnly.Parse(i.GetProperty("grantedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(granted, yearStart, today.AddDays(1));
            Assert.Equal("Carla Coordenadora", i.GetProperty("recordedByName").GetString());
        });
    }
}
