using MentorHub.Web.Modules.Evaluation.Domain;

namespace MentorHub.Tests.Modules.Evaluation.Domain;

public sealed class IncentiveTotalsTests
{
    // Hub L: school A got 4,000.00 EUR and 1,500.50 EUR in cash, 2 MOOC places (training), and robot kits worth 800 EUR (equipment);
    // school B got 1,200,000 HUF in cash and a visit. Hub S: school C got 250.25 EUR in cash and recognition; school D (no hub) time off.
    private static readonly (string School, string? Hub, string Kind, decimal? Amount, string? Currency)[] Ledger =
    [
        ("A", "L", "cash", 4000.00m, "EUR"),
        ("A", "L", "cash", 1500.50m, "EUR"),
        ("A", "L", "training", null, null),
        ("A", "L", "training", null, null),
        ("A", "L", "equipment", 800m, "EUR"),
        ("B", "L", "cash", 1_200_000m, "HUF"),
        ("B", "L", "visit", null, null),
        ("C", "S", "cash", 250.25m, "EUR"),
        ("C", "S", "recognition", null, null),
        ("D", null, "time", null, null),
    ];

    private static IReadOnlyList<IncentiveTotal> By(string scope, Func<(string School, string? Hub, string Kind, decimal? Amount, string? Currency), string?> scopeId) =>
        IncentiveTotals.Of(scope, Ledger.Select(l => new ScopedIncentive(scopeId(l), l.Kind, l.Amount, l.Currency)));

    [Fact]
    public void The_programme_total_keeps_each_currency_apart_and_counts_every_kind()
    {
        var total = Assert.Single(By("programme", _ => "P"));
        Assert.Equal("programme", total.Scope);
        Assert.Equal("P", total.ScopeId);
        // EUR cash: 4000.00 + 1500.50 + 250.25 = 5750.75; the equipment's 800 EUR is its value, not money paid.
        Assert.Equal([new CashTotal("EUR", 5750.75m), new CashTotal("HUF", 1_200_000m)], total.Cash);
        Assert.Equal(new Dictionary<string, int>
        {
            ["cash"] = 4, ["training"] = 2, ["equipment"] = 1, ["software"] = 0, ["visit"] = 1, ["time"] = 1, ["recognition"] = 1, ["other"] = 0,
        }, total.Counts);
    }

    [Fact]
    public void Hub_totals_split_the_ledger_and_schools_outside_any_hub_come_last()
    {
        var totals = By("hub", l => l.Hub);
        Assert.Equal(["L", "S", null], totals.Select(t => t.ScopeId));
        Assert.Equal([new CashTotal("EUR", 5500.50m), new CashTotal("HUF", 1_200_000m)], totals[0].Cash);
        Assert.Equal(7, totals[0].Counts.Values.Sum());
        Assert.Equal([new CashTotal("EUR", 250.25m)], totals[1].Cash);
        Assert.Empty(totals[2].Cash);
        Assert.Equal(1, totals[2].Counts["time"]);
    }

    [Fact]
    public void School_totals_list_each_school_with_its_own_money()
    {
        var totals = By("school", l => l.School);
        Assert.Equal(["A", "B", "C", "D"], totals.Select(t => t.ScopeId));
        Assert.Equal([new CashTotal("EUR", 5500.50m)], totals[0].Cash);
        Assert.Equal(2, totals[0].Counts["training"]);
        Assert.Equal([new CashTotal("HUF", 1_200_000m)], totals[1].Cash);
        Assert.Equal(1, totals[1].Counts["visit"]);
    }

    [Fact]
    public void An_empty_ledger_has_no_rows()
    {
        Assert.Empty(IncentiveTotals.Of("programme", []));
    }
}
