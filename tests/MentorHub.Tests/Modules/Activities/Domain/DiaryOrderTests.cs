using MentorHub.Web.Modules.Activities.Domain;

namespace MentorHub.Tests.Modules.Activities.Domain;

/// <summary>The diary's order: by date, with every tie broken the same way for every reader and on both databases.</summary>
public sealed class DiaryOrderTests
{
    private static readonly DateTime Monday = new(2026, 10, 5, 14, 0, 0, DateTimeKind.Utc);

    private static Activity Logged(string title, DateTime startsAt, DateTime loggedAt) =>
        Activity.Log(Guid.NewGuid(), Guid.NewGuid(), new ActivityDetails(title, "workshop", ActivityMode.Online, startsAt, 60, "PT-100",
            [], null, [], null, [], null, [], null), null, loggedAt);

    [Fact]
    public void Activities_go_by_start_then_title_then_the_one_logged_first()
    {
        var late = Logged("Aardvark", Monday.AddHours(1), Monday);
        var banana = Logged("Banana", Monday, Monday);
        var apple = Logged("apple", Monday, Monday);
        var secondTwin = Logged("Twin", Monday.AddMinutes(30), Monday.AddDays(2));
        var firstTwin = Logged("Twin", Monday.AddMinutes(30), Monday.AddDays(1));
        var early = Logged("Zebra", Monday.AddMinutes(-1), Monday);

        var ordered = DiaryOrder.Activities([late, banana, secondTwin, apple, firstTwin, early]);

        Assert.Equal([early, apple, banana, firstTwin, secondTwin, late], ordered);
    }

    [Fact]
    public void The_order_does_not_depend_on_the_order_read()
    {
        var activities = Enumerable.Range(0, 12).Select(i => Logged(i % 3 == 0 ? "Same" : $"Title {i % 4}", Monday.AddHours(i % 2), Monday)).ToList();
        var once = DiaryOrder.Activities(activities);
        var shuffled = activities.OrderBy(a => a.Id).ToList();
        Assert.Equal(once, DiaryOrder.Activities(shuffled));
        Assert.Equal(once, DiaryOrder.Activities(Enumerable.Reverse(activities)));
    }

    [Fact]
    public void A_term_reflection_belongs_to_the_first_moment_after_its_term()
    {
        Assert.Equal(new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc), DiaryOrder.Moment(Term(new DateOnly(2026, 9, 1), "PT-1")));
        Assert.Equal(new DateTime(2027, 4, 1, 0, 0, 0, DateTimeKind.Utc), DiaryOrder.Moment(Term(new DateOnly(2027, 1, 1), "PT-1")));
        Assert.Equal(new DateTime(2027, 9, 1, 0, 0, 0, DateTimeKind.Utc), DiaryOrder.Moment(Term(new DateOnly(2027, 4, 1), "PT-1")));
        Assert.Equal(Monday, DiaryOrder.Moment(On(Monday, "Visit", Monday, Guid.NewGuid(), "PT-1")));
    }

    [Fact]
    public void Reflections_go_by_date_the_term_reflection_after_every_activity_of_its_term()
    {
        var lastMinute = new DateTime(2026, 12, 31, 23, 59, 59, DateTimeKind.Utc);
        var places = new[]
        {
            ("autumn", Term(new DateOnly(2026, 9, 1), "PT-1")),
            ("winter", Term(new DateOnly(2027, 1, 1), "PT-1")),
            ("new year", On(new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc), "New year", Monday, Guid.NewGuid(), "PT-1")),
            ("last minute", On(lastMinute, "Late", Monday, Guid.NewGuid(), "PT-1")),
            ("october", On(Monday, "Visit", Monday, Guid.NewGuid(), "PT-1")),
        };
        Assert.Equal(["october", "last minute", "autumn", "new year", "winter"], DiaryOrder.Reflections(places, p => p.Item2).Select(p => p.Item1));
    }

    [Fact]
    public void At_the_same_moment_reflections_follow_their_activities_then_the_schools()
    {
        var (first, second) = (Guid.Parse("00000000-0000-0000-0000-000000000002"), Guid.Parse("00000000-0000-0000-0000-000000000001"));
        var places = new[]
        {
            ("twin logged later, PT-1", On(Monday, "Twin", Monday.AddDays(2), second, "PT-1")),
            ("banana, PT-2", On(Monday, "Banana", Monday, Guid.NewGuid(), "PT-2")),
            ("apple, PT-2", On(Monday, "apple", Monday, Guid.NewGuid(), "PT-2")),
            ("twin logged first, PT-1", On(Monday, "Twin", Monday.AddDays(1), first, "PT-1")),
            ("banana, PT-10", On(Monday, "Banana", Monday, Guid.Empty, "PT-10")),
            ("apple, PT-1", On(Monday, "apple", Monday, Guid.NewGuid(), "PT-1")),
        };
        // Two schools' reflections on one activity: same activity id.
        places[5] = (places[5].Item1, places[5].Item2 with { ActivityId = places[2].Item2.ActivityId });
        places[4] = (places[4].Item1, places[4].Item2 with { ActivityId = places[1].Item2.ActivityId });

        Assert.Equal(["apple, PT-1", "apple, PT-2", "banana, PT-10", "banana, PT-2", "twin logged first, PT-1", "twin logged later, PT-1"],
            DiaryOrder.Reflections(places, p => p.Item2).Select(p => p.Item1));
    }

    [Fact]
    public void Term_reflections_of_the_same_term_go_by_school()
    {
        var places = new[] { ("b", Term(new DateOnly(2026, 9, 1), "PT-2")), ("a", Term(new DateOnly(2026, 9, 1), "PT-1")) };
        Assert.Equal(["a", "b"], DiaryOrder.Reflections(places, p => p.Item2).Select(p => p.Item1));
    }

    private static ReflectionPlace On(DateTime start, string title, DateTime logged, Guid activityId, string school) =>
        new(start, title, logged, activityId, null, school);

    private static ReflectionPlace Term(DateOnly start, string school) => new(null, null, null, null, start, school);
}
