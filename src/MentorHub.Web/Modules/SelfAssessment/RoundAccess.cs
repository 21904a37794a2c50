using System.Security.Claims;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;

namespace MentorHub.Web.Modules.SelfAssessment;

/// <summary>
/// Who may open rounds for a school and read its reports: the school's coordinators and leaders,
/// coordinators of the programme (national) or of the school's hub, and admins.
/// </summary>
internal sealed class RoundAccess(IProgrammeDirectory programmes)
{
    public async Task<bool> CanManageAsync(ClaimsPrincipal user, string schoolId, Guid programmeId, CancellationToken ct)
    {
        if (user.IsAdmin()
            || user.Holds(Role.SchoolCoordinator, ScopeType.School, schoolId)
            || user.Holds(Role.SchoolLeader, ScopeType.School, schoolId)
            || user.Holds(Role.NationalCoordinator, ScopeType.Programme, programmeId.ToString()))
        {
            return true;
        }
        var hubs = user.ScopeIds(ScopeType.Hub);
        if (hubs.Count == 0)
        {
            return false;
        }
        var participation = (await programmes.ParticipationsOfSchoolAsync(schoolId, ct)).FirstOrDefault(p => p.ProgrammeId == programmeId);
        return participation?.HubId is { } hub && user.Holds(Role.HubCoordinator, ScopeType.Hub, hub.ToString());
    }

    public async Task EnsureCanManageAsync(ClaimsPrincipal user, string schoolId, Guid programmeId, CancellationToken ct)
    {
        if (!await CanManageAsync(user, schoolId, programmeId, ct))
        {
            throw new ForbiddenException(new CatalogText("SelfAssessment.Error.OnlyRoundManagers"));
        }
    }

    /// <summary>Any school the caller may run rounds for, through a school role; used to list them.</summary>
    public static bool HasSchoolRole(ClaimsPrincipal user, string schoolId) =>
        user.Holds(Role.SchoolCoordinator, ScopeType.School, schoolId) || user.Holds(Role.SchoolLeader, ScopeType.School, schoolId);
}
