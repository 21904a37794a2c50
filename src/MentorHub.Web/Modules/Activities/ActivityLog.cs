using MentorHub.Web.Modules.Activities.Api;
using MentorHub.Web.Modules.Activities.Domain;
using MentorHub.Web.Modules.Journey.Api;
using MentorHub.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MentorHub.Web.Modules.Activities;

/// <summary>What the journey overview and the toolbox read of the activity log, in one query each whatever the number of clusters.</summary>
internal sealed class ActivityLog(AppDbContext db, TimeProvider time) : IActivityLog
{
    public async Task<IReadOnlyDictionary<Guid, DateTime>> LastLoggedAsync(IReadOnlyCollection<Guid> clusterIds, CancellationToken ct)
    {
        if (clusterIds.Count == 0)
        {
            return new Dictionary<Guid, DateTime>();
        }
        var now = time.GetUtcNow().UtcDateTime;
        var ids = clusterIds.Distinct().ToList();
        // A planned activity has not taken place yet: until it starts, only its logging counts. So the
        // answer is the later of the latest logging and the latest start up to now; each is read from an
        // index of (cluster, that time) without touching the activities themselves.
        var logged = await db.Set<Activity>().AsNoTracking().Where(a => ids.Contains(a.ClusterId))
            .GroupBy(a => a.ClusterId).Select(g => new { ClusterId = g.Key, At = g.Max(a => a.CreatedAt) })
            .ToDictionaryAsync(r => r.ClusterId, r => r.At, ct);
        var tookPlace = await db.Set<Activity>().AsNoTracking().Where(a => ids.Contains(a.ClusterId) && a.StartsAt <= now)
            .GroupBy(a => a.ClusterId).Select(g => new { ClusterId = g.Key, At = g.Max(a => a.StartsAt) })
            .ToDictionaryAsync(r => r.ClusterId, r => r.At, ct);
        return logged.ToDictionary(l => l.Key, l => tookPlace.TryGetValue(l.Key, out var t) && t > l.Value ? t : l.Value);
    }

    public async Task<IReadOnlyList<MethodUse>> MethodUseAsync(Guid programmeId, CancellationToken ct)
    {
        var rows = await db.Set<Activity>().AsNoTracking().Where(a => a.ProgrammeId == programmeId)
            .GroupBy(a => new { Method = a.MethodId ?? a.Format, a.ClusterId })
            .Select(g => new { g.Key.Method, g.Key.ClusterId, Count = g.Count() })
            .ToListAsync(ct);
        return [.. rows.GroupBy(r => r.Method)
            .Select(g => new MethodUse(g.Key, g.Sum(r => r.Count), [.. g.Select(r => r.ClusterId).Distinct()]))
            .OrderByDescending(m => m.Activities).ThenBy(m => m.MethodId, StringComparer.Ordinal)];
    }
}

/// <summary>
/// Activities and reflections as evidence of the journey's phases, by title only: learning formats
/// (workshops, visits, observations, webinars, job shadowing, Teachmeets, expert talks) show a cluster
/// acquiring new perspectives, planning meetings joint planning, reflection meetings and written
/// reflections reflection, and every other activity development action.
/// </summary>
internal sealed class ActivityEvidence(AppDbContext db, IStringLocalizer<ActivityEvidence> L) : IJourneyEvidenceSource
{
    private static readonly HashSet<string> Perspectives = new(StringComparer.Ordinal)
    {
        "workshop", "online-workshop", "school-visit", "lesson-observation", "webinar", "job-shadowing", "teachmeet", "expert-talk",
    };

    public static JourneyPhase PhaseOf(string format) => format switch
    {
        "planning-meeting" => JourneyPhase.JointPlanning,
        "reflection-meeting" => JourneyPhase.Reflection,
        _ when Perspectives.Contains(format) => JourneyPhase.AcquiringNewPerspectives,
        _ => JourneyPhase.DevelopmentAction,
    };

    public async Task<IReadOnlyList<JourneyEvidence>> EvidenceAsync(Guid programmeId, Guid clusterId, IReadOnlyCollection<string> schoolIds, CancellationToken ct)
    {
        var activities = await db.Set<Activity>().AsNoTracking().Where(a => a.ClusterId == clusterId && a.ProgrammeId == programmeId)
            .Select(a => new { a.Id, a.Title, a.Format, a.StartsAt }).ToListAsync(ct);
        var reflections = await db.Set<Reflection>().AsNoTracking().Where(r => r.ClusterId == clusterId && schoolIds.Contains(r.SchoolId))
            .Select(r => new { r.SchoolId, r.ActivityId, r.TermStart, r.WrittenAt }).ToListAsync(ct);
        var titles = activities.ToDictionary(a => a.Id, a => a.Title);
        var evidence = activities.Select(a => new JourneyEvidence(PhaseOf(a.Format), null, "activity", a.Title, $"/clusters/{clusterId}/activities/{a.Id}", a.StartsAt)).ToList();
        evidence.AddRange(reflections.Select(r => new JourneyEvidence(JourneyPhase.Reflection, r.SchoolId, "reflection",
            r.ActivityId is { } id ? titles.GetValueOrDefault(id, "") : L[Term.Of(r.TermStart!.Value).SeasonKey, r.TermStart.Value.Year],
            $"/clusters/{clusterId}/reflections?term={(r.TermStart is { } t ? Term.Of(t) : Term.Of(r.WrittenAt)).Key}", r.WrittenAt)));
        return [.. evidence.OrderBy(e => e.At)];
    }
}
