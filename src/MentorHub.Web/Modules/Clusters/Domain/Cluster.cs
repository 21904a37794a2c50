using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Web.Modules.Clusters.Domain;

internal enum ClusterMode
{
    /// <summary>Formed by a coordinator from an optimiser proposal.</summary>
    TopDown,

    /// <summary>Formed by the schools themselves and approved by the hub.</summary>
    BottomUp,
}

internal enum MemberRole
{
    Mentor,
    Mentee,
}

/// <summary>
/// One mentor school with its mentee schools. A mentor leads at most one open cluster per programme;
/// who belongs to it is a history of dated memberships, so a school leaving is recorded, not erased.
/// </summary>
internal sealed class Cluster
{
    public const int DefaultCapacity = 4;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ProgrammeId { get; init; }
    public Guid? HubId { get; set; }
    public required string MentorSchoolId { get; init; }
    public ClusterMode Mode { get; set; }
    public const int NameMaxLength = 200;

    /// <summary>What people call the cluster; plain text, never markup. New clusters start as "Cluster of" their mentor school.</summary>
    public string Name { get; private set; } = "";

    /// <summary>How many mentee schools the mentor takes at most.</summary>
    public int Capacity { get; private set; } = DefaultCapacity;

    /// <summary>The proposal this cluster was last shaped by (top-down only).</summary>
    public Guid? ProposalId { get; set; }

    /// <summary>
    /// Bumped on every change of membership. It is a concurrency token: two requests that both saw
    /// room for one more mentee cannot both commit, whatever the database's isolation level.
    /// </summary>
    public int Version { get; private set; }

    public DateTime CreatedAt { get; init; } = DateTime.UtcNow;
    public List<ClusterMember> Members { get; } = [];
    public List<ClusterLink> Links { get; } = [];
    public List<ClusterCoordinator> Coordinators { get; } = [];

    public IEnumerable<ClusterMember> CurrentMembers => Members.Where(m => m.LeftAt is null);

    public IEnumerable<string> CurrentMenteeIds => CurrentMembers.Where(m => m.Role == MemberRole.Mentee).Select(m => m.SchoolId);

    public static Cluster Start(Guid programmeId, Guid? hubId, string mentorSchoolId, ClusterMode mode, int capacity, string name)
    {
        var cluster = new Cluster { ProgrammeId = programmeId, HubId = hubId, MentorSchoolId = mentorSchoolId, Mode = mode };
        cluster.Rename(name);
        cluster.SetCapacity(capacity);
        cluster.Members.Add(new ClusterMember { ClusterId = cluster.Id, ProgrammeId = programmeId, SchoolId = mentorSchoolId, Role = MemberRole.Mentor });
        return cluster;
    }

    public void SetCapacity(int capacity)
    {
        if (capacity is < 0 or > 100)
        {
            throw new BusinessRuleException(new CatalogText("Clusters.Error.CapacityRange"));
        }
        if (capacity < CurrentMenteeIds.Count())
        {
            throw new BusinessRuleException(new CatalogText("Clusters.Error.CapacityBelowMentees", CurrentMenteeIds.Count()));
        }
        Capacity = capacity;
        Version++;
    }

    public void Rename(string name)
    {
        var trimmed = (name ?? "").Trim();
        if (trimmed.Length == 0 || trimmed.Length > NameMaxLength || trimmed.Any(char.IsControl))
        {
            throw new InputException(new CatalogText("Clusters.Error.NameInvalid"),
                new Dictionary<string, CatalogText[]> { ["name"] = [new("Clusters.Error.NameLength", NameMaxLength)] });
        }
        Name = trimmed;
    }

    public bool HasRoom => CurrentMenteeIds.Count() < Capacity;

    public void Join(string menteeSchoolId, DateTime at, string reason)
    {
        if (CurrentMenteeIds.Contains(menteeSchoolId))
        {
            return;
        }
        if (!HasRoom)
        {
            throw new BusinessRuleException(new CatalogText("Clusters.Error.Full", MentorSchoolId, Capacity));
        }
        Members.Add(new ClusterMember { ClusterId = Id, ProgrammeId = ProgrammeId, SchoolId = menteeSchoolId, Role = MemberRole.Mentee, JoinedAt = at, JoinReason = reason });
        Version++;
    }

    public void Leave(string menteeSchoolId, DateTime at, string reason)
    {
        var member = CurrentMembers.FirstOrDefault(m => m.SchoolId == menteeSchoolId && m.Role == MemberRole.Mentee)
            ?? throw new BusinessRuleException(new CatalogText("Clusters.Error.NotMenteeOfCluster", menteeSchoolId));
        member.LeftAt = at;
        member.LeaveReason = reason;
        Version++;
    }

    public ClusterLink AddLink(string title, string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            throw new InputException(new CatalogText("Clusters.Error.LinkNotHttp"), new Dictionary<string, CatalogText[]> { ["url"] = [new("Clusters.Error.LinkExample")] });
        }
        var link = new ClusterLink { ClusterId = Id, Title = title.Trim(), Url = uri.ToString() };
        Links.Add(link);
        return link;
    }
}

/// <summary>A school's time in a cluster: joined, and perhaps left. Rows are never overwritten.</summary>
internal sealed class ClusterMember
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ClusterId { get; init; }

    /// <summary>Copied from the cluster so the database can refuse a school in two open clusters of one programme.</summary>
    public Guid ProgrammeId { get; init; }

    public required string SchoolId { get; init; }
    public MemberRole Role { get; init; }
    public DateTime JoinedAt { get; init; } = DateTime.UtcNow;
    public string JoinReason { get; init; } = "";
    public DateTime? LeftAt { get; set; }
    public string LeaveReason { get; set; } = "";
}

/// <summary>The cluster's shared space: its LMS course, video room, chat group.</summary>
internal sealed class ClusterLink
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ClusterId { get; init; }
    public required string Title { get; init; }
    public required string Url { get; init; }
    public DateTime AddedAt { get; init; } = DateTime.UtcNow;
}

/// <summary>A person who coordinates the cluster's work (usually from the mentor school).</summary>
internal sealed class ClusterCoordinator
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ClusterId { get; init; }
    public required string Name { get; init; }
    public string Email { get; init; } = "";
    public string SchoolId { get; init; } = "";
}
