namespace MentorHub.Web.Modules.Planning.Api;

/// <summary>A goal of a school's development plan, as other modules link to it.</summary>
public sealed record PlanGoal(Guid GoalId, Guid PlanId, string SchoolId, string Title, IReadOnlyList<string> AreaIds);

/// <summary>What other modules (activities, the journey) may read of development plans: goals by title, never the plan's notes.</summary>
public interface IPlanDirectory
{
    /// <returns>The goals of the schools' current plans in the programme.</returns>
    Task<IReadOnlyList<PlanGoal>> GoalsAsync(Guid programmeId, IReadOnlyCollection<string> schoolIds, CancellationToken ct);
}
