namespace MentorHub.Web.Modules.Clusters.Domain;

/// <summary>
/// An optimiser run started from the proposal page. National runs take seconds, so the page polls
/// this row for the stage the optimiser reports; stored in the database so any instance can answer.
/// </summary>
internal sealed class ProposalRun
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ProgrammeId { get; init; }
    public Guid? CreatedBy { get; init; }
    public DateTime StartedAt { get; init; } = DateTime.UtcNow;

    /// <summary>The settings as JSON, to refill the form when the run fails.</summary>
    public required string SettingsJson { get; init; }

    public string Stage { get; set; } = "preparing";
    public int Round { get; set; }
    public long CandidateArcs { get; set; }
    public Guid? ProposalId { get; set; }
    public string? Error { get; set; }
    public DateTime? FinishedAt { get; set; }

    /// <summary>Written by the running instance about twice a second; a run whose heartbeat stops was lost with its instance.</summary>
    public DateTime? HeartbeatAt { get; set; }

    public static readonly TimeSpan LostAfter = TimeSpan.FromSeconds(30);

    /// <summary>Unfinished, and its instance has not been heard of for <see cref="LostAfter"/>.</summary>
    public bool IsLost(DateTime now) =>
        FinishedAt is null && Error is null && now - (HeartbeatAt ?? StartedAt) > LostAfter;
}
