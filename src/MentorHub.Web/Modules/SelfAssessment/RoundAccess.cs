using System.Security.Claims;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;

namespace MentorHub.Web.Modules.SelfAssessment;

/// <summary>The self-assessment use cases' door to <see cref="IAuthorizationService"/> for rounds.</summary>
internal sealed class RoundAccess(IAuthorizationService authorization)
{
    public Task<bool> CanManageAsync(ClaimsPrincipal user, string schoolId, Guid programmeId, CancellationToken ct) =>
        authorization.AllowsAsync(user, new RoundResource(null, schoolId, programmeId), RoundOperations.Manage);

    /// <summary>404 for a round of a programme the caller may not see, 403 for one they see but may not manage.</summary>
    public Task EnsureCanManageAsync(ClaimsPrincipal user, string schoolId, Guid programmeId, CancellationToken ct, string? roundId = null) =>
        authorization.EnsureAsync(user, new RoundResource(roundId, schoolId, programmeId), RoundOperations.Read, RoundOperations.Manage,
            roundId is null ? new CatalogText("SelfAssessment.Error.NotInProgramme", schoolId, programmeId) : new CatalogText("SelfAssessment.Error.NoSuchRound", roundId),
            new CatalogText("SelfAssessment.Error.OnlyRoundManagers"));

    public Task<bool> CanShareAsync(ClaimsPrincipal user, SurveyRoundKey round) =>
        authorization.AllowsAsync(user, new RoundResource(round.RoundId, round.SchoolId, round.ProgrammeId), ReportSharingOperations.Share);

    /// <summary>404 for a round the caller may not know, 403 for one they see but may not share.</summary>
    public Task EnsureCanShareAsync(ClaimsPrincipal user, SurveyRoundKey round) =>
        authorization.EnsureAsync(user, new RoundResource(round.RoundId, round.SchoolId, round.ProgrammeId), RoundOperations.Read, ReportSharingOperations.Share,
            new CatalogText("SelfAssessment.Error.NoSuchRound", round.RoundId), new CatalogText("SelfAssessment.Sharing.Error.OnlySchool"));

    /// <summary>Whether what the school shared of the round lets the caller read it.</summary>
    public Task<bool> CanReadSharedAsync(ClaimsPrincipal user, SurveyRoundKey round, Domain.ReportShare? share) =>
        share is { Active: true }
            ? authorization.AllowsAsync(user, new SharedReportResource(round.RoundId, round.SchoolId, round.ProgrammeId, share.MentorSchool, share.OwnStaff), ReportSharingOperations.ReadShared)
            : Task.FromResult(false);

    /// <summary>Whether what the school shared of the round lets the caller see its area means beside its cluster.</summary>
    public Task<bool> CanReadSharedNeedsAsync(ClaimsPrincipal user, SurveyRoundKey round, Domain.ReportShare? share) =>
        share is { Active: true }
            ? authorization.AllowsAsync(user, new SharedReportResource(round.RoundId, round.SchoolId, round.ProgrammeId, share.MentorSchool, share.OwnStaff), ReportSharingOperations.ReadSharedNeeds)
            : Task.FromResult(false);

    /// <summary>Any school the caller may run rounds for, through a school role; used to list them.</summary>
    public static bool HasSchoolRole(ClaimsPrincipal user, string schoolId) =>
        user.Holds(Role.SchoolCoordinator, ScopeType.School, schoolId) || user.Holds(Role.SchoolLeader, ScopeType.School, schoolId);
}

/// <summary>The three things every round check needs.</summary>
internal sealed record SurveyRoundKey(string RoundId, string SchoolId, Guid ProgrammeId)
{
    public static SurveyRoundKey Of(Domain.SurveyRound round) => new(round.Id, round.SchoolId, round.ProgrammeId);
}

/// <summary>
/// A round is known to whoever sees its programme; it is run, and its report read, by the school's
/// coordinators and leaders, the coordinators of the programme (national), of the school's hub or of
/// its cluster, and admins. Only the school's own coordinators and leaders (and admins) share its report.
/// </summary>
internal sealed class RoundAuthorizationHandler(IProgrammeDirectory programmes) : AuthorizationHandler<RoundOperation, RoundResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, RoundOperation requirement, RoundResource resource)
    {
        var allowed = requirement.Name switch
        {
            nameof(RoundOperations.Read) => await programmes.CanSeeAsync(context.User, resource.ProgrammeId, CancellationToken.None),
            nameof(RoundOperations.Manage) => await CanManageAsync(context.User, resource),
            // The school owns its report (as in SELFIE): only its own coordinators and leaders decide who else reads it.
            "ShareReport" => context.User.IsAdmin() || context.User.HoldsAny(ScopeType.School, resource.SchoolId, Role.SchoolCoordinator, Role.SchoolLeader),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
    }

    private async Task<bool> CanManageAsync(ClaimsPrincipal user, RoundResource round)
    {
        if (user.IsAdmin()
            || user.HoldsAny(ScopeType.School, round.SchoolId, Role.SchoolCoordinator, Role.SchoolLeader)
            || user.Holds(Role.NationalCoordinator, ScopeType.Programme, round.ProgrammeId.ToString()))
        {
            return true;
        }
        if (!user.ScopedRoles().Any(r => r.ScopeType is ScopeType.Hub or ScopeType.Cluster))
        {
            return false;
        }
        var participation = (await programmes.ParticipationsOfSchoolAsync(round.SchoolId, CancellationToken.None)).FirstOrDefault(p => p.ProgrammeId == round.ProgrammeId);
        return (participation?.HubId is { } hub && user.Holds(Role.HubCoordinator, ScopeType.Hub, hub.ToString()))
            || (participation?.ClusterId is { } cluster && user.HoldsAny(ScopeType.Cluster, cluster.ToString(), Role.SchoolCoordinator, Role.SchoolLeader));
    }
}
