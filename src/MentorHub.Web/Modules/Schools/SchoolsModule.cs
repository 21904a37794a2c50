using MentorHub.Web.Modules.Schools.Api;
using MentorHub.Web.Modules.Schools.ImportSchools;
using MentorHub.Web.Modules.Schools.SearchSchools;
using MentorHub.Web.Platform.Demo;

namespace MentorHub.Web.Modules.Schools;

internal static class SchoolsModule
{
    public static IServiceCollection AddSchoolsModule(this IServiceCollection services)
    {
        services.AddScoped<ImportSchoolsHandler>();
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, SchoolAuthorizationHandler>();
        services.AddScoped<ISchoolDirectory, SchoolDirectory>();
        services.AddScoped<IDemoContributor, SchoolsDemo>();
        return services;
    }

    public static RouteGroupBuilder MapSchoolsModule(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Schools");
        ImportSchoolsEndpoint.Map(group);
        SearchSchoolsEndpoint.Map(group);
        return api;
    }
}
