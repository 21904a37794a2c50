namespace MentorHub.Web.Platform.Security;

public enum Role
{
    Admin,
    NationalCoordinator,
    HubCoordinator,
    SchoolCoordinator,
    SchoolLeader,
    Teacher,
    Mentor,
    Researcher,
    PolicyViewer,
}

public enum ScopeType
{
    Global,
    Programme,
    Hub,
    Cluster,
    School,
}

/// <summary>A role a person holds within one scope: "national coordinator of programme X", "teacher at school Y".</summary>
public sealed class RoleAssignment
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid UserId { get; init; }
    public Role Role { get; init; }
    public ScopeType ScopeType { get; init; }

    /// <summary>The programme, hub, cluster or school id; empty for global roles.</summary>
    public string ScopeId { get; init; } = "";

    public DateTime GrantedAt { get; init; } = DateTime.UtcNow;

    /// <summary>
    /// The kinds of scope a role means, the same for every module (ADR 0010): an administrator is
    /// global; national coordinators, researchers and policy viewers work on a programme; hub
    /// coordinators on a hub; school staff on a school or on the cluster they act for; teachers on
    /// their school.
    /// </summary>
    public static IReadOnlyList<ScopeType> ScopesOf(Role role) => role switch
    {
        Role.Admin => [ScopeType.Global],
        Role.NationalCoordinator or Role.Researcher or Role.PolicyViewer => [ScopeType.Programme],
        Role.HubCoordinator => [ScopeType.Hub],
        Role.SchoolCoordinator or Role.SchoolLeader or Role.Mentor => [ScopeType.School, ScopeType.Cluster],
        Role.Teacher => [ScopeType.School],
        _ => [],
    };

    /// <summary>Callers check the pair first (and answer 400); an impossible pair reaching this is a bug.</summary>
    public static RoleAssignment Create(Guid userId, Role role, ScopeType scopeType, string? scopeId)
    {
        if (!ScopesOf(role).Contains(scopeType))
        {
            throw new ArgumentException($"The role {role} is not given on a {scopeType} scope.", nameof(scopeType));
        }
        if (scopeType != ScopeType.Global && string.IsNullOrWhiteSpace(scopeId))
        {
            throw new ArgumentException($"The role {role} needs the {scopeType} it applies to.", nameof(scopeId));
        }
        return new RoleAssignment { UserId = userId, Role = role, ScopeType = scopeType, ScopeId = scopeType == ScopeType.Global ? "" : scopeId!.Trim() };
    }

    public string ToClaimValue() => $"{Role}:{ScopeType}:{ScopeId}";
}
