using System.Security.Claims;
using MentorHub.Web.Modules.Clusters.Api;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;

namespace MentorHub.Web.Modules.SelfAssessment;

/// <summary>
/// Who reads a shared report (ADR 0016): with <c>OwnStaff</c>, anyone holding a role on the school
/// itself (its teachers and mentors included); with <c>MentorSchool</c>, anyone holding a role on the
/// mentor school of the cluster the school belongs to now. A school that leaves its cluster stops
/// sharing with that mentor at once; researchers and policy viewers never read a school's report.
/// On the cluster page, a school's area means shared with its mentor show to the whole cluster's staff.
/// </summary>
internal sealed class SharedReportAuthorizationHandler(IClusterDirectory clusters) : AuthorizationHandler<RoundOperation, SharedReportResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, RoundOperation requirement, SharedReportResource resource)
    {
        var user = context.User;
        var allowed = requirement.Name switch
        {
            "ReadSharedReport" => (resource.OwnStaff && IsStaffOf(user, resource.SchoolId))
                || (resource.MentorSchool && await ClusterOfAsync(resource) is { } cluster && IsStaffOf(user, cluster.MentorSchoolId)),
            "ReadSharedNeeds" => (resource.OwnStaff && IsStaffOf(user, resource.SchoolId))
                || (resource.MentorSchool && await ClusterOfAsync(resource) is { } cluster && cluster.SchoolIds.Any(s => IsStaffOf(user, s))),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
    }

    /// <summary>The cluster the school is a mentee of now; a mentor school's own report has no mentor to share with.</summary>
    private async Task<ClusterMembers?> ClusterOfAsync(SharedReportResource resource) =>
        (await clusters.CurrentClusterOfAsync(resource.ProgrammeId, resource.SchoolId, CancellationToken.None)) is { } cluster && cluster.MentorSchoolId != resource.SchoolId
            ? cluster
            : null;

    /// <summary>A school's staff for sharing: any role held on the school itself, teachers included.</summary>
    internal static bool IsStaffOf(ClaimsPrincipal user, string schoolId) => user.HoldsAnyRoleOn(ScopeType.School, schoolId);
}
