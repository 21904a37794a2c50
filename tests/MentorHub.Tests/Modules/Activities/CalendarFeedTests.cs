using MentorHub.Web.Modules.Activities.Calendar;
using MentorHub.Web.Modules.Activities.LogActivity;

namespace MentorHub.Tests.Modules.Activities;

/// <summary>The iCalendar text of a cluster: one event per activity that calendar apps read back exactly, whatever people typed.</summary>
public sealed class CalendarFeedTests
{
    private static ActivityDto Activity(string title, string mode, DateTime startsAt, int minutes, string? topic = null) =>
        new(Guid.NewGuid(), title, "workshop", mode, startsAt, minutes, "PT-100", [], null, [], null, [], topic, [], null, startsAt.AddDays(-3));

    [Fact]
    public void Each_activity_is_one_event_with_a_stable_uid_utc_times_and_a_place()
    {
        var visit = Activity("Visit to the maker space", "face-to-face", new DateTime(2026, 12, 31, 23, 30, 0, DateTimeKind.Unspecified), 45, "Sensors");
        var webinar = Activity("Webinar", "online", new DateTime(2027, 1, 4, 17, 0, 0, DateTimeKind.Utc), 60);
        var hybrid = Activity("Hybrid meeting", "hybrid", new DateTime(2027, 1, 5, 9, 0, 0, DateTimeKind.Utc), 30);

        var calendar = Ical.Net.Calendar.Load(CalendarHandler.Serialize("Cluster of Talaíde", [visit, webinar, hybrid], id => id == "PT-100" ? "Escola Básica de Talaíde" : id))!;

        Assert.Equal("Cluster of Talaíde", calendar.Properties["X-WR-CALNAME"]?.Value);
        Assert.Equal(3, calendar.Events.Count);
        var e = calendar.Events.Single(x => x.Summary == "Visit to the maker space");
        Assert.Equal($"{visit.Id:D}@mentorhub", e.Uid);
        Assert.True(e.DtStart!.IsUtc);
        Assert.Equal(new DateTime(2026, 12, 31, 23, 30, 0), e.DtStart.Value);
        Assert.Equal(new DateTime(2027, 1, 1, 0, 15, 0), e.DtEnd!.Value);
        Assert.Equal(new DateTime(2026, 12, 28, 23, 30, 0), e.DtStamp!.Value);
        Assert.Equal("Escola Básica de Talaíde", e.Location);
        Assert.Equal("Sensors", e.Description);
        Assert.Equal("Online", calendar.Events.Single(x => x.Summary == "Webinar").Location);
        Assert.Null(calendar.Events.Single(x => x.Summary == "Webinar").Description);
        Assert.Equal("Escola Básica de Talaíde", calendar.Events.Single(x => x.Summary == "Hybrid meeting").Location);
    }

    [Fact]
    public void What_people_typed_comes_back_as_typed()
    {
        const string title = "<script>alert(1)</script>; a, b \\ c";
        const string topic = "Line one\nLine two; with, commas: and \"quotes\" — ç";
        var text = CalendarHandler.Serialize("A;B,C", [Activity(title, "online", new DateTime(2027, 1, 4, 17, 0, 0, DateTimeKind.Utc), 60, topic)], id => id);
        var e = Assert.Single(Ical.Net.Calendar.Load(text)!.Events);
        Assert.Equal(title, e.Summary);
        Assert.Equal(topic, e.Description);
        // Folded and escaped, not broken: no raw line break inside a property.
        Assert.DoesNotContain("\nLine two", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_calendar_without_activities_is_still_a_calendar()
    {
        var calendar = Ical.Net.Calendar.Load(CalendarHandler.Serialize("Empty", [], id => id))!;
        Assert.Empty(calendar.Events);
    }
}
