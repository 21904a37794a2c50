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

    public async Task<ClusterMembers?> MembersAsync(Guid clusterId, CancellationToken ct)
    {
        var cluster = await db.Set<Cluster>().AsNoTracking().Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == clusterId, ct);
        return cluster is null ? null : ToMembers(cluster);
    }

    public async Task<ClusterMembers?> CurrentClusterOfAsync(Guid programmeId, string schoolId, CancellationToken ct)
    {
        var clusterId = await db.Set<ClusterMember>().AsNoTracking()
            .Where(m => m.ProgrammeId == programmeId && m.SchoolId == schoolId && m.LeftAt == null)
            .OrderByDescending(m => m.JoinedAt).Select(m => (Guid?)m.ClusterId).FirstOrDefaultAsync(ct);
        return clusterId is { } id ? await MembersAsync(id, ct) : null;
    }

    private static ClusterMembers ToMembers(Cluster cluster) =>
        new(cluster.Id, cluster.ProgrammeId, cluster.HubId, cluster.MentorSchoolId,
            [.. cluster.CurrentMenteeIds.Order(StringComparer.Ordinal)]);
}
