using MentorHub.Web.Modules.Activities.Domain;

namespace MentorHub.Tests.Modules.Activities.Domain;

/// <summary>An activity takes the checked details whole: an edit replaces every field and the list of participants.</summary>
public sealed class ActivityTests
{
    private static readonly DateTime Monday = new(2026, 10, 5, 14, 0, 0, DateTimeKind.Utc);

    private static ActivityDetails Details(params ParticipantCount[] participants) => new(
        "Robotics workshop", "workshop", ActivityMode.FaceToFace, Monday, 90, "PT-100", participants, new Money(120.5m, "EUR"),
        [Guid.NewGuid()], "lesson-study", ["https://example.org/slides"], "Sensors", ["digital"], "https://example.org/rec");

    [Fact]
    public void Logging_keeps_every_field_with_who_and_when()
    {
        var (cluster, programme, who) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var details = Details(new ParticipantCount("PT-100", 1, 6, 0));
        var activity = Activity.Log(cluster, programme, details, who, Monday.AddDays(-1));
        Assert.Equal((cluster, programme, (Guid?)who), (activity.ClusterId, activity.ProgrammeId, activity.CreatedBy));
        Assert.Equal((Monday.AddDays(-1), Monday.AddDays(-1)), (activity.CreatedAt, activity.UpdatedAt));
        Assert.Equal(("Robotics workshop", "workshop", ActivityMode.FaceToFace, Monday, 90, "PT-100"),
            (activity.Title, activity.Format, activity.Mode, activity.StartsAt, activity.DurationMinutes, activity.HostSchoolId));
        Assert.Equal((120.5m, "EUR"), (activity.CostAmount, activity.CostCurrency));
        Assert.Equal(details.GoalIds, activity.GoalIds);
        Assert.Equal(("lesson-study", "Sensors", "https://example.org/rec"), (activity.MethodId, activity.Topic, activity.RecordingUrl));
        Assert.Equal(["https://example.org/slides"], activity.Links);
        Assert.Equal(["digital"], activity.PriorityIds);
        var participant = Assert.Single(activity.Participants);
        Assert.Equal((activity.Id, "PT-100", 1, 6, 0), (participant.ActivityId, participant.SchoolId, participant.Leaders, participant.Teachers, participant.Students));
    }

    [Fact]
    public void An_activity_ends_its_duration_after_it_starts()
    {
        var activity = Activity.Log(Guid.NewGuid(), Guid.NewGuid(), Details() with { StartsAt = new DateTime(2026, 12, 31, 23, 30, 0, DateTimeKind.Utc), DurationMinutes = 45 }, null, Monday);
        Assert.Equal(new DateTime(2027, 1, 1, 0, 15, 0, DateTimeKind.Utc), activity.EndsAt);
    }

    [Fact]
    public void An_edit_replaces_every_field_keeps_the_rows_of_schools_still_named_and_drops_the_others()
    {
        var activity = Activity.Log(Guid.NewGuid(), Guid.NewGuid(), Details(new("PT-100", 1, 6, 0), new("PT-200", 0, 2, 0)), null, Monday);
        var kept = activity.Participants.Single(p => p.SchoolId == "PT-200");
        var edit = new ActivityDetails("Renamed", "webinar", ActivityMode.Online, Monday.AddDays(1), 45, "PT-200",
            [new("PT-200", 1, 1, 30), new("PT-300", 0, 4, 0)], null, [], null, [], null, [], null);
        activity.Apply(edit, Monday.AddDays(2));

        Assert.Equal(("Renamed", "webinar", ActivityMode.Online, Monday.AddDays(1), 45, "PT-200"),
            (activity.Title, activity.Format, activity.Mode, activity.StartsAt, activity.DurationMinutes, activity.HostSchoolId));
        Assert.Null(activity.CostAmount);
        Assert.Null(activity.CostCurrency);
        Assert.Null(activity.MethodId);
        Assert.Null(activity.Topic);
        Assert.Null(activity.RecordingUrl);
        Assert.Empty(activity.GoalIds);
        Assert.Empty(activity.Links);
        Assert.Empty(activity.PriorityIds);
        Assert.Equal((Monday, Monday.AddDays(2)), (activity.CreatedAt, activity.UpdatedAt));
        Assert.Equal(["PT-200", "PT-300"], activity.Participants.Select(p => p.SchoolId).Order(StringComparer.Ordinal));
        Assert.Same(kept, activity.Participants.Single(p => p.SchoolId == "PT-200"));
        Assert.Equal((1, 1, 30), (kept.Leaders, kept.Teachers, kept.Students));
        Assert.Equal(activity.Id, activity.Participants.Single(p => p.SchoolId == "PT-300").ActivityId);
    }

    [Fact]
    public void The_lists_given_are_copied_not_shared()
    {
        var links = new List<string> { "https://example.org/a" };
        var activity = Activity.Log(Guid.NewGuid(), Guid.NewGuid(), Details() with { Links = links }, null, Monday);
        links.Add("https://example.org/b");
        Assert.Single(activity.Links);
    }
}
