using MentorHub.Web.Modules.Activities.Api;

namespace MentorHub.Web.Modules.Activities;

/// <summary>The activity log, the calendar and its iCal feed, reflections and the cluster diary.</summary>
internal static class ActivitiesModule
{
    public static IServiceCollection AddActivitiesModule(this IServiceCollection services)
    {
        services.AddScoped<IActivityLog, NoActivities>();
        return services;
    }

    public static RouteGroupBuilder MapActivitiesModule(this RouteGroupBuilder api)
    {
        api.MapGroup("").WithTags("Activities");
        return api;
    }

    /// <summary>Until activities are stored, no cluster has logged any.</summary>
    private sealed class NoActivities : IActivityLog
    {
        public Task<IReadOnlyDictionary<Guid, DateTime>> LastLoggedAsync(IReadOnlyCollection<Guid> clusterIds, CancellationToken ct) =>
            Task.FromResult<IReadOnlyDictionary<Guid, DateTime>>(new Dictionary<Guid, DateTime>());

        public Task<IReadOnlyList<MethodUse>> MethodUseAsync(Guid programmeId, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<MethodUse>>([]);
    }
}
