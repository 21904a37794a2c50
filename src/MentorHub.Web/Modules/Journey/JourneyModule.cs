namespace MentorHub.Web.Modules.Journey;

/// <summary>The process model: phases and cycles of clusters and schools, moves, anchoring agreements, the coordinators' overview.</summary>
internal static class JourneyModule
{
    public static IServiceCollection AddJourneyModule(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapJourneyModule(this RouteGroupBuilder api)
    {
        api.MapGroup("").WithTags("Journey");
        return api;
    }
}
