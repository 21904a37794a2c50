using MentorHub.Web.Modules.Evaluation.ReadOutcomes;

namespace MentorHub.Web.Modules.Evaluation;

internal static class EvaluationModule
{
    public static IServiceCollection AddEvaluationModule(this IServiceCollection services)
    {
        services.AddScoped<OutcomesReader>();
        services.AddScoped<OutcomeScopeNames>();
        return services;
    }

    public static RouteGroupBuilder MapEvaluationModule(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Evaluation");
        OutcomesEndpoint.Map(group);
        OutcomesExport.Map(group);
        return api;
    }
}
