using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Modules.Programs.Domain;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Programs;

internal sealed class ProgrammeDirectory(AppDbContext db, ProgrammeVisibility visibility) : IProgrammeDirectory
{
    public Task<bool> CanSeeAsync(System.Security.Claims.ClaimsPrincipal user, Guid programmeId, CancellationToken ct) =>
        visibility.CanSeeAsync(user, programmeId, ct);

    public bool CanManage(System.Security.Claims.ClaimsPrincipal user, Guid programmeId) => ProgrammeVisibility.CanManage(user, programmeId);

    public async Task<ProgrammeSummary?> FindAsync(Guid programmeId, CancellationToken ct) =>
        await db.Set<Programme>().AsNoTracking().Where(p => p.Id == programmeId)
            .Select(p => new ProgrammeSummary(p.Id, p.Name, p.Country, p.AnonymityThreshold, p.Languages))
            .FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<SchoolParticipation>> ParticipationsOfSchoolAsync(string schoolId, CancellationToken ct) =>
        await Query(db.Set<Participation>().Where(p => p.SchoolId == schoolId)).ToListAsync(ct);

    public async Task<IReadOnlyList<SchoolParticipation>> ParticipantsAsync(Guid programmeId, CancellationToken ct) =>
        await Query(db.Set<Participation>().Where(p => p.ProgrammeId == programmeId)).ToListAsync(ct);

    public async Task<Guid?> ProgrammeOfHubAsync(Guid hubId, CancellationToken ct) =>
        await db.Set<Hub>().Where(h => h.Id == hubId).Select(h => (Guid?)h.ProgrammeId).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<HubSummary>> HubsAsync(IEnumerable<Guid> hubIds, CancellationToken ct)
    {
        var ids = hubIds.Distinct().ToList();
        return await HubQuery(db.Set<Hub>().Where(h => ids.Contains(h.Id))).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<HubSummary>> HubsOfProgrammeAsync(Guid programmeId, CancellationToken ct) =>
        await HubQuery(db.Set<Hub>().Where(h => h.ProgrammeId == programmeId)).ToListAsync(ct);

    public async Task<IReadOnlyDictionary<string, string>> PrioritiesAsync(Guid programmeId, CancellationToken ct) =>
        await db.Set<NationalPriority>().AsNoTracking().Where(p => p.ProgrammeId == programmeId).ToDictionaryAsync(p => p.Code, p => p.Name, ct);

    private static IQueryable<HubSummary> HubQuery(IQueryable<Hub> hubs) =>
        hubs.AsNoTracking().OrderBy(h => h.Name)
            .Select(h => new HubSummary(h.Id, h.ProgrammeId, h.Name, h.Region, h.Kind == HubKind.TopDown ? "top-down" : "bottom-up"));

    public async Task AssignClusterAsync(Guid programmeId, string schoolId, Guid? clusterId, CancellationToken ct)
    {
        var participation = await db.Set<Participation>().FirstOrDefaultAsync(p => p.ProgrammeId == programmeId && p.SchoolId == schoolId, ct)
            ?? throw new NotFoundException(new CatalogText("Programs.Error.NotParticipant", schoolId));
        participation.ClusterId = clusterId;
        participation.UpdatedAt = DateTime.UtcNow;
    }

    private IQueryable<SchoolParticipation> Query(IQueryable<Participation> participations) =>
        from p in participations.AsNoTracking()
        join programme in db.Set<Programme>() on p.ProgrammeId equals programme.Id
        orderby programme.Name, p.SchoolId
        select new SchoolParticipation(p.ProgrammeId, programme.Name, p.SchoolId,
            p.Role == ParticipantRole.Mentor ? "mentor" : "mentee",
            p.Status == ParticipationStatus.Applied ? "applied" : p.Status == ParticipationStatus.Accepted ? "accepted" : p.Status == ParticipationStatus.Active ? "active" : "withdrawn",
            p.HubId, p.ClusterId, p.PriorityCodes);
}
