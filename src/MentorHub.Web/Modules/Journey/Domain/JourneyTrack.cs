using MentorHub.Web.Modules.Journey.Api;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Web.Modules.Journey.Domain;

/// <summary>How a move relates to where the cluster or school was.</summary>
internal enum MoveKind
{
    /// <summary>To a later phase of the same cycle.</summary>
    Forward,

    /// <summary>To an earlier phase of the same cycle (work found missing, a step to redo).</summary>
    Back,

    /// <summary>From reflection to initiative: the next cycle starts.</summary>
    NextCycle,
}

/// <summary>
/// Where a cluster, or one of its schools, stands in the process model: a numbered cycle and one of the
/// seven phases, with every move recorded. A cluster without recorded moves is in cycle 1, initiative;
/// a school without moves of its own goes along with its cluster.
/// </summary>
internal sealed class JourneyTrack
{
    public const int NoteMaxLength = 1000;

    /// <summary>The <see cref="SchoolId"/> of the cluster's own track.</summary>
    public const string ClusterWide = "";

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ProgrammeId { get; init; }
    public Guid ClusterId { get; init; }

    /// <summary>The school, or <see cref="ClusterWide"/> for the cluster as a whole.</summary>
    public string SchoolId { get; init; } = ClusterWide;

    public int Cycle { get; private set; } = 1;
    public JourneyPhase Phase { get; private set; } = JourneyPhase.Initiative;

    /// <summary>When the track reached its phase; null for a cluster that never moved.</summary>
    public DateTime? Since { get; private set; }

    /// <summary>Bumped on every move: two moves from the same position cannot both commit.</summary>
    public int Version { get; private set; }

    public List<JourneyMove> Moves { get; } = [];

    public bool IsClusterWide => SchoolId == ClusterWide;

    public static JourneyTrack ForCluster(Guid programmeId, Guid clusterId) => new() { ProgrammeId = programmeId, ClusterId = clusterId };

    /// <summary>A school's own track starts where its cluster stands, since the cluster got there.</summary>
    public static JourneyTrack ForSchool(JourneyTrack cluster, string schoolId)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentException.ThrowIfNullOrWhiteSpace(schoolId);
        return new JourneyTrack
        {
            ProgrammeId = cluster.ProgrammeId,
            ClusterId = cluster.ClusterId,
            SchoolId = schoolId,
            Cycle = cluster.Cycle,
            Phase = cluster.Phase,
            Since = cluster.Since,
        };
    }

    /// <summary>The phase that follows <paramref name="phase"/>: after reflection comes initiative of the next cycle.</summary>
    public static (int Cycle, JourneyPhase Phase) After(int cycle, JourneyPhase phase) =>
        phase == JourneyPhase.Reflection ? (cycle + 1, JourneyPhase.Initiative) : (cycle, phase + 1);

    /// <summary>What moving from (<paramref name="cycle"/>, <paramref name="from"/>) to <paramref name="to"/> means.</summary>
    public static (int Cycle, MoveKind Kind) Plan(int cycle, JourneyPhase from, JourneyPhase to)
    {
        if (!Enum.IsDefined(to))
        {
            throw new ArgumentOutOfRangeException(nameof(to));
        }
        if (to == from)
        {
            throw new BusinessRuleException(new CatalogText("Journey.Error.AlreadyInPhase", to.Name(), cycle));
        }
        if (from == JourneyPhase.Reflection && to == JourneyPhase.Initiative)
        {
            return (cycle + 1, MoveKind.NextCycle);
        }
        return (cycle, to > from ? MoveKind.Forward : MoveKind.Back);
    }

    /// <summary>Moves to <paramref name="to"/>: later phases are forward, earlier ones back within the cycle, and initiative after reflection is the next cycle.</summary>
    public JourneyMove MoveTo(JourneyPhase to, Guid? byUserId, string byName, DateTime at, string? note)
    {
        ArgumentNullException.ThrowIfNull(byName);
        if (at.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Moves are recorded in UTC.", nameof(at));
        }
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed?.Length > NoteMaxLength)
        {
            throw new BusinessRuleException(new CatalogText("Journey.Error.NoteTooLong", NoteMaxLength));
        }
        var (cycle, kind) = Plan(Cycle, Phase, to);
        var move = new JourneyMove
        {
            TrackId = Id,
            ProgrammeId = ProgrammeId,
            ClusterId = ClusterId,
            SchoolId = SchoolId,
            FromCycle = Cycle,
            FromPhase = Phase,
            ToCycle = cycle,
            ToPhase = to,
            Kind = kind,
            Note = trimmed,
            ByUserId = byUserId,
            ByName = byName,
            At = at,
        };
        Cycle = cycle;
        Phase = to;
        Since = at;
        Version++;
        Moves.Add(move);
        return move;
    }

    /// <summary>Moves to the next phase, or to initiative of the next cycle after reflection.</summary>
    public JourneyMove MoveNext(Guid? byUserId, string byName, DateTime at, string? note) =>
        MoveTo(After(Cycle, Phase).Phase, byUserId, byName, at, note);
}

/// <summary>One recorded move: who, when, from where to where, and why.</summary>
internal sealed class JourneyMove
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid TrackId { get; init; }
    public Guid ProgrammeId { get; init; }
    public Guid ClusterId { get; init; }

    /// <summary>The school, or <see cref="JourneyTrack.ClusterWide"/> for the cluster as a whole.</summary>
    public string SchoolId { get; init; } = JourneyTrack.ClusterWide;

    public int FromCycle { get; init; }
    public JourneyPhase FromPhase { get; init; }
    public int ToCycle { get; init; }
    public JourneyPhase ToPhase { get; init; }
    public MoveKind Kind { get; init; }

    /// <summary>Plain text as the person typed it; never markup.</summary>
    public string? Note { get; init; }

    public Guid? ByUserId { get; init; }
    public string ByName { get; init; } = "";
    public DateTime At { get; init; }
}
