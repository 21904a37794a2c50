using System.Globalization;
using MentorHub.Web.Modules.Planning.Domain;

namespace MentorHub.Web.Modules.Planning.ManagePlans;

/// <summary>
/// The plan form as the browser posts it. Fields are named by the same paths the API's errors use
/// (<c>goals[0].actions[1].dueOn</c>), so each error lands beside its field. Rows are added and removed
/// with submit buttons (<c>command</c>), so the form needs no script and keeps everything typed.
/// Public only because the form's component (a public Razor class) takes it.
/// </summary>
public sealed class PlanFormModel
{
    public const string Save = "save";
    public const string AddGoal = "add-goal";

    public int Version { get; set; }
    public List<GoalRow> Goals { get; } = [];

    internal static PlanFormModel Of(PlanDto plan)
    {
        var model = new PlanFormModel { Version = plan.Version };
        foreach (var g in plan.Goals)
        {
            var row = new GoalRow { Id = g.Id, Title = g.Title, AreaIds = [.. g.AreaIds], PriorityIds = [.. g.PriorityIds] };
            row.Actions.AddRange(g.Actions.Select(a => new ActionRow
            {
                Id = a.Id,
                Title = a.Title,
                Owner = a.Owner,
                StartsOn = Iso(a.StartsOn),
                DueOn = Iso(a.DueOn),
                Resources = a.Resources,
                SuccessCriteria = a.SuccessCriteria,
                Status = a.Status,
            }));
            model.Goals.Add(row);
        }
        return model;
    }

    /// <summary>A first draft: one goal per proposed area, the school's priorities ticked, one empty action each; one empty goal without a report.</summary>
    internal static PlanFormModel Proposed(PlanProposal proposal, IReadOnlyList<string> priorities, Func<string, string> goalTitle)
    {
        var model = new PlanFormModel();
        foreach (var area in proposal.WeakestAreas)
        {
            var row = new GoalRow { Title = goalTitle(area.AreaId), AreaIds = [area.AreaId], PriorityIds = [.. priorities] };
            row.Actions.Add(new ActionRow());
            model.Goals.Add(row);
        }
        if (model.Goals.Count == 0)
        {
            model.Goals.Add(new GoalRow { Actions = { new ActionRow() } });
        }
        return model;
    }

    internal static PlanFormModel Read(IFormCollection form)
    {
        var model = new PlanFormModel { Version = int.TryParse(form["version"], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0 };
        for (var g = 0; form.ContainsKey($"goals[{g}].title"); g++)
        {
            var p = $"goals[{g}]";
            var row = new GoalRow
            {
                Id = Guid.TryParse(form[$"{p}.id"], out var gid) ? gid : null,
                Title = form[$"{p}.title"].ToString(),
                AreaIds = [.. form[$"{p}.areaIds"].Where(x => !string.IsNullOrEmpty(x)).Select(x => x!)],
                PriorityIds = [.. form[$"{p}.priorityIds"].Where(x => !string.IsNullOrEmpty(x)).Select(x => x!)],
            };
            for (var a = 0; form.ContainsKey($"{p}.actions[{a}].title"); a++)
            {
                var q = $"{p}.actions[{a}]";
                row.Actions.Add(new ActionRow
                {
                    Id = Guid.TryParse(form[$"{q}.id"], out var aid) ? aid : null,
                    Title = form[$"{q}.title"].ToString(),
                    Owner = form[$"{q}.owner"].ToString(),
                    StartsOn = form[$"{q}.startsOn"].ToString(),
                    DueOn = form[$"{q}.dueOn"].ToString(),
                    Resources = form[$"{q}.resources"].ToString(),
                    SuccessCriteria = form[$"{q}.successCriteria"].ToString(),
                    Status = form[$"{q}.status"].ToString(),
                });
            }
            model.Goals.Add(row);
        }
        return model;
    }

    /// <summary>Adds or removes a row as a button asked (<c>add-goal</c>, <c>remove-goal:1</c>, <c>add-action:0</c>, <c>remove-action:0:2</c>).</summary>
    public void Apply(string? command)
    {
        var parts = (command ?? "").Split(':');
        int At(int i) => parts.Length > i && int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
        var g = At(1);
        switch (parts[0])
        {
            case AddGoal when Goals.Count < Plan.MaxGoals:
                Goals.Add(new GoalRow { Actions = { new ActionRow() } });
                break;
            case "remove-goal" when g >= 0 && g < Goals.Count:
                Goals.RemoveAt(g);
                break;
            case "add-action" when g >= 0 && g < Goals.Count && Goals[g].Actions.Count < Plan.MaxActionsPerGoal:
                Goals[g].Actions.Add(new ActionRow());
                break;
            case "remove-action" when g >= 0 && g < Goals.Count && At(2) is var a && a >= 0 && a < Goals[g].Actions.Count:
                Goals[g].Actions.RemoveAt(a);
                break;
        }
    }

    internal IReadOnlyList<GoalDraft> ToDrafts() =>
        [.. Goals.Select(g => new GoalDraft(g.Id, g.Title, g.AreaIds, g.PriorityIds,
            [.. g.Actions.Select(a => new ActionDraft(a.Id, a.Title, a.Owner, Date(a.StartsOn), Date(a.DueOn), a.Resources, a.SuccessCriteria, a.Status))]))];

    /// <summary>The element id of a field named by its path: <c>goals[0].actions[1].dueOn</c> → <c>goals-0-actions-1-dueOn</c>.</summary>
    public static string IdOf(string path) => path.Replace("].", "-", StringComparison.Ordinal).Replace('[', '-').Replace(']', '-').Replace('.', '-').TrimEnd('-');

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public sealed class GoalRow
    {
        public Guid? Id { get; init; }
        public string Title { get; init; } = "";
        public List<string> AreaIds { get; init; } = [];
        public List<string> PriorityIds { get; init; } = [];
        public List<ActionRow> Actions { get; } = [];
    }

    public sealed class ActionRow
    {
        public Guid? Id { get; init; }
        public string Title { get; init; } = "";
        public string Owner { get; init; } = "";
        public string StartsOn { get; init; } = "";
        public string DueOn { get; init; } = "";
        public string Resources { get; init; } = "";
        public string SuccessCriteria { get; init; } = "";
        public string Status { get; init; } = "planned";
    }
}
