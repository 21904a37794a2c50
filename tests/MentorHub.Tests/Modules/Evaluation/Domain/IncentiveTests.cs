using System.Globalization;
using MentorHub.Web.Modules.Evaluation.Domain;

namespace MentorHub.Tests.Modules.Evaluation.Domain;

public sealed class IncentiveTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static IncentiveInput Cash(decimal? amount = 4000m, string? currency = "EUR") =>
        new("PT-346767", "cash", amount, currency, "Mentor school grant (MenSI)", Today);

    private static string[] Fields(IncentiveInput input) => [.. Incentive.Check(input, Today).Keys.Order()];

    [Fact]
    public void A_complete_cash_line_and_a_non_cash_line_without_money_pass()
    {
        Assert.Empty(Fields(Cash()));
        Assert.Empty(Fields(new("PT-346767", "training", null, null, "Ten MOOC places", Today)));
        Assert.Empty(Fields(new("PT-346767", "equipment", 1299.99m, "EUR", "Robot kits", Today.AddYears(1))));
        Assert.Empty(Fields(Cash(0.01m, "HUF")));
    }

    [Fact]
    public void Every_missing_field_is_named()
    {
        Assert.Equal(["grantedOn", "kind", "purpose", "schoolId"], Fields(new(null, null, null, null, " ", null)));
    }

    [Theory]
    [InlineData(null, "EUR", "amount")]
    [InlineData("4000", null, "currency")]
    [InlineData("4000", "", "currency")]
    [InlineData("0", "EUR", "amount")]
    [InlineData("-5", "EUR", "amount")]
    [InlineData("10.005", "EUR", "amount")]
    [InlineData("4000", "eur", "currency")]
    [InlineData("4000", "EURO", "currency")]
    [InlineData("4000", "E1R", "currency")]
    public void Cash_needs_a_positive_amount_with_two_decimals_at_most_and_an_iso_currency(string? amount, string? currency, string field)
    {
        Assert.Equal([field], Fields(Cash(amount is null ? null : decimal.Parse(amount, CultureInfo.InvariantCulture), currency)));
    }

    [Fact]
    public void A_non_cash_amount_needs_its_currency_and_a_currency_its_amount()
    {
        Assert.Equal(["currency"], Fields(new("PT-1", "equipment", 300m, null, "Laptop", Today)));
        Assert.Equal(["amount"], Fields(new("PT-1", "equipment", null, "EUR", "Laptop", Today)));
    }

    [Fact]
    public void The_kind_is_one_of_the_eight_and_the_purpose_at_most_500_characters()
    {
        Assert.Equal(["kind"], Fields(new("PT-1", "career", null, null, "Promotion", Today)));
        Assert.Equal(["kind"], Fields(new("PT-1", "Cash", 10m, "EUR", "x", Today)));
        Assert.Empty(Fields(new("PT-1", "recognition", null, null, new string('x', 500), Today)));
        Assert.Equal(["purpose"], Fields(new("PT-1", "recognition", null, null, new string('x', 501), Today)));
        Assert.Equal(8, IncentiveKinds.All.Count);
    }

    [Fact]
    public void A_grant_may_be_dated_up_to_a_year_ahead_and_any_time_before()
    {
        Assert.Empty(Fields(Cash() with { GrantedOn = new DateOnly(2027, 12, 2) }));
        Assert.Equal(["grantedOn"], Fields(Cash() with { GrantedOn = new DateOnly(2027, 12, 3) }));
        Assert.Empty(Fields(Cash() with { GrantedOn = new DateOnly(2019, 9, 1) }));
    }

    [Fact]
    public void Recording_keeps_the_purpose_as_typed_and_refuses_what_fails_the_checks()
    {
        var at = new DateTime(2026, 12, 2, 10, 0, 0, DateTimeKind.Utc);
        var line = Incentive.Record(Guid.NewGuid(), new("PT-1", "training", null, null, "  <b>MOOC</b> & more  ", Today), Today, Guid.NewGuid(), "Carla", at);
        Assert.Equal("<b>MOOC</b> & more", line.Purpose);
        Assert.Null(line.Currency);
        Assert.Equal(at, line.RecordedAt);
        Assert.Throws<ArgumentException>(() => Incentive.Record(Guid.NewGuid(), Cash(amount: null), Today, Guid.NewGuid(), "Carla", at));
    }
}
