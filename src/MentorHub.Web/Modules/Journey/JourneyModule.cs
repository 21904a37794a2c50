using MentorHub.Web.Modules.Journey.Api;
using MentorHub.Web.Modules.Journey.Demo;
using MentorHub.Web.Modules.Journey.JourneyOverview;
using MentorHub.Web.Modules.Journey.KeepAgreement;
using MentorHub.Web.Modules.Journey.MoveJourney;
using MentorHub.Web.Modules.Journey.ShowJourney;
using MentorHub.Web.Platform.Demo;
using Microsoft.AspNetCore.Authorization;

namespace MentorHub.Web.Modules.Journey;

/// <summary>The process model: phases and cycles of clusters and schools, moves, anchoring agreements, the coordinators' overview.</summary>
internal static class JourneyModule
{
    public static IServiceCollection AddJourneyModule(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler, JourneyAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, JourneyOverviewAuthorizationHandler>();
        services.AddScoped<JourneyAccess>();
        services.AddScoped<ShowJourneyHandler>();
        services.AddScoped<MoveJourneyHandler>();
        services.AddScoped<AgreementHandler>();
        services.AddScoped<JourneyOverviewHandler>();
        services.AddScoped<IJourneyEvidenceSource, AgreementEvidence>();
        services.AddScoped<IClusterJourney, ClusterJourney>();
        services.AddScoped<IDemoContributor, JourneyDemo>();
        return services;
    }

    public static RouteGroupBuilder MapJourneyModule(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Journey");
        ShowJourneyEndpoint.Map(group);
        MoveJourneyEndpoint.Map(group);
        AgreementEndpoints.Map(group);
        JourneyOverviewEndpoint.Map(group);
        return api;
    }
}
