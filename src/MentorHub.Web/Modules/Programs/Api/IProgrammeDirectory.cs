using System.Security.Claims;

namespace MentorHub.Web.Modules.Programs.Api;

public sealed record ProgrammeSummary(Guid Id, string Name, string Country, int AnonymityThreshold, IReadOnlyList<string> Languages);

public sealed record SchoolParticipation(Guid ProgrammeId, string ProgrammeName, string SchoolId, string Role, string Status, Guid? HubId, Guid? ClusterId, IReadOnlyList<string> Priorities);

public sealed record HubSummary(Guid Id, Guid ProgrammeId, string Name, string Region, string Kind);

/// <summary>What other modules may ask of programmes and their participants.</summary>
public interface IProgrammeDirectory
{
    Task<ProgrammeSummary?> FindAsync(Guid programmeId, CancellationToken ct);

    Task<IReadOnlyList<SchoolParticipation>> ParticipationsOfSchoolAsync(string schoolId, CancellationToken ct);

    Task<IReadOnlyList<SchoolParticipation>> ParticipantsAsync(Guid programmeId, CancellationToken ct);

    /// <summary>The programme a hub belongs to, or null for an unknown hub.</summary>
    Task<Guid?> ProgrammeOfHubAsync(Guid hubId, CancellationToken ct);

    Task<IReadOnlyList<HubSummary>> HubsAsync(IEnumerable<Guid> hubIds, CancellationToken ct);

    Task<IReadOnlyList<HubSummary>> HubsOfProgrammeAsync(Guid programmeId, CancellationToken ct);

    /// <summary>The programme's national priorities: code → name.</summary>
    Task<IReadOnlyDictionary<string, string>> PrioritiesAsync(Guid programmeId, CancellationToken ct);

    /// <summary>Records the cluster a school now belongs to (null when it leaves one).</summary>
    Task AssignClusterAsync(Guid programmeId, string schoolId, Guid? clusterId, CancellationToken ct);

    /// <summary>Whether the person may see the programme at all (any role in it, its hubs or its schools).</summary>
    Task<bool> CanSeeAsync(ClaimsPrincipal user, Guid programmeId, CancellationToken ct);

    /// <summary>Admins and the programme's national coordinators.</summary>
    bool CanManage(ClaimsPrincipal user, Guid programmeId);
}
