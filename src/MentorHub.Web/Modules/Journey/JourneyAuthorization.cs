using System.Security.Claims;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;

namespace MentorHub.Web.Modules.Journey;

/// <summary>
/// Who may read and change a cluster's journey (ADR 0012). The journey shows how each school is doing,
/// so it is for the people who work in the cluster, not for everyone who may see the programme:
/// <list type="bullet">
/// <item><b>Read</b>: the programme's national coordinators, the hub's coordinators, anyone holding a
/// staff role on the cluster, the staff and teachers of its member schools, admins. Researchers and
/// policy viewers see that the cluster exists but not its journey (403).</item>
/// <item><b>Move</b> the cluster or any school: coordinators, the mentor school's staff and cluster staff.
/// A member school's staff move their own school only.</item>
/// <item><b>Edit the agreement</b>: coordinators, the mentor school's staff and cluster staff.</item>
/// <item><b>Confirm the agreement</b> for a school: that school's staff (and admins).</item>
/// </list>
/// </summary>
internal sealed class JourneyAuthorizationHandler(IProgrammeDirectory programmes) : AuthorizationHandler<JourneyOperation, JourneyResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, JourneyOperation requirement, JourneyResource resource)
    {
        var user = context.User;
        var cluster = resource.Cluster;
        var member = resource.SchoolId is { } s && cluster.SchoolIds.Contains(s);
        var leads = Coordinates(programmes, user, cluster.ProgrammeId, cluster.HubId)
            || user.HoldsAny(ScopeType.Cluster, cluster.ClusterId.ToString(), Scopes.SchoolStaffRoles)
            || IsStaff(user, cluster.MentorSchoolId);
        var allowed = requirement.Name switch
        {
            nameof(JourneyOperations.Read) => leads || cluster.SchoolIds.Any(school => IsStaff(user, school) || user.Holds(Role.Teacher, ScopeType.School, school)),
            nameof(JourneyOperations.Move) => leads || (member && IsStaff(user, resource.SchoolId!)),
            nameof(JourneyOperations.EditAgreement) => leads,
            nameof(JourneyOperations.ConfirmAgreement) => member && (user.IsAdmin() || IsStaff(user, resource.SchoolId!)),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }

    internal static bool Coordinates(IProgrammeDirectory programmes, ClaimsPrincipal user, Guid programmeId, Guid? hubId) =>
        programmes.CanManage(user, programmeId) || (hubId is { } hub && user.Holds(Role.HubCoordinator, ScopeType.Hub, hub.ToString()));

    internal static bool IsStaff(ClaimsPrincipal user, string schoolId) => user.HoldsAny(ScopeType.School, schoolId, Scopes.SchoolStaffRoles);
}

/// <summary>The overview is for national coordinators (the whole programme), hub coordinators (their hubs) and admins.</summary>
internal sealed class JourneyOverviewAuthorizationHandler(IProgrammeDirectory programmes) : AuthorizationHandler<JourneyOverviewOperation, JourneyOverviewResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, JourneyOverviewOperation requirement, JourneyOverviewResource resource)
    {
        var user = context.User;
        bool allowed;
        if (programmes.CanManage(user, resource.ProgrammeId))
        {
            allowed = true;
        }
        else if (resource.HubId is { } hub)
        {
            allowed = user.Holds(Role.HubCoordinator, ScopeType.Hub, hub.ToString());
        }
        else
        {
            var held = user.ScopedRoles().Where(r => r.Role == Role.HubCoordinator && r.ScopeType == ScopeType.Hub).Select(r => r.ScopeId).ToHashSet();
            allowed = held.Count > 0 && (await programmes.HubsOfProgrammeAsync(resource.ProgrammeId, CancellationToken.None)).Any(h => held.Contains(h.Id.ToString()));
        }
        if (allowed)
        {
            context.Succeed(requirement);
        }
    }
}
