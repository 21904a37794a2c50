namespace MentorHub.Web.Modules.Activities.Domain;

internal enum ActivityMode
{
    Online,
    FaceToFace,
    Hybrid,
}

/// <summary>The contract's names of the modes: <c>online</c>, <c>face-to-face</c>, <c>hybrid</c>.</summary>
internal static class ActivityModes
{
    public static readonly IReadOnlyList<ActivityMode> All = Enum.GetValues<ActivityMode>();

    public static string Name(this ActivityMode mode) => mode switch
    {
        ActivityMode.Online => "online",
        ActivityMode.FaceToFace => "face-to-face",
        _ => "hybrid",
    };

    public static bool TryParse(string? name, out ActivityMode mode)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Name(), name, StringComparison.Ordinal))
            {
                mode = candidate;
                return true;
            }
        }
        mode = default;
        return false;
    }
}

/// <summary>
/// One mentoring activity of a cluster: a workshop, a visit, a webinar. Its fields were checked by
/// <see cref="ActivityRules"/> before they reach it; times are UTC.
/// </summary>
internal sealed class Activity
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ClusterId { get; init; }
    public Guid ProgrammeId { get; init; }
    public string Title { get; private set; } = "";
    public string Format { get; private set; } = "";
    public ActivityMode Mode { get; private set; }
    public DateTime StartsAt { get; private set; }
    public int DurationMinutes { get; private set; }
    public string HostSchoolId { get; private set; } = "";
    public string? Topic { get; private set; }
    public decimal? CostAmount { get; private set; }
    public string? CostCurrency { get; private set; }
    public string? MethodId { get; private set; }
    public List<Guid> GoalIds { get; private set; } = [];
    public List<string> PriorityIds { get; private set; } = [];
    public List<string> Links { get; private set; } = [];
    public string? RecordingUrl { get; private set; }
    public List<ActivityParticipant> Participants { get; } = [];
    public Guid? CreatedBy { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; private set; }

    public DateTime EndsAt => StartsAt.AddMinutes(DurationMinutes);

    public static Activity Log(Guid clusterId, Guid programmeId, ActivityDetails details, Guid? by, DateTime now)
    {
        var activity = new Activity { ClusterId = clusterId, ProgrammeId = programmeId, CreatedBy = by, CreatedAt = now };
        activity.Apply(details, now);
        return activity;
    }

    /// <summary>Replaces every field; participants not named any more are removed.</summary>
    public void Apply(ActivityDetails details, DateTime now)
    {
        Title = details.Title;
        Format = details.Format;
        Mode = details.Mode;
        StartsAt = details.StartsAt;
        DurationMinutes = details.DurationMinutes;
        HostSchoolId = details.HostSchoolId;
        Topic = details.Topic;
        CostAmount = details.Cost?.Amount;
        CostCurrency = details.Cost?.Currency;
        MethodId = details.MethodId;
        GoalIds = [.. details.GoalIds];
        PriorityIds = [.. details.PriorityIds];
        Links = [.. details.Links];
        RecordingUrl = details.RecordingUrl;
        Participants.RemoveAll(p => details.Participants.All(d => d.SchoolId != p.SchoolId));
        foreach (var d in details.Participants)
        {
            var existing = Participants.FirstOrDefault(p => p.SchoolId == d.SchoolId);
            if (existing is null)
            {
                Participants.Add(new ActivityParticipant { ActivityId = Id, SchoolId = d.SchoolId, Leaders = d.Leaders, Teachers = d.Teachers, Students = d.Students });
            }
            else
            {
                existing.Leaders = d.Leaders;
                existing.Teachers = d.Teachers;
                existing.Students = d.Students;
            }
        }
        UpdatedAt = now;
    }
}

/// <summary>How many people of one school took part, by role.</summary>
internal sealed class ActivityParticipant
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ActivityId { get; init; }
    public required string SchoolId { get; init; }
    public int Leaders { get; set; }
    public int Teachers { get; set; }
    public int Students { get; set; }
}

internal sealed record Money(decimal Amount, string Currency);

internal sealed record ParticipantCount(string SchoolId, int Leaders, int Teachers, int Students);

/// <summary>An activity's fields after <see cref="ActivityRules"/> accepted them: trimmed, checked, UTC.</summary>
internal sealed record ActivityDetails(
    string Title, string Format, ActivityMode Mode, DateTime StartsAt, int DurationMinutes, string HostSchoolId,
    IReadOnlyList<ParticipantCount> Participants, Money? Cost, IReadOnlyList<Guid> GoalIds, string? MethodId,
    IReadOnlyList<string> Links, string? Topic, IReadOnlyList<string> PriorityIds, string? RecordingUrl);
