using System.Security.Claims;

namespace MentorHub.Web.Modules.Journey.Api;

/// <summary>Where a cluster stands, for a glance from another page (the cluster page).</summary>
public sealed record JourneyGlance(Guid ClusterId, int Cycle, JourneyPhase Phase, DateTime? Since);

/// <summary>What other modules may read of a cluster's journey.</summary>
public interface IClusterJourney
{
    /// <returns>The cluster's cycle and phase, or null when the caller may not read its journey.</returns>
    Task<JourneyGlance?> GlanceAsync(Guid clusterId, ClaimsPrincipal user, CancellationToken ct);
}
