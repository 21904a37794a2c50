using System.Security.Claims;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Platform.Security;

namespace MentorHub.Web.Modules.SelfAssessment.CompareSchools;

internal sealed record ComparedSchools(ProgrammeSummary Programme, IReadOnlyList<HubSummary> Hubs, IReadOnlyList<SchoolParticipation> Participants);

/// <summary>
/// Which schools a person may compare: the whole programme for its national coordinators and admins,
/// the schools of their hubs for hub coordinators, nothing for anyone else. Withdrawn schools are left out.
/// </summary>
internal sealed class ComparisonScope(IProgrammeDirectory programmes)
{
    public async Task<ComparedSchools?> ReadAsync(ClaimsPrincipal user, Guid programmeId, Guid? hubId, Guid? clusterId, CancellationToken ct)
    {
        var programme = await programmes.FindAsync(programmeId, ct);
        if (programme is null)
        {
            return null;
        }
        var hubs = await programmes.HubsOfProgrammeAsync(programmeId, ct);
        var nationalView = user.IsAdmin() || user.Holds(Role.NationalCoordinator, ScopeType.Programme, programmeId.ToString());
        var myHubs = hubs.Where(h => user.Holds(Role.HubCoordinator, ScopeType.Hub, h.Id.ToString())).Select(h => h.Id).ToHashSet();
        if (!nationalView && myHubs.Count == 0)
        {
            return null;
        }
        var participants = (await programmes.ParticipantsAsync(programmeId, ct))
            .Where(p => p.Status != "withdrawn")
            .Where(p => nationalView || (p.HubId is { } h && myHubs.Contains(h)))
            .Where(p => hubId is null || p.HubId == hubId)
            .Where(p => clusterId is null || p.ClusterId == clusterId)
            .ToList();
        return new ComparedSchools(programme, nationalView ? hubs : hubs.Where(h => myHubs.Contains(h.Id)).ToList(), participants);
    }
}
