using System.Security.Claims;
using MentorHub.Web.Modules.Clusters.Api;
using MentorHub.Web.Modules.Journey.Api;
using MentorHub.Web.Modules.Journey.Domain;
using MentorHub.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Journey.ShowJourney;

/// <param name="Since">When the school reached its phase; null while neither it nor its cluster ever moved.</param>
/// <param name="FollowsCluster">True while the school has no moves of its own and goes along with its cluster.</param>
internal sealed record SchoolJourneyDto(string SchoolId, int Cycle, string Phase, DateTime? Since, bool FollowsCluster);

internal sealed record EvidenceDto(string? SchoolId, string Kind, string Title, string? Path, DateTime At);

/// <param name="Status"><c>done</c>, <c>current</c> or <c>upcoming</c> in the cluster's current cycle.</param>
internal sealed record PhaseDto(string Phase, string Status, IReadOnlyList<EvidenceDto> Evidence);

/// <param name="SchoolId">The school that moved, or null for the cluster as a whole.</param>
/// <param name="Kind"><c>forward</c>, <c>back</c> or <c>next-cycle</c>.</param>
internal sealed record MoveDto(Guid Id, string? SchoolId, int FromCycle, string FromPhase, int ToCycle, string ToPhase, string Kind, string? Note, Guid? ByUserId, string ByName, DateTime At);

/// <param name="CycleStartedAt">When the cluster started its current cycle; null in cycle 1. The phases list evidence from then on.</param>
/// <param name="EarlierEvidence">How many pieces of evidence belong to earlier cycles (not listed in the phases).</param>
internal sealed record JourneyDto(
    Guid ClusterId, string ClusterName, Guid ProgrammeId, string MentorSchoolId, int Cycle, string Phase, DateTime? Since,
    IReadOnlyList<SchoolJourneyDto> Schools, IReadOnlyList<PhaseDto> Phases, IReadOnlyList<MoveDto> Moves,
    DateTime? CycleStartedAt = null, int EarlierEvidence = 0);

internal sealed record JourneyView(JourneyDto Journey, bool MayMoveCluster, IReadOnlyList<string> MovableSchools);

/// <summary>A cluster's journey: where it and each school stand, the evidence per phase from every module, the history of moves.</summary>
internal sealed class ShowJourneyHandler(AppDbContext db, JourneyAccess access, IEnumerable<IJourneyEvidenceSource> sources)
{
    public async Task<JourneyDto> GetAsync(Guid clusterId, ClaimsPrincipal user, CancellationToken ct)
    {
        var cluster = await access.ReadableAsync(user, clusterId, ct);
        return await BuildAsync(cluster, ct);
    }

    /// <summary>The journey with what the caller may change: the cluster as a whole, and which schools.</summary>
    public async Task<JourneyView> GetPageAsync(Guid clusterId, ClaimsPrincipal user, CancellationToken ct)
    {
        var cluster = await access.ReadableAsync(user, clusterId, ct);
        var journey = await BuildAsync(cluster, ct);
        var movable = new List<string>();
        foreach (var school in cluster.SchoolIds)
        {
            if (await access.AllowsAsync(user, cluster, Platform.Security.JourneyOperations.Move, school))
            {
                movable.Add(school);
            }
        }
        return new JourneyView(journey, await access.AllowsAsync(user, cluster, Platform.Security.JourneyOperations.Move), movable);
    }

    internal async Task<JourneyDto> BuildAsync(ClusterMembers cluster, CancellationToken ct)
    {
        var tracks = await db.Set<JourneyTrack>().AsNoTracking().Where(t => t.ClusterId == cluster.Id).ToListAsync(ct);
        var own = tracks.SingleOrDefault(t => t.IsClusterWide) ?? JourneyTrack.ForCluster(cluster.ProgrammeId, cluster.Id);
        var schools = cluster.SchoolIds.Select(s => tracks.SingleOrDefault(t => t.SchoolId == s) is { } t
                ? new SchoolJourneyDto(s, t.Cycle, t.Phase.Name(), t.Since, false)
                : new SchoolJourneyDto(s, own.Cycle, own.Phase.Name(), own.Since, true))
            .ToList();

        var evidence = new List<JourneyEvidence>();
        foreach (var source in sources)
        {
            evidence.AddRange(await source.EvidenceAsync(cluster.ProgrammeId, cluster.Id, cluster.SchoolIds, ct));
        }
        var moves = await db.Set<JourneyMove>().AsNoTracking().Where(m => m.ClusterId == cluster.Id)
            .OrderByDescending(m => m.At).ThenByDescending(m => m.ToCycle).ToListAsync(ct);
        // The phases show the current cycle's evidence: what came before the cluster started it belongs to an earlier cycle.
        var cycleStarted = CycleStart(moves, own.Cycle);
        var current = evidence.Where(e => cycleStarted is null || e.At >= cycleStarted).ToList();
        var phases = JourneyPhases.All.Select(p => new PhaseDto(
                p.Name(),
                p < own.Phase ? "done" : p == own.Phase ? "current" : "upcoming",
                [.. current.Where(e => e.Phase == p).OrderBy(e => e.At).Select(e => new EvidenceDto(e.SchoolId, e.Kind, e.Title, e.Path, e.At))]))
            .ToList();
        return new JourneyDto(cluster.Id, cluster.Name, cluster.ProgrammeId, cluster.MentorSchoolId, own.Cycle, own.Phase.Name(), own.Since,
            schools, phases, [.. moves.Select(ToDto)], cycleStarted, evidence.Count - current.Count);
    }

    /// <summary>When the cluster as a whole entered <paramref name="cycle"/>: its latest move into it from the cycle before; null in the first cycle.</summary>
    internal static DateTime? CycleStart(IEnumerable<JourneyMove> moves, int cycle) =>
        cycle <= 1 ? null
        : moves.Where(m => m.SchoolId == JourneyTrack.ClusterWide && m.Kind == MoveKind.NextCycle && m.ToCycle == cycle).Select(m => (DateTime?)m.At).Max();

    internal static MoveDto ToDto(JourneyMove m) => new(
        m.Id, m.SchoolId == JourneyTrack.ClusterWide ? null : m.SchoolId, m.FromCycle, m.FromPhase.Name(), m.ToCycle, m.ToPhase.Name(),
        m.Kind switch { MoveKind.Forward => "forward", MoveKind.Back => "back", _ => "next-cycle" }, m.Note, m.ByUserId, m.ByName, m.At);
}
