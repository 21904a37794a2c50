using MentorHub.Web.Modules.Journey.Api;
using MentorHub.Web.Modules.Planning.Api;
using MentorHub.Web.Modules.Planning.ManagePlans;

namespace MentorHub.Web.Modules.Planning;

/// <summary>Development plans: goals from a school's needs and the programme's priorities, actions, progress notes.</summary>
internal static class PlanningModule
{
    public static IServiceCollection AddPlanningModule(this IServiceCollection services)
    {
        services.AddScoped<PlanAccess>();
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, PlanAuthorizationHandler>();
        services.AddScoped<PlansHandler>();
        services.AddScoped<PlanLabels>();
        services.AddScoped<IPlanDirectory, PlanDirectory>();
        services.AddScoped<IJourneyEvidenceSource, PlanEvidence>();
        services.AddScoped<Platform.Demo.IDemoContributor, Demo.PlanningDemo>();
        return services;
    }

    public static RouteGroupBuilder MapPlanningModule(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Planning");
        PlansEndpoints.Map(group);
        return api;
    }
}
