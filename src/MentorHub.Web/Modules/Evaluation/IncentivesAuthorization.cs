using System.Security.Claims;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;

namespace MentorHub.Web.Modules.Evaluation;

/// <summary>
/// Who sees the money and the other incentives a programme gave (ADR 0018): national coordinators and
/// admins everything; hub coordinators record and read for their hubs' schools; a school's coordinators
/// and leaders read what their school received. Without a school, the question is "may the caller
/// read (or record) any part of the ledger at all".
/// </summary>
internal sealed class IncentiveAuthorizationHandler(IProgrammeDirectory programmes) : AuthorizationHandler<IncentiveOperation, IncentiveResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, IncentiveOperation requirement, IncentiveResource resource)
    {
        var user = context.User;
        bool allowed;
        if (programmes.CanManage(user, resource.ProgrammeId))
        {
            allowed = true;
        }
        else if (resource.School is { } school)
        {
            var hub = school.ProgrammeId == resource.ProgrammeId && IncentivesAccess.CoordinatesHub(user, school.HubId);
            allowed = requirement.Name switch
            {
                "RecordIncentives" => hub,
                "ReadIncentives" => hub || (school.ProgrammeId == resource.ProgrammeId && IncentivesAccess.SchoolReader(user, school.SchoolId)),
                _ => false,
            };
        }
        else
        {
            var hubs = await programmes.HubsOfProgrammeAsync(resource.ProgrammeId, CancellationToken.None);
            var hubCoordinator = hubs.Any(h => IncentivesAccess.CoordinatesHub(user, h.Id));
            allowed = requirement.Name switch
            {
                "RecordIncentives" => hubCoordinator,
                "ReadIncentives" => hubCoordinator || await ReadsASchoolAsync(user, resource.ProgrammeId),
                _ => false,
            };
        }
        if (allowed)
        {
            context.Succeed(requirement);
        }
    }

    private async Task<bool> ReadsASchoolAsync(ClaimsPrincipal user, Guid programmeId)
    {
        var schools = user.ScopedRoles()
            .Where(r => r.ScopeType == ScopeType.School && IncentivesAccess.SchoolReaderRoles.Contains(r.Role))
            .Select(r => r.ScopeId)
            .Distinct();
        foreach (var school in schools)
        {
            if ((await programmes.ParticipationsOfSchoolAsync(school, CancellationToken.None)).Any(p => p.ProgrammeId == programmeId))
            {
                return true;
            }
        }
        return false;
    }
}

internal static class IncentivesAccess
{
    /// <summary>The school's management: those who answer for what the school received.</summary>
    public static readonly Role[] SchoolReaderRoles = [Role.SchoolCoordinator, Role.SchoolLeader];

    public static bool CoordinatesHub(ClaimsPrincipal user, Guid? hubId) =>
        hubId is { } hub && user.Holds(Role.HubCoordinator, ScopeType.Hub, hub.ToString());

    public static bool SchoolReader(ClaimsPrincipal user, string schoolId) => user.HoldsAny(ScopeType.School, schoolId, SchoolReaderRoles);
}
