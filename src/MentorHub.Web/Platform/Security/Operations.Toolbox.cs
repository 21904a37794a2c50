namespace MentorHub.Web.Platform.Security;

/// <summary>What the methods toolbox and TISL inquiries allow (the Toolbox module decides them).</summary>
public sealed class ToolboxOperation(string name) : Operation(name);

public static class ToolboxOperations
{
    /// <summary>Add and edit a programme's own methods (on a <see cref="ProgrammeResource"/>): its national coordinators, its hubs' coordinators, admins.</summary>
    public static readonly ToolboxOperation ManageMethods = new(nameof(ManageMethods));

    /// <summary>
    /// Methods recommended for a school's needs (on a <see cref="SchoolPlaceResource"/>): whoever reads its report
    /// and plan: its staff, its mentor school's staff, its hub's coordinators, national coordinators, admins.
    /// </summary>
    public static readonly ToolboxOperation ReadRecommendations = new(nameof(ReadRecommendations));

    /// <summary>Start a TISL inquiry at a school (on a <see cref="SchoolPlaceResource"/>): its teachers and staff, admins.</summary>
    public static readonly ToolboxOperation StartInquiry = new(nameof(StartInquiry));

    /// <summary>Read one inquiry (on an <see cref="InquiryResource"/>).</summary>
    public static readonly ToolboxOperation ReadInquiry = new(nameof(ReadInquiry));

    /// <summary>Change one inquiry (on an <see cref="InquiryResource"/>): its author, its school's staff, admins.</summary>
    public static readonly ToolboxOperation EditInquiry = new(nameof(EditInquiry));
}

/// <summary>A school as a participant of one programme, with its cluster's mentor school and member schools.</summary>
/// <param name="ClusterSchoolIds">The schools of its cluster (itself and the mentor included); empty without a cluster.</param>
public sealed record SchoolPlaceResource(string SchoolId, Guid ProgrammeId, Guid? HubId, Guid? ClusterId, string? MentorSchoolId, IReadOnlyCollection<string> ClusterSchoolIds);

/// <summary>A TISL inquiry of a school, by its author, shared with the school's cluster or not.</summary>
public sealed record InquiryResource(Guid InquiryId, Guid AuthorId, bool Shared, SchoolPlaceResource School);
