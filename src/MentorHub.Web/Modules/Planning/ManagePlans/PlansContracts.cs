using System.ComponentModel.DataAnnotations;
using MentorHub.Web.Modules.Planning.Domain;
using MentorHub.Web.Platform.Web;

namespace MentorHub.Web.Modules.Planning.ManagePlans;

/// <param name="Goals">One to three goals; each names areas of the default self-assessment and the programme's priority codes.</param>
internal sealed record CreatePlanRequest([property: Required] Guid? ProgrammeId, [property: Required] IReadOnlyList<GoalDraft>? Goals);

/// <param name="Goals">The plan's goals as they should be now; a goal or action that carries its <c>id</c> keeps it.</param>
internal sealed record RevisePlanRequest([property: Required] IReadOnlyList<GoalDraft>? Goals);

internal sealed record AddNoteRequest([property: Required, StringLength(Plan.EntryMaxLength, MinimumLength = 1)] string? Text, Guid? GoalId);

internal sealed record AddCommentRequest([property: Required, StringLength(Plan.EntryMaxLength, MinimumLength = 1)] string? Text);

/// <param name="Status"><c>planned</c>, <c>in-progress</c>, <c>done</c> or <c>dropped</c>.</param>
internal sealed record ActionDto(Guid Id, string Title, string Owner, DateOnly StartsOn, DateOnly DueOn, string Resources, string SuccessCriteria, string Status);

internal sealed record GoalDto(Guid Id, string Title, IReadOnlyList<string> AreaIds, IReadOnlyList<string> PriorityIds, IReadOnlyList<ActionDto> Actions);

/// <param name="GoalId">The goal a progress note is about, if any.</param>
internal sealed record EntryDto(Guid Id, string Text, string Author, DateTime At, Guid? GoalId);

/// <param name="Version">The number in the plan's ETag; it grows with every change of the goals.</param>
/// <param name="Current">False once a newer plan of the school in the programme replaced this one (kept read-only).</param>
internal sealed record PlanDto(
    Guid Id, Guid ProgrammeId, string SchoolId, int Version, bool Current,
    DateTime CreatedAt, string CreatedBy, DateTime UpdatedAt, string UpdatedBy, DateTime? SupersededAt,
    IReadOnlyList<GoalDto> Goals, IReadOnlyList<EntryDto> ProgressNotes, IReadOnlyList<EntryDto> Comments)
{
    /// <summary>The strong ETag of this version: the version number in quotes.</summary>
    public string ETag() => EntityTag.Of(Version).ToString();

    public static PlanDto Of(Plan plan) => new(
        plan.Id, plan.ProgrammeId, plan.SchoolId, plan.Version, plan.IsCurrent,
        plan.CreatedAt, plan.CreatedBy, plan.UpdatedAt, plan.UpdatedBy, plan.SupersededAt,
        [.. plan.Goals.Select(g => new GoalDto(g.Id, g.Title, g.AreaIds, g.PriorityIds,
            [.. g.Actions.Select(a => new ActionDto(a.Id, a.Title, a.Owner, a.StartsOn, a.DueOn, a.Resources, a.SuccessCriteria, a.Status.Name()))]))],
        Entries(plan, PlanEntryKind.Note), Entries(plan, PlanEntryKind.Comment));

    private static List<EntryDto> Entries(Plan plan, PlanEntryKind kind) =>
        [.. plan.Entries.Where(e => e.Kind == kind).OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new EntryDto(e.Id, e.Text, e.Author, e.At, e.GoalId))];
}

internal sealed record PlanSummaryDto(Guid Id, Guid ProgrammeId, string SchoolId, int Version, bool Current, DateTime CreatedAt, DateTime UpdatedAt, IReadOnlyList<string> GoalTitles);

/// <summary>A plan with what the reader may do with plans of its school (a replaced plan takes no changes whoever reads it).</summary>
internal sealed record PlanView(PlanDto Plan, bool MayEdit, bool MayComment);

internal sealed record SchoolProgrammePlans(Guid ProgrammeId, string ProgrammeName, bool MayCreate, IReadOnlyList<PlanSummaryDto> Plans);

/// <summary>The outcome of a change made from a version: saved, or refused because a newer version exists (which it carries).</summary>
internal sealed record PlanRevision(PlanDto? Saved, PlanDto? Newer);
