using System.Security.Claims;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;

namespace MentorHub.Web.Modules.SelfAssessment.CompareSchools;

internal sealed record ComparedSchools(ProgrammeSummary Programme, IReadOnlyList<HubSummary> Hubs, IReadOnlyList<SchoolParticipation> Participants);

/// <summary>
/// Which schools a person may compare: the whole programme for its national coordinators and admins,
/// the schools of their hubs for hub coordinators, nothing (null) for anyone else who sees the programme.
/// A programme that does not exist or that the caller may not know exists is not found. Withdrawn schools are left out.
/// </summary>
internal sealed class ComparisonScope(IProgrammeDirectory programmes, IAuthorizationService authorization)
{
    public async Task<ComparedSchools?> ReadAsync(ClaimsPrincipal user, Guid programmeId, Guid? hubId, Guid? clusterId, CancellationToken ct)
    {
        var programme = await programmes.FindAsync(programmeId, ct);
        if (programme is null || !await authorization.AllowsAsync(user, new ProgrammeResource(programmeId), ProgrammeOperations.Read))
        {
            throw new NotFoundException(new CatalogText("Programs.Error.NoSuchProgramme", programmeId));
        }
        var hubs = await programmes.HubsOfProgrammeAsync(programmeId, ct);
        var nationalView = user.IsAdmin() || user.Holds(Role.NationalCoordinator, ScopeType.Programme, programmeId.ToString());
        var myHubs = hubs.Where(h => user.Holds(Role.HubCoordinator, ScopeType.Hub, h.Id.ToString())).Select(h => h.Id).ToHashSet();
        if (!nationalView && myHubs.Count == 0)
        {
            return null;
        }
        var participants = new List<SchoolParticipation>();
        foreach (var p in (await programmes.ParticipantsAsync(programmeId, ct))
            .Where(p => p.Status != "withdrawn")
            .Where(p => hubId is null || p.HubId == hubId)
            .Where(p => clusterId is null || p.ClusterId == clusterId))
        {
            if (await authorization.AllowsAsync(user, new SchoolResource(p.SchoolId, p.ProgrammeId, p.HubId, p.ClusterId), SchoolOperations.Compare))
            {
                participants.Add(p);
            }
        }
        return new ComparedSchools(programme, nationalView ? hubs : hubs.Where(h => myHubs.Contains(h.Id)).ToList(), participants);
    }
}
