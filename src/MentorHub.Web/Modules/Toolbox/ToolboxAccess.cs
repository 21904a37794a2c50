using System.Security.Claims;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;

namespace MentorHub.Web.Modules.Toolbox;

/// <summary>Where a school sits in a programme, and the checks every toolbox use case makes.</summary>
internal sealed class ToolboxAccess(IProgrammeDirectory programmes, IAuthorizationService authorization)
{
    /// <summary>An unknown and a hidden programme look the same (404).</summary>
    public async Task<ProgrammeSummary> VisibleProgrammeAsync(ClaimsPrincipal user, Guid programmeId, CancellationToken ct)
    {
        var programme = await programmes.FindAsync(programmeId, ct);
        if (programme is null || !await authorization.AllowsAsync(user, new ProgrammeResource(programmeId), ProgrammeOperations.Read))
        {
            throw new NotFoundException(new CatalogText("Toolbox.Error.NoSuchProgramme", programmeId));
        }
        return programme;
    }

    /// <summary>The school as a participant of the programme, or null when it takes no part in it.</summary>
    public async Task<SchoolPlaceResource?> PlaceAsync(Guid programmeId, string schoolId, CancellationToken ct)
    {
        var participants = await programmes.ParticipantsAsync(programmeId, ct);
        var me = participants.FirstOrDefault(p => p.SchoolId == schoolId);
        if (me is null)
        {
            return null;
        }
        var cluster = me.ClusterId is { } c ? participants.Where(p => p.ClusterId == c).ToList() : [];
        var mentor = cluster.FirstOrDefault(p => p.Role == "mentor")?.SchoolId;
        return new SchoolPlaceResource(schoolId, programmeId, me.HubId, me.ClusterId, mentor, [.. cluster.Select(p => p.SchoolId)]);
    }

    /// <summary>404 for a hidden programme or a school that takes no part in it, 403 when the caller may see it but not do the operation.</summary>
    public async Task<(ProgrammeSummary Programme, SchoolPlaceResource Place)> EnsureSchoolAsync(ClaimsPrincipal user, Guid programmeId, string schoolId, ToolboxOperation operation, CancellationToken ct)
    {
        var programme = await VisibleProgrammeAsync(user, programmeId, ct);
        var place = await PlaceAsync(programmeId, schoolId, ct)
            ?? throw new NotFoundException(new CatalogText("Toolbox.Error.NotAParticipant", schoolId));
        if (!await authorization.AllowsAsync(user, place, operation))
        {
            throw new ForbiddenException(new CatalogText(operation == ToolboxOperations.StartInquiry ? "Toolbox.Error.OnlySchoolStartsInquiry" : "Toolbox.Error.OnlyReportReaders"));
        }
        return (programme, place);
    }

    /// <summary>The programmes the caller takes part in through a role (programme, hub or school), for choosing one; named, by name.</summary>
    public async Task<IReadOnlyList<ProgrammeSummary>> ProgrammesOfAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var ids = new HashSet<Guid>();
        foreach (var (_, scope, scopeId) in user.ScopedRoles())
        {
            if (scope == ScopeType.Programme && Guid.TryParse(scopeId, out var p))
            {
                ids.Add(p);
            }
            else if (scope == ScopeType.Hub && Guid.TryParse(scopeId, out var h) && await programmes.ProgrammeOfHubAsync(h, ct) is { } ofHub)
            {
                ids.Add(ofHub);
            }
            else if (scope == ScopeType.School)
            {
                ids.UnionWith((await programmes.ParticipationsOfSchoolAsync(scopeId, ct)).Select(x => x.ProgrammeId));
            }
        }
        var result = new List<ProgrammeSummary>();
        foreach (var id in ids)
        {
            if (await programmes.FindAsync(id, ct) is { } found)
            {
                result.Add(found);
            }
        }
        return [.. result.OrderBy(x => x.Name, StringComparer.CurrentCulture)];
    }

    public Task<bool> AllowsAsync(ClaimsPrincipal user, object resource, ToolboxOperation operation) => authorization.AllowsAsync(user, resource, operation);

    /// <summary>Admins, the programme's national coordinators and the coordinators of the school's hub.</summary>
    public static bool Coordinates(ClaimsPrincipal user, SchoolPlaceResource school) =>
        user.IsAdmin()
        || user.Holds(Role.NationalCoordinator, ScopeType.Programme, school.ProgrammeId.ToString())
        || (school.HubId is { } hub && user.Holds(Role.HubCoordinator, ScopeType.Hub, hub.ToString()));

    /// <summary>Staff of the school, of its mentor school, or acting for its cluster.</summary>
    public static bool WorksWith(ClaimsPrincipal user, SchoolPlaceResource school) =>
        IsStaff(user, school.SchoolId)
        || (school.MentorSchoolId is { } mentor && IsStaff(user, mentor))
        || (school.ClusterId is { } cluster && user.HoldsAny(ScopeType.Cluster, cluster.ToString(), Scopes.SchoolStaffRoles));

    public static bool IsStaff(ClaimsPrincipal user, string schoolId) => user.HoldsAny(ScopeType.School, schoolId, Scopes.SchoolStaffRoles);
}
