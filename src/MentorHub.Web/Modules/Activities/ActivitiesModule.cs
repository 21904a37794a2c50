using MentorHub.Web.Modules.Activities.Api;
using MentorHub.Web.Modules.Activities.Calendar;
using MentorHub.Web.Modules.Activities.Demo;
using MentorHub.Web.Modules.Activities.Diary;
using MentorHub.Web.Modules.Activities.LogActivity;
using MentorHub.Web.Modules.Activities.Reflect;
using MentorHub.Web.Modules.Journey.Api;
using MentorHub.Web.Platform.Demo;
using Microsoft.AspNetCore.Authorization;

namespace MentorHub.Web.Modules.Activities;

/// <summary>The activity log, the calendar and its iCal feed, reflections and the cluster diary.</summary>
internal static class ActivitiesModule
{
    public static IServiceCollection AddActivitiesModule(this IServiceCollection services)
    {
        services.AddScoped<IActivityLog, ActivityLog>();
        services.AddScoped<IJourneyEvidenceSource, ActivityEvidence>();
        services.AddScoped<IAuthorizationHandler, ActivityAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, ReflectionAuthorizationHandler>();
        services.AddScoped<ActivityClusters>();
        services.AddScoped<IActivityAccess>(sp => sp.GetRequiredService<ActivityClusters>());
        services.AddScoped<ActivitiesHandler>();
        services.AddScoped<CalendarHandler>();
        services.AddScoped<ReflectionsHandler>();
        services.AddScoped<DiaryHandler>();
        services.AddScoped<IDemoContributor, ActivitiesDemo>();
        return services;
    }

    public static RouteGroupBuilder MapActivitiesModule(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Activities");
        ActivitiesEndpoints.Map(group);
        CalendarEndpoints.Map(group);
        ReflectionsEndpoints.Map(group);
        DiaryEndpoints.Map(group);
        return api;
    }
}
