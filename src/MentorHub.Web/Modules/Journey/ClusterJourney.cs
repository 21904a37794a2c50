using System.Security.Claims;
using MentorHub.Web.Modules.Clusters.Api;
using MentorHub.Web.Modules.Journey.Api;
using MentorHub.Web.Modules.Journey.Domain;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Journey;

internal sealed class ClusterJourney(AppDbContext db, IClusterDirectory clusters, JourneyAccess access) : IClusterJourney
{
    public async Task<JourneyGlance?> GlanceAsync(Guid clusterId, ClaimsPrincipal user, CancellationToken ct)
    {
        var cluster = await clusters.MembersAsync(clusterId, ct);
        if (cluster is null || !await access.AllowsAsync(user, cluster, JourneyOperations.Read))
        {
            return null;
        }
        var track = await db.Set<JourneyTrack>().AsNoTracking()
            .Where(t => t.ClusterId == clusterId && t.SchoolId == JourneyTrack.ClusterWide)
            .Select(t => new { t.Cycle, t.Phase, t.Since }).SingleOrDefaultAsync(ct);
        return track is null ? new JourneyGlance(clusterId, 1, JourneyPhase.Initiative, null) : new JourneyGlance(clusterId, track.Cycle, track.Phase, track.Since);
    }
}
