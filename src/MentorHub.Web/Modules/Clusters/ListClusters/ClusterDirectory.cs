using MentorHub.Web.Modules.Clusters.Api;
using MentorHub.Web.Modules.Clusters.Domain;
using MentorHub.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Clusters.ListClusters;

internal sealed class ClusterDirectory(AppDbContext db) : IClusterDirectory
{
    public const string TopDown = "top-down";
    public const string BottomUp = "bottom-up";

    public async Task<IReadOnlyList<ClusterSummary>> ClustersAsync(Guid programmeId, CancellationToken ct) =>
        (await db.Set<Cluster>().AsNoTracking().Where(c => c.ProgrammeId == programmeId).Select(c => new { c.Id, c.Name, c.Mode }).ToListAsync(ct))
            .Select(c => new ClusterSummary(c.Id, c.Name, c.Mode == ClusterMode.TopDown ? TopDown : BottomUp))
            .ToList();

    public async Task<ClusterPlace?> PlaceAsync(Guid clusterId, CancellationToken ct) =>
        await db.Set<Cluster>().AsNoTracking().Where(c => c.Id == clusterId)
            .Select(c => new ClusterPlace(c.Id, c.ProgrammeId, c.HubId)).FirstOrDefaultAsync(ct);

    public async Task<ClusterMembers?> MembersAsync(Guid clusterId, CancellationToken ct) =>
        (await ReadMembersAsync(db.Set<Cluster>().Where(c => c.Id == clusterId), ct)).SingleOrDefault();

    public Task<IReadOnlyList<ClusterMembers>> MembersOfProgrammeAsync(Guid programmeId, Guid? hubId, CancellationToken ct) =>
        ReadMembersAsync(db.Set<Cluster>().Where(c => c.ProgrammeId == programmeId && (hubId == null || c.HubId == hubId)), ct);

    private async Task<IReadOnlyList<ClusterMembers>> ReadMembersAsync(IQueryable<Cluster> clusters, CancellationToken ct)
    {
        var rows = await clusters.AsNoTracking()
            .Select(c => new { c.Id, c.Name, c.ProgrammeId, c.HubId, c.MentorSchoolId })
            .ToListAsync(ct);
        var ids = clusters.Select(c => c.Id);
        var members = (await db.Set<ClusterMember>().AsNoTracking()
                .Where(m => m.LeftAt == null && ids.Contains(m.ClusterId))
                .Select(m => new { m.ClusterId, m.SchoolId, m.Role })
                .ToListAsync(ct))
            .ToLookup(m => m.ClusterId);
        return rows.Select(r => new ClusterMembers(r.Id, r.Name, r.ProgrammeId, r.HubId, r.MentorSchoolId,
                [.. members[r.Id].OrderBy(m => m.Role).ThenBy(m => m.SchoolId, StringComparer.Ordinal).Select(m => m.SchoolId)]))
            .ToList();
    }
}
