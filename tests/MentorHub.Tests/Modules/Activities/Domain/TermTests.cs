using System.Globalization;
using MentorHub.Web.Modules.Activities.Domain;
using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Tests.Modules.Activities.Domain;

/// <summary>The three school terms: September–December, January–March, April–August; every day of every year falls in exactly one.</summary>
public sealed class TermTests
{
    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // First and last day of each term, and the days either side of each boundary.
    [InlineData("2026-09-01", "2026-09-01", "2026-12-31")]
    [InlineData("2026-12-31", "2026-09-01", "2026-12-31")]
    [InlineData("2027-01-01", "2027-01-01", "2027-03-31")]
    [InlineData("2027-03-31", "2027-01-01", "2027-03-31")]
    [InlineData("2027-04-01", "2027-04-01", "2027-08-31")]
    [InlineData("2027-08-31", "2027-04-01", "2027-08-31")]
    [InlineData("2027-09-01", "2027-09-01", "2027-12-31")]
    // Inside each term, the summer holidays included.
    [InlineData("2026-10-15", "2026-09-01", "2026-12-31")]
    [InlineData("2027-02-28", "2027-01-01", "2027-03-31")]
    [InlineData("2027-07-20", "2027-04-01", "2027-08-31")]
    [InlineData("2028-02-29", "2028-01-01", "2028-03-31")]
    public void A_day_belongs_to_the_term_around_it(string day, string start, string end)
    {
        var term = Term.Of(Day(day));
        Assert.Equal((Day(start), Day(end)), (term.Start, term.End));
        Assert.Equal(term, Term.Of(Day(day).ToDateTime(new TimeOnly(23, 59, 59), DateTimeKind.Utc)));
        Assert.True(term.Contains(Day(day).ToDateTime(TimeOnly.MinValue)));
    }

    [Fact]
    public void Every_day_of_a_year_falls_in_exactly_one_term_and_the_terms_follow_each_other()
    {
        var terms = new HashSet<Term>();
        for (var day = Day("2026-01-01"); day <= Day("2028-12-31"); day = day.AddDays(1))
        {
            var term = Term.Of(day);
            terms.Add(term);
            Assert.True(term.Start <= day && day <= term.End);
            Assert.Equal(term.End.AddDays(1), term.Next.Start);
            Assert.Equal(term.Start.AddDays(-1), term.Previous.End);
            Assert.Equal(term, term.Next.Previous);
        }
        Assert.Equal(9, terms.Count);
    }

    [Fact]
    public void The_year_rolls_over_between_the_autumn_and_the_winter_term()
    {
        var autumn = Term.Of(Day("2026-12-31"));
        Assert.Equal(new Term(Day("2027-01-01"), Day("2027-03-31")), autumn.Next);
        Assert.Equal(autumn, Term.Of(Day("2027-01-01")).Previous);
        Assert.Equal(new Term(Day("2026-04-01"), Day("2026-08-31")), autumn.Previous);
    }

    [Fact]
    public void A_term_holds_every_moment_of_its_days_and_no_other()
    {
        var winter = Term.Of(Day("2027-02-01"));
        Assert.True(winter.Contains(new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.True(winter.Contains(new DateTime(2027, 3, 31, 23, 59, 59, DateTimeKind.Utc).AddTicks(9_999_999)));
        Assert.False(winter.Contains(new DateTime(2026, 12, 31, 23, 59, 59, DateTimeKind.Utc)));
        Assert.False(winter.Contains(new DateTime(2027, 4, 1, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Theory]
    [InlineData("2026-09-01", "Activities.Term.Autumn")]
    [InlineData("2027-01-01", "Activities.Term.Winter")]
    [InlineData("2027-04-01", "Activities.Term.Spring")]
    public void A_term_is_named_by_its_first_day_and_its_season(string start, string season)
    {
        Assert.True(Term.TryParse(start, out var term));
        Assert.Equal(start, term.Key);
        Assert.Equal(season, term.SeasonKey);
        Assert.True(Term.TryStartingOn(Day(start), out var same));
        Assert.Equal(term, same);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-09-02")]
    [InlineData("2026-12-31")]
    [InlineData("2027-03-01")]
    [InlineData("2026-08-31")]
    [InlineData("2026-9-1")]
    [InlineData("01/09/2026")]
    [InlineData("2026-09-01T00:00")]
    [InlineData(" 2026-09-01")]
    [InlineData("2026-02-30")]
    public void Only_the_first_day_of_a_term_names_it(string? text)
    {
        Assert.False(Term.TryParse(text, out _));
    }

    [Fact]
    public void No_other_day_starts_a_term()
    {
        for (var day = Day("2026-01-01"); day <= Day("2026-12-31"); day = day.AddDays(1))
        {
            var starts = day.Day == 1 && day.Month is 1 or 4 or 9;
            Assert.Equal(starts, Term.TryStartingOn(day, out _));
        }
    }

    [Fact]
    public void The_picker_lists_the_terms_around_today_the_latest_first()
    {
        var around = Term.Around(Day("2027-02-10"), 2, 1);
        Assert.Equal(["2027-04-01", "2027-01-01", "2026-09-01", "2026-04-01"], around.Select(t => t.Key));
        Assert.Equal(["2027-01-01"], Term.Around(Day("2027-03-31"), 0, 0).Select(t => t.Key));
        Assert.Equal(8, Term.Around(Day("2026-12-31"), 6, 1).Count);
        Assert.Equal("2027-01-01", Term.Around(Day("2026-12-31"), 6, 1)[0].Key);
    }

    [Theory]
    [InlineData("2026-10-15", "en", "Autumn term 2026 (September–December)")]
    [InlineData("2027-03-31", "en", "Winter term 2027 (January–March)")]
    [InlineData("2027-08-31", "en", "Spring term 2027 (April–August)")]
    [InlineData("2026-09-01", "pt", "1.º período 2026 (setembro–dezembro)")]
    [InlineData("2027-01-01", "pt", "2.º período 2027 (janeiro–março)")]
    [InlineData("2027-04-01", "pt", "3.º período 2027 (abril–agosto)")]
    public void A_term_s_label_is_its_season_and_the_year_it_starts_in(string day, string language, string label)
    {
        var term = Term.Of(Day(day));
        var format = TextCatalog.Shared.Find(language, term.SeasonKey);
        Assert.NotNull(format);
        Assert.Equal(label, string.Format(CultureInfo.InvariantCulture, format, term.Start.Year));
    }
}
