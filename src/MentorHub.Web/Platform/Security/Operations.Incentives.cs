namespace MentorHub.Web.Platform.Security;

/// <summary>An operation on a programme's incentives ledger (decided on <see cref="IncentiveResource"/>).</summary>
public sealed class IncentiveOperation(string name) : Operation(name);

public static class IncentiveOperations
{
    /// <summary>
    /// Read the ledger and its totals: national coordinators and admins all of it, hub coordinators their hubs' schools,
    /// a school's coordinators and leaders their own school. Researchers, policy viewers and teachers: none of it.
    /// </summary>
    public static readonly IncentiveOperation Read = new("ReadIncentives");

    /// <summary>Record an incentive: national coordinators and admins for any participant, hub coordinators for their hubs' schools.</summary>
    public static readonly IncentiveOperation Record = new("RecordIncentives");
}

/// <summary>A programme's incentives ledger, or one participant school's part of it when <paramref name="School"/> is given.</summary>
public sealed record IncentiveResource(Guid ProgrammeId, SchoolResource? School = null);
