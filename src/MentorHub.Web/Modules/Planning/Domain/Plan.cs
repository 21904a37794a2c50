using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Web.Modules.Planning.Domain;

/// <summary>
/// A school's development plan in one programme: one to three goals, each tied to areas of the default
/// self-assessment and to the programme's national priorities, each with dated actions. A school has one
/// current plan per programme; starting a new one keeps the old one, read-only, as history.
/// The goals are one document with a <see cref="Version"/>: every change bumps it, and the database only
/// takes a change made from the version it holds, so two people editing at once never overwrite each other.
/// Progress notes and comments are added beside the document and never conflict with it.
/// </summary>
internal sealed class Plan
{
    public const int MinGoals = 1;
    public const int MaxGoals = 3;
    public const int MaxActionsPerGoal = 12;
    public const int TitleMaxLength = 200;
    public const int OwnerMaxLength = 200;
    public const int TextMaxLength = 1000;
    public const int EntryMaxLength = 4000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ProgrammeId { get; init; }
    public required string SchoolId { get; init; }

    /// <summary>Starts at 1 and grows with every change of the goals; the API's ETag. A concurrency token in the database.</summary>
    public int Version { get; private set; } = 1;

    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public DateTime UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";

    /// <summary>When a newer plan replaced this one; null while it is the school's current plan.</summary>
    public DateTime? SupersededAt { get; private set; }

    /// <summary>The plan's goals, stored as one document with the plan.</summary>
    public List<Goal> Goals { get; private set; } = [];

    public List<PlanEntry> Entries { get; } = [];

    public bool IsCurrent => SupersededAt is null;

    public static Plan Draft(Guid programmeId, string schoolId, IReadOnlyList<GoalDraft>? goals, PlanVocabulary vocabulary, string by, DateTime at)
    {
        var plan = new Plan { ProgrammeId = programmeId, SchoolId = schoolId, CreatedAt = at, CreatedBy = by };
        plan.Goals = Build(goals, vocabulary, []);
        plan.UpdatedAt = at;
        plan.UpdatedBy = by;
        return plan;
    }

    /// <summary>Replaces the goals and actions with the ones given; goals and actions that name one of this plan's ids keep it.</summary>
    public void Revise(IReadOnlyList<GoalDraft>? goals, PlanVocabulary vocabulary, string by, DateTime at)
    {
        EnsureCurrent();
        Goals = Build(goals, vocabulary, Goals);
        UpdatedAt = at;
        UpdatedBy = by;
        Version++;
    }

    /// <summary>A newer plan takes over; this one is kept as it was. The version moves, so a change still in flight is refused.</summary>
    public void Supersede(DateTime at)
    {
        EnsureCurrent();
        SupersededAt = at;
        Version++;
    }

    public PlanEntry AddNote(string? text, Guid? goalId, string author, DateTime at)
    {
        EnsureCurrent();
        if (goalId is { } goal && Goals.All(g => g.Id != goal))
        {
            throw Field("goalId", new CatalogText("Planning.Error.NoSuchGoal"));
        }
        return AddEntry(PlanEntryKind.Note, text, goalId, author, at);
    }

    public PlanEntry AddComment(string? text, string author, DateTime at) => AddEntry(PlanEntryKind.Comment, text, null, author, at);

    private PlanEntry AddEntry(PlanEntryKind kind, string? text, Guid? goalId, string author, DateTime at)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw Field("text", new CatalogText("Planning.Error.TextRequired"));
        }
        if (trimmed.Length > EntryMaxLength)
        {
            throw Field("text", new CatalogText("Planning.Error.TextTooLong", EntryMaxLength));
        }
        var entry = new PlanEntry { PlanId = Id, Kind = kind, GoalId = goalId, Text = trimmed, Author = author, At = at };
        Entries.Add(entry);
        return entry;
    }

    private void EnsureCurrent()
    {
        if (!IsCurrent)
        {
            throw new BusinessRuleException(new CatalogText("Planning.Error.Superseded"));
        }
    }

    private static InputException Field(string field, CatalogText message) =>
        new(new CatalogText("Planning.Error.Invalid"), new Dictionary<string, CatalogText[]> { [field] = [message] });

    /// <summary>Checks every rule and reports every broken one at once, each under the JSON path of its field.</summary>
    private static List<Goal> Build(IReadOnlyList<GoalDraft>? drafts, PlanVocabulary vocabulary, IReadOnlyList<Goal> existing)
    {
        var errors = new Dictionary<string, List<CatalogText>>();
        void Add(string field, CatalogText text)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }
            list.Add(text);
        }

        drafts ??= [];
        if (drafts.Count < MinGoals)
        {
            Add("goals", new CatalogText("Planning.Error.NoGoals"));
        }
        if (drafts.Count > MaxGoals)
        {
            Add("goals", new CatalogText("Planning.Error.TooManyGoals", MaxGoals, drafts.Count));
        }
        var existingGoals = existing.ToDictionary(g => g.Id);
        var existingActions = existing.SelectMany(g => g.Actions).ToDictionary(a => a.Id);
        var usedIds = new HashSet<Guid>();
        var goals = new List<Goal>();
        for (var g = 0; g < drafts.Count; g++)
        {
            var draft = drafts[g] ?? new GoalDraft(null, null, null, null, null);
            var path = $"goals[{g}]";
            var title = Text(draft.Title, $"{path}.title", TitleMaxLength, required: true, Add);
            var areas = (draft.AreaIds ?? []).Select(a => a?.Trim() ?? "").Distinct(StringComparer.Ordinal).ToList();
            if (areas.Count == 0)
            {
                Add($"{path}.areaIds", new CatalogText("Planning.Error.NoArea"));
            }
            foreach (var area in areas.Where(a => !vocabulary.AreaIds.Contains(a)))
            {
                Add($"{path}.areaIds", new CatalogText("Planning.Error.UnknownArea", area));
            }
            var priorities = (draft.PriorityIds ?? []).Select(p => p?.Trim() ?? "").Distinct(StringComparer.Ordinal).ToList();
            foreach (var priority in priorities.Where(p => !vocabulary.PriorityIds.Contains(p)))
            {
                Add($"{path}.priorityIds", new CatalogText("Planning.Error.UnknownPriority", priority));
            }
            var actionDrafts = draft.Actions ?? [];
            if (actionDrafts.Count > MaxActionsPerGoal)
            {
                Add($"{path}.actions", new CatalogText("Planning.Error.TooManyActions", MaxActionsPerGoal));
            }
            var actions = new List<PlanAction>();
            for (var a = 0; a < actionDrafts.Count; a++)
            {
                var action = actionDrafts[a] ?? new ActionDraft(null, null, null, null, null, null, null, null);
                var at = $"{path}.actions[{a}]";
                var actionTitle = Text(action.Title, $"{at}.title", TitleMaxLength, required: true, Add);
                var owner = Text(action.Owner, $"{at}.owner", OwnerMaxLength, required: true, Add);
                var resources = Text(action.Resources, $"{at}.resources", TextMaxLength, required: false, Add);
                var criteria = Text(action.SuccessCriteria, $"{at}.successCriteria", TextMaxLength, required: false, Add);
                if (action.StartsOn is null)
                {
                    Add($"{at}.startsOn", new CatalogText("Planning.Error.DateRequired"));
                }
                if (action.DueOn is null)
                {
                    Add($"{at}.dueOn", new CatalogText("Planning.Error.DateRequired"));
                }
                if (action.StartsOn is { } starts && action.DueOn is { } due && due < starts)
                {
                    Add($"{at}.dueOn", new CatalogText("Planning.Error.DueBeforeStart"));
                }
                var status = ActionStatus.Planned;
                if (!string.IsNullOrWhiteSpace(action.Status) && !ActionStatuses.TryParse(action.Status.Trim(), out status))
                {
                    Add($"{at}.status", new CatalogText("Planning.Error.UnknownStatus", ActionStatuses.Names));
                }
                var actionId = action.Id is { } aid && existingActions.ContainsKey(aid) && usedIds.Add(aid) ? aid : NewId(usedIds);
                actions.Add(new PlanAction
                {
                    Id = actionId,
                    Title = actionTitle,
                    Owner = owner,
                    StartsOn = action.StartsOn ?? default,
                    DueOn = action.DueOn ?? default,
                    Resources = resources,
                    SuccessCriteria = criteria,
                    Status = status,
                });
            }
            var goalId = draft.Id is { } gid && existingGoals.ContainsKey(gid) && usedIds.Add(gid) ? gid : NewId(usedIds);
            goals.Add(new Goal { Id = goalId, Title = title, AreaIds = areas, PriorityIds = priorities, Actions = actions });
        }
        if (errors.Count > 0)
        {
            throw new InputException(new CatalogText("Planning.Error.Invalid"), errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
        return goals;
    }

    private static Guid NewId(HashSet<Guid> used)
    {
        var id = Guid.NewGuid();
        used.Add(id);
        return id;
    }

    private static string Text(string? value, string field, int max, bool required, Action<string, CatalogText> add)
    {
        var trimmed = value?.Trim() ?? "";
        if (required && trimmed.Length == 0)
        {
            add(field, new CatalogText("Planning.Error.Required"));
        }
        else if (trimmed.Length > max)
        {
            add(field, new CatalogText("Planning.Error.TooLong", max));
        }
        return trimmed;
    }
}

/// <summary>What a goal may be tied to: the default self-assessment's areas and the programme's priorities.</summary>
internal sealed record PlanVocabulary(IReadOnlySet<string> AreaIds, IReadOnlySet<string> PriorityIds);

/// <summary>A goal as typed, before the rules are checked; null wherever the writer left something out.</summary>
internal sealed record GoalDraft(Guid? Id, string? Title, IReadOnlyList<string>? AreaIds, IReadOnlyList<string>? PriorityIds, IReadOnlyList<ActionDraft>? Actions);

/// <param name="Status">The contract's name (<c>planned</c>, <c>in-progress</c>, <c>done</c>, <c>dropped</c>); empty means planned.</param>
internal sealed record ActionDraft(Guid? Id, string? Title, string? Owner, DateOnly? StartsOn, DateOnly? DueOn, string? Resources, string? SuccessCriteria, string? Status);

internal sealed class Goal
{
    public Guid Id { get; init; }
    public string Title { get; init; } = "";
    public List<string> AreaIds { get; init; } = [];
    public List<string> PriorityIds { get; init; } = [];
    public List<PlanAction> Actions { get; init; } = [];
}

internal sealed class PlanAction
{
    public Guid Id { get; init; }
    public string Title { get; init; } = "";

    /// <summary>Who carries it out, as the school writes the name (not an account).</summary>
    public string Owner { get; init; } = "";

    public DateOnly StartsOn { get; init; }
    public DateOnly DueOn { get; init; }
    public string Resources { get; init; } = "";
    public string SuccessCriteria { get; init; } = "";
    public ActionStatus Status { get; init; }
}

internal enum ActionStatus
{
    Planned,
    InProgress,
    Done,
    Dropped,
}

/// <summary>The contract's names of action statuses.</summary>
internal static class ActionStatuses
{
    private static readonly Dictionary<ActionStatus, string> ByStatus = new()
    {
        [ActionStatus.Planned] = "planned",
        [ActionStatus.InProgress] = "in-progress",
        [ActionStatus.Done] = "done",
        [ActionStatus.Dropped] = "dropped",
    };

    public static string Names { get; } = string.Join(", ", ByStatus.Values);

    public static IReadOnlyList<string> All { get; } = [.. ByStatus.Values];

    public static string Name(this ActionStatus status) => ByStatus[status];

    public static bool TryParse(string? name, out ActionStatus status)
    {
        foreach (var (key, value) in ByStatus)
        {
            if (string.Equals(value, name, StringComparison.Ordinal))
            {
                status = key;
                return true;
            }
        }
        status = ActionStatus.Planned;
        return false;
    }
}

internal enum PlanEntryKind
{
    /// <summary>A progress note by the school.</summary>
    Note,

    /// <summary>A comment, mostly by the mentor school.</summary>
    Comment,
}

/// <summary>A progress note or a comment: added, never edited, so it never conflicts with the plan's document.</summary>
internal sealed class PlanEntry
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PlanId { get; init; }
    public PlanEntryKind Kind { get; init; }

    /// <summary>The goal a progress note is about, when it is about one.</summary>
    public Guid? GoalId { get; init; }

    public string Text { get; init; } = "";

    /// <summary>The writer's name as it was when they wrote.</summary>
    public string Author { get; init; } = "";

    public DateTime At { get; init; }
}
