using System.Security.Claims;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;

namespace MentorHub.Web.Modules.Toolbox;

/// <summary>A programme's own methods: its national coordinators and the coordinators of its hubs write them.</summary>
internal sealed class ProgrammeMethodsAuthorizationHandler(IProgrammeDirectory programmes) : AuthorizationHandler<ToolboxOperation, ProgrammeResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ToolboxOperation requirement, ProgrammeResource resource)
    {
        if (requirement.Name != nameof(ToolboxOperations.ManageMethods))
        {
            return;
        }
        var user = context.User;
        if (programmes.CanManage(user, resource.ProgrammeId))
        {
            context.Succeed(requirement);
            return;
        }
        var hubs = user.ScopeIds(ScopeType.Hub);
        if (hubs.Count > 0 && (await programmes.HubsOfProgrammeAsync(resource.ProgrammeId, CancellationToken.None))
                .Any(h => user.Holds(Role.HubCoordinator, ScopeType.Hub, h.Id.ToString())))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>
/// A school in a programme: its recommendations are read by whoever reads its report and plan (its staff,
/// its mentor school's staff and staff acting for its cluster, its hub's coordinators, the programme's
/// national coordinators, admins), never by teachers, researchers or policy viewers; inquiries are
/// started by its teachers and staff.
/// </summary>
internal sealed class SchoolPlaceAuthorizationHandler : AuthorizationHandler<ToolboxOperation, SchoolPlaceResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ToolboxOperation requirement, SchoolPlaceResource resource)
    {
        var user = context.User;
        var allowed = requirement.Name switch
        {
            nameof(ToolboxOperations.ReadRecommendations) => ToolboxAccess.Coordinates(user, resource) || ToolboxAccess.WorksWith(user, resource),
            nameof(ToolboxOperations.StartInquiry) => user.IsAdmin() || ToolboxAccess.IsStaff(user, resource.SchoolId) || user.Holds(Role.Teacher, ScopeType.School, resource.SchoolId),
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
/// A TISL inquiry. Edited by its author, its school's staff and admins; read by them, by the coordinators of
/// its hub and programme, and, once shared, by the staff and teachers of its cluster's schools and its mentor.
/// Nobody else may know it exists.
/// </summary>
internal sealed class InquiryAuthorizationHandler : AuthorizationHandler<ToolboxOperation, InquiryResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ToolboxOperation requirement, InquiryResource resource)
    {
        var user = context.User;
        var school = resource.School;
        var edits = user.IsAdmin() || user.UserId() == resource.AuthorId || ToolboxAccess.IsStaff(user, school.SchoolId);
        var allowed = requirement.Name switch
        {
            nameof(ToolboxOperations.EditInquiry) => edits,
            nameof(ToolboxOperations.ReadInquiry) => edits || ToolboxAccess.Coordinates(user, school) || (resource.Shared && InCluster(user, school)),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }

    private static bool InCluster(ClaimsPrincipal user, SchoolPlaceResource school) =>
        (school.ClusterId is { } cluster && user.HoldsAny(ScopeType.Cluster, cluster.ToString(), Scopes.SchoolStaffRoles))
        || school.ClusterSchoolIds.Any(s => ToolboxAccess.IsStaff(user, s) || user.Holds(Role.Teacher, ScopeType.School, s))
        || ToolboxAccess.IsStaff(user, school.SchoolId)
        || user.Holds(Role.Teacher, ScopeType.School, school.SchoolId);
}
