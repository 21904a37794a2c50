using System.Security.Claims;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;

namespace MentorHub.Web.Modules.Clusters;

/// <summary>
/// Who may do what with one cluster. Seen by whoever sees its programme; coordinated by the
/// programme's national coordinators and its hub's coordinators; its shared space edited by them, the
/// mentor school's staff and anyone holding a staff role on the cluster itself; its coordinators'
/// names and e-mails shown to those and to the staff of its member schools, never to teachers,
/// researchers or policy viewers.
/// </summary>
internal sealed class ClusterAuthorizationHandler(IProgrammeDirectory programmes) : AuthorizationHandler<ClusterOperation, ClusterResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ClusterOperation requirement, ClusterResource resource)
    {
        var user = context.User;
        var coordinates = ClustersAccess.CoordinatesScope(programmes, user, resource.ProgrammeId, resource.HubId);
        var clusterStaff = user.HoldsAny(ScopeType.Cluster, resource.ClusterId.ToString(), Scopes.SchoolStaffRoles);
        var allowed = requirement.Name switch
        {
            nameof(ClusterOperations.Read) => await programmes.CanSeeAsync(user, resource.ProgrammeId, CancellationToken.None),
            nameof(ClusterOperations.Coordinate) => coordinates,
            nameof(ClusterOperations.Edit) => coordinates || clusterStaff || ClustersAccess.ActsFor(user, resource.MentorSchoolId),
            nameof(ClusterOperations.ReadContacts) => coordinates || clusterStaff || resource.SchoolIds.Any(s => IsStaff(user, s)),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
    }

    private static bool IsStaff(ClaimsPrincipal user, string schoolId) => user.HoldsAny(ScopeType.School, schoolId, Scopes.SchoolStaffRoles);
}
