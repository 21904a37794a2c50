using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Web.Modules.Programs.Domain;

internal enum ParticipantRole
{
    Mentor,
    Mentee,
}

internal enum ParticipationStatus
{
    Applied,
    Accepted,
    Active,
    Withdrawn,
}

/// <summary>A school taking part in a programme as mentor or mentee.</summary>
internal sealed class Participation
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ProgrammeId { get; init; }
    public required string SchoolId { get; init; }
    public ParticipantRole Role { get; set; }
    public ParticipationStatus Status { get; private set; } = ParticipationStatus.Applied;
    public Guid? HubId { get; set; }

    /// <summary>Set by the Clusters module once the school is in a cluster.</summary>
    public Guid? ClusterId { get; set; }

    public List<string> PriorityCodes { get; set; } = [];
    public DateTime AppliedAt { get; init; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;

    /// <summary>Applied → accepted → active; any → withdrawn; a withdrawn school may apply again.</summary>
    public static IReadOnlyList<ParticipationStatus> NextSteps(ParticipationStatus status) => status switch
    {
        ParticipationStatus.Applied => [ParticipationStatus.Accepted, ParticipationStatus.Active, ParticipationStatus.Withdrawn],
        ParticipationStatus.Accepted => [ParticipationStatus.Active, ParticipationStatus.Withdrawn],
        ParticipationStatus.Active => [ParticipationStatus.Accepted, ParticipationStatus.Withdrawn],
        _ => [ParticipationStatus.Applied],
    };

    public void MoveTo(ParticipationStatus next)
    {
        if (next == Status)
        {
            return;
        }
        if (!NextSteps(Status).Contains(next))
        {
            // The English text uses the lower-case status names, the others the translated ones.
            throw new BusinessRuleException(new CatalogText(
                "Programs.Error.StatusChange", Name(Status), Name(next), StatusText(Status), StatusText(next)));
        }
        Status = next;
        UpdatedAt = DateTime.UtcNow;
    }

    private static string Name(ParticipationStatus status) => status.ToString().ToLowerInvariant();

    private static CatalogText StatusText(ParticipationStatus status) => new("Programs.Status." + Name(status));
}
