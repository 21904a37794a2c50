using System.Security.Claims;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;

namespace MentorHub.Web.Modules.Activities;

/// <summary>
/// Who works with a cluster's activity log: the programme's national coordinators, the hub's
/// coordinators, the mentor school's staff, staff holding a role on the cluster and the staff of its
/// member schools log and edit; teachers of member schools read as well. Researchers and policy
/// viewers see activities only as aggregates, elsewhere.
/// </summary>
internal sealed class ActivityAuthorizationHandler(IProgrammeDirectory programmes) : AuthorizationHandler<ActivityOperation, ClusterResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ActivityOperation requirement, ClusterResource resource)
    {
        var user = context.User;
        var logs = ActivitiesAccess.Coordinates(programmes, user, resource)
            || ActivitiesAccess.ClusterStaff(user, resource)
            || resource.SchoolIds.Any(s => ActivitiesAccess.Staff(user, s));
        var allowed = requirement.Name switch
        {
            "LogActivities" => logs,
            "ReadActivities" => logs || resource.SchoolIds.Any(s => user.Holds(Role.Teacher, ScopeType.School, s)),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

/// <summary>
/// A school's reflections are its own: its staff write them, its teachers read them, the mentor school
/// reads and comments, coordinators read. Other member schools do not see them.
/// </summary>
internal sealed class ReflectionAuthorizationHandler(IProgrammeDirectory programmes) : AuthorizationHandler<ReflectionOperation, ClusterSchoolResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ReflectionOperation requirement, ClusterSchoolResource resource)
    {
        var user = context.User;
        var cluster = resource.Cluster;
        var member = cluster.SchoolIds.Contains(resource.SchoolId);
        var mentor = ActivitiesAccess.ClusterStaff(user, cluster);
        var allowed = member && requirement.Name switch
        {
            "WriteReflections" => user.IsAdmin() || ActivitiesAccess.Staff(user, resource.SchoolId),
            "CommentReflections" => user.IsAdmin() || mentor,
            "ReadReflections" => ActivitiesAccess.Coordinates(programmes, user, cluster) || mentor
                || ActivitiesAccess.Staff(user, resource.SchoolId) || user.Holds(Role.Teacher, ScopeType.School, resource.SchoolId),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

internal static class ActivitiesAccess
{
    /// <summary>National coordinators (and administrators) of the programme, coordinators of the cluster's hub.</summary>
    public static bool Coordinates(IProgrammeDirectory programmes, ClaimsPrincipal user, ClusterResource cluster) =>
        programmes.CanManage(user, cluster.ProgrammeId)
        || (cluster.HubId is { } hub && user.Holds(Role.HubCoordinator, ScopeType.Hub, hub.ToString()));

    /// <summary>The mentor school's staff and anyone holding a staff role on the cluster itself.</summary>
    public static bool ClusterStaff(ClaimsPrincipal user, ClusterResource cluster) =>
        user.HoldsAny(ScopeType.Cluster, cluster.ClusterId.ToString(), Scopes.SchoolStaffRoles) || Staff(user, cluster.MentorSchoolId);

    public static bool Staff(ClaimsPrincipal user, string schoolId) => user.HoldsAny(ScopeType.School, schoolId, Scopes.SchoolStaffRoles);
}
