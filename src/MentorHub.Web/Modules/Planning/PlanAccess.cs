using System.Security.Claims;
using MentorHub.Web.Modules.Clusters.Api;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;

namespace MentorHub.Web.Modules.Planning;

/// <summary>
/// Who may do what with a school's plan, decided from where the school sits in the programme and the
/// roles the caller holds. Read: the school's staff and teachers, the staff of the mentor school of its
/// current cluster (and staff roles held on that cluster), the coordinators of its hub, the programme's
/// national coordinators, admins. Edit (goals, actions, progress notes): the school's coordinators and
/// leaders, admins. Comment: the mentor side, the school's editors (to answer), admins. Researchers,
/// policy viewers and other schools may not know a plan exists.
/// </summary>
internal sealed class PlanAuthorizationHandler : AuthorizationHandler<PlanOperation, PlanResource>
{
    private static readonly Role[] Readers = [.. Scopes.SchoolStaffRoles, Role.Teacher];

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PlanOperation requirement, PlanResource resource)
    {
        var user = context.User;
        var editor = user.IsAdmin()
            || user.Holds(Role.SchoolCoordinator, ScopeType.School, resource.SchoolId)
            || user.Holds(Role.SchoolLeader, ScopeType.School, resource.SchoolId);
        var mentorSide = (resource.MentorSchoolId is { } mentor && user.HoldsAny(ScopeType.School, mentor, Scopes.SchoolStaffRoles))
            || (resource.ClusterId is { } cluster && user.HoldsAny(ScopeType.Cluster, cluster.ToString(), Scopes.SchoolStaffRoles));
        var reader = editor || mentorSide
            || user.HoldsAny(ScopeType.School, resource.SchoolId, Readers)
            || user.Holds(Role.NationalCoordinator, ScopeType.Programme, resource.ProgrammeId.ToString())
            || (resource.HubId is { } hub && user.Holds(Role.HubCoordinator, ScopeType.Hub, hub.ToString()));
        var allowed = requirement.Name switch
        {
            "ReadPlan" => reader,
            "EditPlan" => editor,
            "CommentPlan" => editor || mentorSide,
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

/// <summary>Builds a plan's resource from where its school sits now, and makes the checks every plan use case makes.</summary>
internal sealed class PlanAccess(IProgrammeDirectory programmes, IClusterDirectory clusters, IAuthorizationService authorization)
{
    /// <returns>The resource, or null when the school takes no part in the programme.</returns>
    public async Task<PlanResource?> ResourceAsync(Guid programmeId, string schoolId, CancellationToken ct)
    {
        var participation = (await programmes.ParticipationsOfSchoolAsync(schoolId, ct)).FirstOrDefault(p => p.ProgrammeId == programmeId);
        if (participation is null)
        {
            return null;
        }
        var cluster = await clusters.CurrentClusterOfAsync(programmeId, schoolId, ct);
        return new PlanResource(schoolId, programmeId, participation.HubId, cluster?.Id ?? participation.ClusterId, cluster?.MentorSchoolId);
    }

    /// <summary>Every programme the school takes part in, as plan resources.</summary>
    public async Task<IReadOnlyList<(SchoolParticipation Participation, PlanResource Resource)>> ResourcesOfSchoolAsync(string schoolId, CancellationToken ct)
    {
        var result = new List<(SchoolParticipation, PlanResource)>();
        foreach (var participation in await programmes.ParticipationsOfSchoolAsync(schoolId, ct))
        {
            var cluster = await clusters.CurrentClusterOfAsync(participation.ProgrammeId, schoolId, ct);
            result.Add((participation, new PlanResource(schoolId, participation.ProgrammeId, participation.HubId, cluster?.Id ?? participation.ClusterId, cluster?.MentorSchoolId)));
        }
        return result;
    }

    public Task<bool> AllowsAsync(ClaimsPrincipal user, PlanResource resource, PlanOperation operation) =>
        authorization.AllowsAsync(user, resource, operation);

    /// <summary>404 when the caller may not know the plan exists, 403 when they may read it but not do the operation.</summary>
    public Task EnsureAsync(ClaimsPrincipal user, PlanResource resource, PlanOperation operation, object id) =>
        authorization.EnsureAsync(user, resource, PlanOperations.Read, operation,
            new CatalogText("Planning.Error.NoSuchPlan", id), new CatalogText(operation == PlanOperations.Comment ? "Planning.Error.OnlyCommenters" : "Planning.Error.OnlyEditors"));

    public static NotFoundException NoSuchPlan(object id) => new(new CatalogText("Planning.Error.NoSuchPlan", id));

    /// <summary>The name shown beside what the person wrote.</summary>
    public static string AuthorName(ClaimsPrincipal user) =>
        user.FindFirstValue("name") is { Length: > 0 } name ? name : user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "";
}
