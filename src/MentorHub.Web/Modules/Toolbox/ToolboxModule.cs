using MentorHub.Web.Modules.Journey.Api;
using MentorHub.Web.Modules.Toolbox.Api;
using MentorHub.Web.Modules.Toolbox.BrowseMethods;
using MentorHub.Web.Modules.Toolbox.Demo;
using MentorHub.Web.Modules.Toolbox.ManageMethods;
using MentorHub.Web.Modules.Toolbox.RecommendMethods;
using MentorHub.Web.Modules.Toolbox.RunInquiries;
using MentorHub.Web.Platform.Demo;
using Microsoft.AspNetCore.Authorization;

namespace MentorHub.Web.Modules.Toolbox;

/// <summary>The methods toolbox (Future School, Digipeda, TISL, the activity formats, programmes' own), recommendations, TISL inquiries.</summary>
internal static class ToolboxModule
{
    public static IServiceCollection AddToolboxModule(this IServiceCollection services)
    {
        services.AddScoped<ToolboxAccess>();
        services.AddScoped<MethodCatalog>();
        services.AddScoped<IMethodDirectory, MethodDirectory>();
        services.AddScoped<IAuthorizationHandler, ProgrammeMethodsAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, SchoolPlaceAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, InquiryAuthorizationHandler>();
        services.AddScoped<BrowseMethodsHandler>();
        services.AddScoped<ManageMethodsHandler>();
        services.AddScoped<RecommendationsHandler>();
        services.AddScoped<InquiriesHandler>();
        services.AddScoped<IJourneyEvidenceSource, InquiryEvidence>();
        services.AddScoped<IDemoContributor, ToolboxDemo>();
        return services;
    }

    public static RouteGroupBuilder MapToolboxModule(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Toolbox");
        MethodsEndpoint.Map(group);
        ManageMethodsEndpoints.Map(group);
        RecommendationsEndpoint.Map(group);
        InquiriesEndpoints.Map(group);
        return api;
    }
}
