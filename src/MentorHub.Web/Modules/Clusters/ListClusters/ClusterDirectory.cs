using MentorHub.Web.Modules.Clusters.Api;
using MentorHub.Web.Modules.Clusters.Domain;
using MentorHub.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Clusters.ListClusters;

internal sealed class ClusterDirectory(AppDbContext db) : IClusterDirectory
{
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(Guid programmeId, CancellationToken ct) =>
        await db.Set<Cluster>().AsNoTracking().Where(c => c.ProgrammeId == programmeId).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
}
