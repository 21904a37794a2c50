using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Modules.Programs.ManageHubs;
using MentorHub.Web.Modules.Programs.ManageParticipants;
using MentorHub.Web.Modules.Programs.ManageProgrammes;
using MentorHub.Web.Platform.Demo;

namespace MentorHub.Web.Modules.Programs;

internal static class ProgramsModule
{
    public static IServiceCollection AddProgramsModule(this IServiceCollection services)
    {
        services.AddScoped<ProgrammeVisibility>();
        services.AddScoped<ProgrammeAccess>();
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, ProgrammeAuthorizationHandler>();
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, HubAuthorizationHandler>();
        services.AddScoped<ParticipantsHandler>();
        services.AddScoped<IProgrammeDirectory, ProgrammeDirectory>();
        services.AddScoped<Platform.Web.IStartLinkSource, ProgrammeStartLinks>();
        services.AddScoped<IDemoContributor, ProgramsDemo>();
        return services;
    }

    public static RouteGroupBuilder MapProgramsModule(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Programmes");
        ProgrammesEndpoints.Map(group);
        HubsEndpoints.Map(group);
        ParticipantsEndpoints.Map(group);
        return api;
    }
}
