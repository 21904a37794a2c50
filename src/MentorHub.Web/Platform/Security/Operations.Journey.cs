namespace MentorHub.Web.Platform.Security;

/// <summary>An operation on a cluster's journey: its phases, moves and anchoring agreement (ADR 0012).</summary>
public sealed class JourneyOperation(string name) : Operation(name);

public static class JourneyOperations
{
    /// <summary>The journey, its evidence, its history and the agreement: the cluster's coordinators, its schools' people and cluster staff.</summary>
    public static readonly JourneyOperation Read = new(nameof(Read));

    /// <summary>Move the cluster, or one school (<see cref="JourneyResource.SchoolId"/>), to a phase.</summary>
    public static readonly JourneyOperation Move = new(nameof(Move));

    /// <summary>Write the anchoring agreement: coordinators, the mentor school's staff and cluster staff.</summary>
    public static readonly JourneyOperation EditAgreement = new(nameof(EditAgreement));

    /// <summary>Confirm the agreement for one school (<see cref="JourneyResource.SchoolId"/>): that school's staff.</summary>
    public static readonly JourneyOperation ConfirmAgreement = new(nameof(ConfirmAgreement));
}

/// <summary>A cluster's journey, or one member school's part of it when <paramref name="SchoolId"/> is given.</summary>
public sealed record JourneyResource(ClusterResource Cluster, string? SchoolId = null);

public sealed class JourneyOverviewOperation(string name) : Operation(name);

public static class JourneyOverviewOperations
{
    /// <summary>Every cluster of a programme (or of a hub) by phase: national coordinators, the hub's coordinators, admins.</summary>
    public static readonly JourneyOverviewOperation Read = new(nameof(Read));
}

/// <summary>The coordinators' overview of a programme's journeys, of one hub when <paramref name="HubId"/> is given.</summary>
public sealed record JourneyOverviewResource(Guid ProgrammeId, Guid? HubId);
