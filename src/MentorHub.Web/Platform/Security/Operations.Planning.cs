namespace MentorHub.Web.Platform.Security;

/// <summary>A school's development plan in a programme (or the plan it is about to make).</summary>
public sealed class PlanOperation(string name) : Operation(name);

public static class PlanOperations
{
    /// <summary>May know the plan exists and read it: the school's staff and teachers, its mentor school, its hub's and programme's coordinators, admins.</summary>
    public static readonly PlanOperation Read = new("ReadPlan");

    /// <summary>Make, change and add progress notes: the school's coordinators and leaders, and admins.</summary>
    public static readonly PlanOperation Edit = new("EditPlan");

    /// <summary>Comment on the plan: the mentor school of the school's cluster, the school's own editors (to answer), admins.</summary>
    public static readonly PlanOperation Comment = new("CommentPlan");
}

/// <summary>Where a school's plan sits: its programme, hub and current cluster with that cluster's mentor school.</summary>
public sealed record PlanResource(string SchoolId, Guid ProgrammeId, Guid? HubId, Guid? ClusterId, string? MentorSchoolId);
