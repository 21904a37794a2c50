using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Web.Modules.Clusters.Domain;

internal enum RequestDirection
{
    /// <summary>The mentor school invites a mentee school.</summary>
    Invite,

    /// <summary>A mentee school asks a mentor school to take it.</summary>
    Ask,
}

internal enum RequestStatus
{
    /// <summary>Waiting for the other school.</summary>
    Pending,

    /// <summary>Both schools agree; waiting for the hub coordinator.</summary>
    Accepted,

    /// <summary>The hub approved: the mentee is in the mentor's cluster.</summary>
    Approved,

    Declined,
    Rejected,
    Withdrawn,
}

/// <summary>
/// Bottom-up formation, one pair at a time: one school proposes, the other accepts, the hub approves.
/// The request only records agreement; capacity and one-cluster-per-mentee are decided when the
/// membership is written (<see cref="Cluster.Join"/> and the database's constraints), because two
/// requests for the same seat can both be accepted before either is approved.
/// </summary>
internal sealed class ClusterRequest
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ProgrammeId { get; init; }
    public Guid? HubId { get; init; }
    public required string MentorSchoolId { get; init; }
    public required string MenteeSchoolId { get; init; }
    public RequestDirection Direction { get; init; }
    public RequestStatus Status { get; private set; } = RequestStatus.Pending;
    public string Message { get; init; } = "";
    public Guid? CreatedBy { get; init; }
    public DateTime CreatedAt { get; init; } = DateTime.UtcNow;
    public Guid? RespondedBy { get; private set; }
    public DateTime? RespondedAt { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public Guid? ClusterId { get; private set; }

    /// <summary>Open requests (pending or accepted) are unique per pair; closed ones are kept as history.</summary>
    public bool IsOpen => Status is RequestStatus.Pending or RequestStatus.Accepted;

    /// <summary>The school that must answer: the mentee for an invitation, the mentor for a request to join.</summary>
    public string ResponderSchoolId => Direction == RequestDirection.Invite ? MenteeSchoolId : MentorSchoolId;

    public string RequesterSchoolId => Direction == RequestDirection.Invite ? MentorSchoolId : MenteeSchoolId;

    public void Accept(Guid? by, DateTime at)
    {
        Require(RequestStatus.Pending, "Clusters.Error.CannotAccept");
        Status = RequestStatus.Accepted;
        RespondedBy = by;
        RespondedAt = at;
    }

    public void Decline(Guid? by, DateTime at)
    {
        Require(RequestStatus.Pending, "Clusters.Error.CannotDecline");
        Status = RequestStatus.Declined;
        RespondedBy = by;
        RespondedAt = at;
    }

    public void Withdraw(Guid? by, DateTime at)
    {
        if (!IsOpen)
        {
            throw new BusinessRuleException(new CatalogText("Clusters.Error.RequestClosed", StatusName, StatusText));
        }
        Status = RequestStatus.Withdrawn;
        RespondedBy = by;
        RespondedAt = at;
    }

    /// <summary>The hub's approval puts the mentee in the mentor's cluster.</summary>
    public void Approve(Cluster cluster, Guid? by, DateTime at)
    {
        Require(RequestStatus.Accepted, "Clusters.Error.CannotApprove");
        if (cluster.MentorSchoolId != MentorSchoolId || cluster.ProgrammeId != ProgrammeId)
        {
            throw new InvalidOperationException("Approving into another mentor's cluster.");
        }
        cluster.Join(MenteeSchoolId, at, Direction == RequestDirection.Invite ? MemberReasons.Invited : MemberReasons.Asked);
        Status = RequestStatus.Approved;
        DecidedBy = by;
        DecidedAt = at;
        ClusterId = cluster.Id;
    }

    public void Reject(Guid? by, DateTime at)
    {
        if (!IsOpen)
        {
            throw new BusinessRuleException(new CatalogText("Clusters.Error.RequestClosed", StatusName, StatusText));
        }
        Status = RequestStatus.Rejected;
        DecidedBy = by;
        DecidedAt = at;
    }

    private void Require(RequestStatus expected, string refusalKey)
    {
        if (Status != expected)
        {
            throw new BusinessRuleException(new CatalogText(refusalKey, StatusName, StatusText));
        }
    }

    // English refusals name the status as the API spells it; the other languages use the page's status text.
    private string StatusName => Status.ToString().ToLowerInvariant();

    private CatalogText StatusText => new("Clusters.Status." + Status);
}
