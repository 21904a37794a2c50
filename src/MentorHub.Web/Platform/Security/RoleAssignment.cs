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

    public static RoleAssignment Create(Guid userId, Role role, ScopeType scopeType, string? scopeId)
    {
        var global = role is Role.Admin;
        if (global && scopeType != ScopeType.Global)
        {
            throw new Errors.BusinessRuleException($"The role {role} is not scoped.");
        }
        if (!global && (scopeType == ScopeType.Global || string.IsNullOrWhiteSpace(scopeId)))
        {
            throw new Errors.BusinessRuleException($"The role {role} needs a programme, hub, cluster or school it applies to.");
        }
        return new RoleAssignment { UserId = userId, Role = role, ScopeType = scopeType, ScopeId = scopeId ?? "" };
    }

    public string ToClaimValue() => $"{Role}:{ScopeType}:{ScopeId}";
}
