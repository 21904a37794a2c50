using MentorHub.Web.Modules.Clusters.AcceptProposal;
using MentorHub.Web.Modules.Clusters.Api;
using MentorHub.Web.Modules.Clusters.Demo;
using MentorHub.Web.Modules.Clusters.FormClusterBottomUp;
using MentorHub.Web.Modules.Clusters.ListClusters;
using MentorHub.Web.Modules.Clusters.ManageCluster;
using MentorHub.Web.Modules.Clusters.ProposeClusters;
using MentorHub.Web.Platform.Demo;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MentorHub.Web.Modules.Clusters;

internal static class ClustersModule
{
    public static IServiceCollection AddClustersModule(this IServiceCollection services)
    {
        services.AddScoped<ClustersAccess>();
        services.AddScoped<ClusterNames>();
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, ClusterAuthorizationHandler>();
        services.AddScoped<ProposeClustersHandler>();
        services.AddSingleton<ProposalRunner>();
        services.AddScoped<AcceptProposalHandler>();
        services.AddScoped<ListClustersHandler>();
        services.AddScoped<IClusterDirectory, ClusterDirectory>();
        services.AddScoped<Platform.Web.IStartLinkSource, ClusterStartLinks>();
        services.AddScoped<ClusterRequestsHandler>();
        services.AddScoped<ManageClusterHandler>();
        services.AddScoped<Programs.Api.IParticipationWithdrawalListener, LeaveClusterOnWithdrawal>();
        // A stand-in until the SelfAssessment module registers its source; registered before or after this, its AddScoped wins.
        services.TryAddScoped<ISchoolNeedsSource, NoSchoolNeeds>();
        services.AddScoped<IDemoContributor, ClustersDemo>();
        return services;
    }

    public static RouteGroupBuilder MapClustersModule(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Clusters");
        ProposeClustersEndpoint.Map(group);
        AcceptProposalEndpoint.Map(group);
        ListClustersEndpoint.Map(group);
        ClusterRequestsEndpoints.Map(group);
        ManageClusterEndpoints.Map(group);
        return api;
    }
}
