using MentorHub.Web.Modules.Evaluation.Api;
using MentorHub.Web.Modules.Evaluation.Demo;
using MentorHub.Web.Modules.Evaluation.ReadOutcomes;
using MentorHub.Web.Modules.Evaluation.RecordIncentives;
using MentorHub.Web.Platform.Demo;
using Microsoft.AspNetCore.Authorization;

namespace MentorHub.Web.Modules.Evaluation;

internal static class EvaluationModule
{
    public static IServiceCollection AddEvaluationModule(this IServiceCollection services)
    {
        services.AddScoped<OutcomesReader>();
        services.AddScoped<OutcomeScopeNames>();
        services.AddScoped<IncentivesHandler>();
        services.AddScoped<IAuthorizationHandler, IncentiveAuthorizationHandler>();
        services.AddScoped<IIncentiveLedger, IncentiveLedger>();
        services.AddScoped<IDemoContributor, IncentivesDemo>();
        return services;
    }

    public static RouteGroupBuilder MapEvaluationModule(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Evaluation");
        OutcomesEndpoint.Map(group);
        OutcomesExport.Map(group);
        IncentivesEndpoints.Map(group);
        return api;
    }
}
