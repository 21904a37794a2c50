namespace MentorHub.Web.Platform.Security;

/// <summary>Sharing a school's released self-assessment report (ADR 0016).</summary>
public static class ReportSharingOperations
{
    /// <summary>Share a round's report, change what is shared or revoke it: the school's coordinators and leaders (and admins).</summary>
    public static readonly RoundOperation Share = new("ShareReport");

    /// <summary>Read what a school shared of a round's report: its own staff and teachers, or its mentor school's staff, as the share says.</summary>
    public static readonly RoundOperation ReadShared = new("ReadSharedReport");

    /// <summary>
    /// Read a school's shared area means beside the other schools of its cluster (the cluster page):
    /// its own staff when shared with them; when shared with the mentor school, the staff of every
    /// school of the cluster, since the mentor works with the cluster as a whole.
    /// </summary>
    public static readonly RoundOperation ReadSharedNeeds = new("ReadSharedNeeds");
}

/// <summary>A round's report as its school shared it: with its current cluster's mentor school, with its own staff, or both.</summary>
public sealed record SharedReportResource(string RoundId, string SchoolId, Guid ProgrammeId, bool MentorSchool, bool OwnStaff);
