namespace MentorHub.Web.Modules.Activities.Domain;

/// <summary>Where a reflection sits in a diary: what it is about, and whose it is.</summary>
/// <param name="ActivityStart">The start of the activity reflected on; null for a term reflection.</param>
/// <param name="ActivityLoggedAt">When that activity was logged, to order two activities that start together under the same title.</param>
/// <param name="TermStart">The first day of the term reflected on; null for an activity reflection.</param>
internal readonly record struct ReflectionPlace(
    DateTime? ActivityStart, string? ActivityTitle, DateTime? ActivityLoggedAt, Guid? ActivityId, DateOnly? TermStart, string SchoolId);

/// <summary>
/// The order of a cluster's diary, the same for every reader, every export and both databases.
/// Activities go by start; activities starting together by title, then the one logged first.
/// A reflection on an activity goes where the activity is; a term reflection once its term is over,
/// after every activity of the term and before those of the next. Reflections at the same moment follow their activities' order,
/// then the schools' ids.
/// </summary>
internal static class DiaryOrder
{
    /// <summary>Titles compare as readers expect ("apple" before "Banana"), not by character code, and alike in every language.</summary>
    private static readonly StringComparer Titles = StringComparer.InvariantCulture;

    public static IReadOnlyList<Activity> Activities(IEnumerable<Activity> activities) =>
        [.. activities.OrderBy(a => a.StartsAt).ThenBy(a => a.Title, Titles).ThenBy(a => a.CreatedAt).ThenBy(a => a.Id)];

    /// <summary>When a reflection belongs in the diary: its activity's start, or the first moment after its term.</summary>
    public static DateTime Moment(ReflectionPlace place) =>
        place.ActivityStart ?? Term.Of(place.TermStart ?? throw new ArgumentException("A reflection is on an activity or on a term.", nameof(place)))
            .End.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public static IReadOnlyList<T> Reflections<T>(IEnumerable<T> reflections, Func<T, ReflectionPlace> placeOf) =>
        [.. reflections.Select(r => (Item: r, Place: placeOf(r)))
            .OrderBy(x => Moment(x.Place))
            // A term reflection's moment is the next term's first: it goes before that term's activities.
            .ThenBy(x => x.Place.ActivityStart is not null)
            .ThenBy(x => x.Place.ActivityTitle ?? "", Titles)
            .ThenBy(x => x.Place.ActivityLoggedAt)
            .ThenBy(x => x.Place.ActivityId)
            .ThenBy(x => x.Place.SchoolId, StringComparer.Ordinal)
            .Select(x => x.Item)];
}
