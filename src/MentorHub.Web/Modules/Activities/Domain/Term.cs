using System.Globalization;

namespace MentorHub.Web.Modules.Activities.Domain;

/// <summary>
/// A school term, the period a diary and a term reflection cover: September to December, January to
/// March, April to August (the summer break belongs to the last term, so every day falls in one).
/// Diaries of other periods take any from/to dates.
/// </summary>
internal readonly record struct Term(DateOnly Start, DateOnly End)
{
    public static Term Of(DateOnly day) => day.Month switch
    {
        >= 9 => new(new(day.Year, 9, 1), new(day.Year, 12, 31)),
        <= 3 => new(new(day.Year, 1, 1), new(day.Year, 3, 31)),
        _ => new(new(day.Year, 4, 1), new(day.Year, 8, 31)),
    };

    public static Term Of(DateTime at) => Of(DateOnly.FromDateTime(at));

    /// <summary>The term that starts on <paramref name="start"/>; false for a day that starts none.</summary>
    public static bool TryStartingOn(DateOnly start, out Term term)
    {
        term = Of(start);
        return term.Start == start;
    }

    public static bool TryParse(string? text, out Term term)
    {
        term = default;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start) && TryStartingOn(start, out term);
    }

    public Term Previous => Of(Start.AddDays(-1));

    public Term Next => Of(End.AddDays(1));

    /// <summary>The term's start as yyyy-MM-dd: how routes and forms name it.</summary>
    public string Key => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The catalogue key of the term's season: <c>Activities.Term.Autumn</c>, <c>.Winter</c> or <c>.Spring</c>.</summary>
    public string SeasonKey => Start.Month switch
    {
        9 => "Activities.Term.Autumn",
        1 => "Activities.Term.Winter",
        _ => "Activities.Term.Spring",
    };

    public bool Contains(DateTime at) => DateOnly.FromDateTime(at) >= Start && DateOnly.FromDateTime(at) <= End;

    /// <summary>The terms around a day, the latest first, for pickers.</summary>
    public static IReadOnlyList<Term> Around(DateOnly today, int before, int after)
    {
        var terms = new List<Term>();
        var term = Of(today);
        for (var k = 0; k < after; k++)
        {
            term = term.Next;
        }
        for (var k = 0; k < before + after + 1; k++)
        {
            terms.Add(term);
            term = term.Previous;
        }
        return terms;
    }
}
