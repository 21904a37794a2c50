namespace MentorHub.Web.Modules.Journey.Api;

/// <summary>The seven phases of the school mentoring model, in the order a cycle runs through them.</summary>
public enum JourneyPhase
{
    Initiative = 1,
    AnchoringMeeting = 2,
    JointPlanning = 3,
    MappingNeeds = 4,
    AcquiringNewPerspectives = 5,
    DevelopmentAction = 6,
    Reflection = 7,
}

/// <summary>The contract's names of the phases (<c>anchoring-meeting</c>, ...).</summary>
public static class JourneyPhases
{
    private static readonly Dictionary<JourneyPhase, string> Names = new()
    {
        [JourneyPhase.Initiative] = "initiative",
        [JourneyPhase.AnchoringMeeting] = "anchoring-meeting",
        [JourneyPhase.JointPlanning] = "joint-planning",
        [JourneyPhase.MappingNeeds] = "mapping-needs",
        [JourneyPhase.AcquiringNewPerspectives] = "acquiring-new-perspectives",
        [JourneyPhase.DevelopmentAction] = "development-action",
        [JourneyPhase.Reflection] = "reflection",
    };

    public static IReadOnlyList<JourneyPhase> All { get; } = Enum.GetValues<JourneyPhase>();

    public static string Name(this JourneyPhase phase) => Names[phase];

    public static bool TryParse(string? name, out JourneyPhase phase)
    {
        foreach (var (key, value) in Names)
        {
            if (string.Equals(value, name, StringComparison.Ordinal))
            {
                phase = key;
                return true;
            }
        }
        phase = default;
        return false;
    }
}

/// <summary>
/// One piece of evidence that a phase happened: an agreement, a closed round, a plan, an activity, a reflection.
/// </summary>
/// <param name="SchoolId">The school it belongs to, or null for the cluster as a whole.</param>
/// <param name="Kind">A short stable word (<c>agreement</c>, <c>round</c>, <c>plan</c>, <c>activity</c>, <c>reflection</c>, <c>inquiry</c>).</param>
/// <param name="Title">What to show, as the user or the catalogue wrote it (never survey answers).</param>
/// <param name="Path">A local page that shows it, when the reader may open one.</param>
public sealed record JourneyEvidence(JourneyPhase Phase, string? SchoolId, string Kind, string Title, string? Path, DateTime At);

/// <summary>
/// What other modules contribute to a cluster's journey. Each module that holds evidence registers one;
/// the journey asks all of them. Implementations return only what exists, never contents the journey's
/// readers may not see (plans and reflections by title only).
/// </summary>
public interface IJourneyEvidenceSource
{
    Task<IReadOnlyList<JourneyEvidence>> EvidenceAsync(Guid programmeId, Guid clusterId, IReadOnlyCollection<string> schoolIds, CancellationToken ct);
}
