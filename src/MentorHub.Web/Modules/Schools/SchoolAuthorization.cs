using System.Security.Claims;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;

namespace MentorHub.Web.Modules.Schools;

/// <summary>
/// A school within one programme, decided from where it sits (programme, hub, cluster) and the roles
/// the caller holds on those scopes; a role on a scope reaches everything in it.
/// Results (aggregates): admins, the programme's national coordinators, researchers and policy
/// viewers, the coordinators of its hub, the staff of its cluster and of the school itself.
/// Comparison by name: admins, the programme's national coordinators and the coordinators of its hub.
/// </summary>
internal sealed class SchoolAuthorizationHandler : AuthorizationHandler<SchoolOperation, SchoolResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SchoolOperation requirement, SchoolResource resource)
    {
        var user = context.User;
        var allowed = requirement.Name switch
        {
            nameof(SchoolOperations.ReadResults) => Coordinates(user, resource)
                || user.HoldsAny(ScopeType.Programme, resource.ProgrammeId.ToString(), Scopes.ProgrammeReaders)
                || (resource.ClusterId is { } cluster && user.HoldsAny(ScopeType.Cluster, cluster.ToString(), Scopes.SchoolStaffRoles))
                || user.HoldsAny(ScopeType.School, resource.SchoolId, Scopes.SchoolStaffRoles),
            nameof(SchoolOperations.Compare) => Coordinates(user, resource),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }

    private static bool Coordinates(ClaimsPrincipal user, SchoolResource school) =>
        user.IsAdmin()
        || user.Holds(Role.NationalCoordinator, ScopeType.Programme, school.ProgrammeId.ToString())
        || (school.HubId is { } hub && user.Holds(Role.HubCoordinator, ScopeType.Hub, hub.ToString()));
}
