using MentorHub.Web.Modules.Journey.Api;
using MentorHub.Web.Modules.Planning.Api;
using MentorHub.Web.Modules.Planning.Domain;
using MentorHub.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Planning;

/// <summary>The goals of schools' current plans, by title, for activities and the journey.</summary>
internal sealed class PlanDirectory(AppDbContext db) : IPlanDirectory
{
    public async Task<IReadOnlyList<PlanGoal>> GoalsAsync(Guid programmeId, IReadOnlyCollection<string> schoolIds, CancellationToken ct)
    {
        var plans = await CurrentPlansAsync(db, programmeId, schoolIds, ct);
        return [.. plans.SelectMany(p => p.Goals.Select(g => new PlanGoal(g.Id, p.Id, p.SchoolId, g.Title, g.AreaIds)))];
    }

    internal static async Task<List<Plan>> CurrentPlansAsync(AppDbContext db, Guid programmeId, IReadOnlyCollection<string> schoolIds, CancellationToken ct)
    {
        var ids = schoolIds.ToList();
        return (await db.Set<Plan>().AsNoTracking()
                .Where(p => p.ProgrammeId == programmeId && p.SupersededAt == null && ids.Contains(p.SchoolId))
                .ToListAsync(ct))
            .OrderBy(p => p.SchoolId, StringComparer.Ordinal).ToList();
    }
}

/// <summary>
/// A school's current plan is evidence of joint planning; its actions under way or done are evidence of
/// development action. Titles only: the journey's readers may not be the plan's readers.
/// </summary>
internal sealed class PlanEvidence(AppDbContext db) : IJourneyEvidenceSource
{
    public async Task<IReadOnlyList<JourneyEvidence>> EvidenceAsync(Guid programmeId, Guid clusterId, IReadOnlyCollection<string> schoolIds, CancellationToken ct)
    {
        var evidence = new List<JourneyEvidence>();
        foreach (var plan in await PlanDirectory.CurrentPlansAsync(db, programmeId, schoolIds, ct))
        {
            var path = $"/plans/{plan.Id}";
            var title = string.Join(" · ", plan.Goals.Select(g => g.Title));
            evidence.Add(new JourneyEvidence(JourneyPhase.JointPlanning, plan.SchoolId, "plan", title, path, plan.CreatedAt));
            foreach (var action in plan.Goals.SelectMany(g => g.Actions).Where(a => a.Status is ActionStatus.InProgress or ActionStatus.Done))
            {
                evidence.Add(new JourneyEvidence(JourneyPhase.DevelopmentAction, plan.SchoolId, "plan", action.Title, path,
                    action.StartsOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
            }
        }
        return evidence;
    }
}
