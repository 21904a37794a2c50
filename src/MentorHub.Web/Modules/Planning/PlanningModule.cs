using MentorHub.Web.Modules.Planning.Api;

namespace MentorHub.Web.Modules.Planning;

/// <summary>Development plans: goals from a school's needs and the programme's priorities, actions, progress notes.</summary>
internal static class PlanningModule
{
    public static IServiceCollection AddPlanningModule(this IServiceCollection services)
    {
        services.AddScoped<IPlanDirectory, NoPlans>();
        return services;
    }

    public static RouteGroupBuilder MapPlanningModule(this RouteGroupBuilder api)
    {
        api.MapGroup("").WithTags("Planning");
        return api;
    }

    /// <summary>Until plans are stored, no school has goals.</summary>
    private sealed class NoPlans : IPlanDirectory
    {
        public Task<IReadOnlyList<PlanGoal>> GoalsAsync(Guid programmeId, IReadOnlyCollection<string> schoolIds, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<PlanGoal>>([]);
    }
}
