using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Web.Modules.Clusters.Domain;

/// <summary>
/// An optimiser run as the coordinator saw it: its inputs, its answer and what the participants
/// looked like at the time. Stored whole so any instance behind a load balancer can accept it,
/// and so a stale proposal can be recognised instead of silently applied.
/// </summary>
internal sealed class Proposal
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ProgrammeId { get; init; }
    public Guid? HubId { get; init; }
    public Guid? CreatedBy { get; init; }
    public DateTime CreatedAt { get; init; } = DateTime.UtcNow;

    /// <summary>The request as JSON (capacity, weights, rules, pins, forbids).</summary>
    public required string SettingsJson { get; init; }

    /// <summary>Assignments with reasons and unassigned schools with reasons, as JSON.</summary>
    public required string ResultJson { get; init; }

    public double TotalCost { get; init; }
    public bool Optimal { get; init; }
    public long SolveMs { get; init; }
    public int Placed { get; init; }
    public int GreedyPlaced { get; init; }
    public double GreedyTotalCost { get; init; }

    /// <summary>A hash of the participants (role, status, hub, cluster) the run saw; accept refuses when it no longer matches.</summary>
    public required string ParticipantsFingerprint { get; init; }

    public DateTime? AcceptedAt { get; private set; }
    public Guid? AcceptedBy { get; private set; }

    /// <summary>Concurrency token: of two simultaneous accepts only one commits.</summary>
    public int Version { get; private set; }

    public void MarkAccepted(string currentFingerprint, Guid? by, DateTime at)
    {
        if (AcceptedAt is not null)
        {
            throw new BusinessRuleException(new CatalogText("Clusters.Error.ProposalAccepted"));
        }
        if (currentFingerprint != ParticipantsFingerprint)
        {
            throw new BusinessRuleException(new CatalogText("Clusters.Error.ParticipantsChanged"));
        }
        AcceptedAt = at;
        AcceptedBy = by;
        Version++;
    }
}
