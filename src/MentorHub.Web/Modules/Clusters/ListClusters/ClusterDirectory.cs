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

    public async Task<SchoolCluster?> CurrentClusterOfSchoolAsync(Guid programmeId, string schoolId, CancellationToken ct) =>
        await (from m in db.Set<ClusterMember>().AsNoTracking()
               join c in db.Set<Cluster>().AsNoTracking() on m.ClusterId equals c.Id
               where m.ProgrammeId == programmeId && m.SchoolId == schoolId && m.LeftAt == null
               select new SchoolCluster(c.Id, c.ProgrammeId, c.HubId, c.MentorSchoolId)).FirstOrDefaultAsync(ct);
}
