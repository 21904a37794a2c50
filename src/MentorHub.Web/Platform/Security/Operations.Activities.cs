namespace MentorHub.Web.Platform.Security;

/// <summary>An operation on a cluster's activity log, calendar and diary (decided on <see cref="ClusterResource"/>).</summary>
public sealed class ActivityOperation(string name) : Operation(name);

public static class ActivityOperations
{
    /// <summary>The activity list, the calendar, the iCal feed and the diary: those who log, and teachers of member schools.</summary>
    public static readonly ActivityOperation Read = new("ReadActivities");

    /// <summary>Log, edit and delete activities, and manage the calendar's secret feed: coordinators, the mentor school's and member schools' staff.</summary>
    public static readonly ActivityOperation Log = new("LogActivities");
}

/// <summary>An operation on one school's reflections within a cluster.</summary>
public sealed class ReflectionOperation(string name) : Operation(name);

public static class ReflectionOperations
{
    /// <summary>Coordinators, the school's staff and teachers, and the mentor school's staff.</summary>
    public static readonly ReflectionOperation Read = new("ReadReflections");

    /// <summary>The school's own staff (coordinator, leader, mentor).</summary>
    public static readonly ReflectionOperation Write = new("WriteReflections");

    /// <summary>The cluster's mentor school staff.</summary>
    public static readonly ReflectionOperation Comment = new("CommentReflections");
}

/// <summary>One member school of a cluster, for what belongs to the school within the cluster (its reflections).</summary>
public sealed record ClusterSchoolResource(ClusterResource Cluster, string SchoolId);
