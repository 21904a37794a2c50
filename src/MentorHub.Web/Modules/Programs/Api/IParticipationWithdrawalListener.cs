namespace MentorHub.Web.Modules.Programs.Api;

/// <summary>
/// Told when a school withdraws from a programme, so a module that holds the school in something of
/// its own (a cluster) can let it go. Called inside the withdrawal's unit of work: the listener only
/// changes tracked entities, and the Programs module saves them together with the withdrawal.
/// </summary>
public interface IParticipationWithdrawalListener
{
    Task SchoolWithdrawnAsync(Guid programmeId, string schoolId, DateTime withdrawnAt, CancellationToken ct);
}
