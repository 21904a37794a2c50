using System.Security.Claims;
using MentorHub.Web.Modules.Clusters.Domain;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Security;
using MentorHub.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MentorHub.Web.Modules.Clusters.ListClusters;

/// <summary>Start-page entries for the clusters a person works in: by a role on the cluster, or through their school's place in one.</summary>
internal sealed class ClusterStartLinks(AppDbContext db, IProgrammeDirectory programmes, IStringLocalizer<ClusterStartLinks> L) : IStartLinkSource
{
    public int Order => 20;

    public async Task<IReadOnlyList<StartLink>> LinksAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var ids = user.ScopeIds(ScopeType.Cluster).Select(c => Guid.TryParse(c, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToHashSet();
        foreach (var school in user.ScopeIds(ScopeType.School))
        {
            foreach (var participation in await programmes.ParticipationsOfSchoolAsync(school, ct))
            {
                if (participation.ClusterId is { } clusterId && participation.Status != "withdrawn")
                {
                    ids.Add(clusterId);
                }
            }
        }
        if (ids.Count == 0)
        {
            return [];
        }
        var clusters = await db.Set<Cluster>().AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToListAsync(ct);
        return clusters.OrderBy(c => c.Name, StringComparer.CurrentCulture)
            .Select(c => new StartLink(c.Name, $"/clusters/{c.Id}", L["Clusters.Start.Hint"]))
            .ToList();
    }
}
