using System.Security.Claims;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using Microsoft.AspNetCore.Authorization;

namespace MentorHub.Web.Platform.Security;

/// <summary>
/// One operation on one kind of resource. Each module's <c>AuthorizationHandler&lt;TOperation, TResource&gt;</c>
/// decides it, and pages, endpoints and handlers all ask through <see cref="IAuthorizationService"/>.
/// </summary>
public abstract class Operation(string name) : IAuthorizationRequirement
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}

/// <summary>A programme: <see cref="Read"/> is "may know it exists".</summary>
public sealed class ProgrammeOperation(string name) : Operation(name);

public static class ProgrammeOperations
{
    public static readonly ProgrammeOperation Read = new(nameof(Read));
    public static readonly ProgrammeOperation Manage = new(nameof(Manage));
}

/// <summary>The outcome results of a programme (aggregates only, never answers).</summary>
public static class OutcomeOperations
{
    public static readonly ProgrammeOperation Read = new("ReadOutcomes");
}

public sealed class HubOperation(string name) : Operation(name);

public static class HubOperations
{
    public static readonly HubOperation Read = new(nameof(Read));
    public static readonly HubOperation Manage = new(nameof(Manage));

    /// <summary>Names, e-mails and phone numbers of the hub's coordinators and stakeholders' contacts.</summary>
    public static readonly HubOperation ReadContacts = new(nameof(ReadContacts));
}

public sealed class ClusterOperation(string name) : Operation(name);

public static class ClusterOperations
{
    public static readonly ClusterOperation Read = new(nameof(Read));

    /// <summary>Form, approve and dissolve: the programme's national coordinators and the hub's coordinators.</summary>
    public static readonly ClusterOperation Coordinate = new(nameof(Coordinate));

    /// <summary>The shared space and the cluster's coordinators: coordinators and the mentor school.</summary>
    public static readonly ClusterOperation Edit = new(nameof(Edit));

    /// <summary>Names and e-mails of the cluster's coordinators.</summary>
    public static readonly ClusterOperation ReadContacts = new(nameof(ReadContacts));
}

public sealed class SchoolOperation(string name) : Operation(name);

public static class SchoolOperations
{
    /// <summary>Results of the school within one programme (outcome rows, comparisons).</summary>
    public static readonly SchoolOperation ReadResults = new(nameof(ReadResults));

    /// <summary>Set beside other schools by name (the self-assessment heatmap and change): coordinators only.</summary>
    public static readonly SchoolOperation Compare = new(nameof(Compare));
}

public sealed class RoundOperation(string name) : Operation(name);

public static class RoundOperations
{
    public static readonly RoundOperation Read = new(nameof(Read));
    public static readonly RoundOperation Manage = new(nameof(Manage));
}

/// <summary>A programme, by id.</summary>
public sealed record ProgrammeResource(Guid ProgrammeId);

/// <summary>A regional hub of a programme.</summary>
public sealed record HubResource(Guid HubId, Guid ProgrammeId);

/// <param name="SchoolIds">The current member schools, the mentor school included.</param>
public sealed record ClusterResource(Guid ClusterId, Guid ProgrammeId, Guid? HubId, string MentorSchoolId, IReadOnlyCollection<string> SchoolIds);

/// <summary>A school as a participant of one programme, with where it sits in it.</summary>
public sealed record SchoolResource(string SchoolId, Guid ProgrammeId, Guid? HubId, Guid? ClusterId);

/// <summary>A self-assessment or outcome round (or a round about to be opened) of a school in a programme.</summary>
public sealed record RoundResource(string? RoundId, string SchoolId, Guid ProgrammeId);

/// <summary>
/// The house rule for refusals: a resource the caller may not know exists answers 404, exactly like
/// one that does not exist; a resource the caller may see but not change answers 403.
/// </summary>
public static class AuthorizationServiceExtensions
{
    public static async Task<bool> AllowsAsync(this IAuthorizationService authorization, ClaimsPrincipal user, object resource, Operation operation) =>
        (await authorization.AuthorizeAsync(user, resource, operation)).Succeeded;

    /// <summary>Throws 404 when the caller may not see the resource, 403 when they may see it but not do the operation.</summary>
    public static async Task EnsureAsync(this IAuthorizationService authorization, ClaimsPrincipal user, object resource, Operation read, Operation operation, CatalogText notFound, CatalogText forbidden)
    {
        if (!await authorization.AllowsAsync(user, resource, read))
        {
            throw new NotFoundException(notFound);
        }
        if (!ReferenceEquals(read, operation) && !await authorization.AllowsAsync(user, resource, operation))
        {
            throw new ForbiddenException(forbidden);
        }
    }
}

/// <summary>What scoped roles say, the same for every module: a role held on a scope applies to that scope and everything in it.</summary>
public static class Scopes
{
    public static bool HoldsAny(this ClaimsPrincipal user, ScopeType scopeType, string scopeId, params Role[] roles) =>
        roles.Any(role => user.Holds(role, scopeType, scopeId));

    public static bool HoldsAnyRoleOn(this ClaimsPrincipal user, ScopeType scopeType, string scopeId) =>
        user.ScopedRoles().Any(r => r.ScopeType == scopeType && r.ScopeId == scopeId);

    /// <summary>Roles that work with a school's people: not its teachers, and never researchers or policy viewers.</summary>
    public static readonly Role[] SchoolStaffRoles = [Role.SchoolCoordinator, Role.SchoolLeader, Role.Mentor];

    /// <summary>Programme-wide roles that read aggregates and pseudonymised data, never contact details.</summary>
    public static readonly Role[] ProgrammeReaders = [Role.NationalCoordinator, Role.Researcher, Role.PolicyViewer];
}
