using MentorHub.Web.Modules.Planning.Domain;
using MentorHub.Web.Modules.Planning.ManagePlans;
using MentorHub.Web.Platform.Errors;

namespace MentorHub.Tests.Modules.Planning;

/// <summary>The rules of a development plan, without a database.</summary>
public sealed class PlanRulesTests
{
    private static readonly PlanVocabulary Vocabulary = new(new HashSet<string> { "vision", "leadership", "infrastructure" }, new HashSet<string> { "P1", "P2" });
    private static readonly DateTime At = new(2026, 10, 1, 9, 0, 0, DateTimeKind.Utc);

    private static ActionDraft Action(string title = "Workshop", string? status = "planned", DateOnly? starts = null, DateOnly? due = null, Guid? id = null) =>
        new(id, title, "Ana Silva", starts ?? new DateOnly(2026, 10, 1), due ?? new DateOnly(2026, 11, 1), "Two afternoons", "Every teacher tried it once", status);

    private static GoalDraft Goal(string title = "Share a vision", string[]? areas = null, string[]? priorities = null, ActionDraft[]? actions = null, Guid? id = null) =>
        new(id, title, areas ?? ["vision"], priorities ?? ["P1"], actions ?? [Action()]);

    private static Plan Draft(params GoalDraft[] goals) => Plan.Draft(Guid.NewGuid(), "PT-1", goals, Vocabulary, "Ana", At);

    private static IDictionary<string, string[]> Refused(Action act) => Assert.Throws<InputException>(act).Errors;

    [Fact]
    public void A_plan_of_one_to_three_goals_is_drafted_at_version_one_and_current()
    {
        var plan = Draft(Goal("A"), Goal("B", ["leadership"], []));
        Assert.Equal(1, plan.Version);
        Assert.True(plan.IsCurrent);
        Assert.Equal(["A", "B"], plan.Goals.Select(g => g.Title));
        Assert.Equal(ActionStatus.Planned, plan.Goals[0].Actions[0].Status);
        Assert.Equal("Ana", plan.UpdatedBy);
        Assert.Single(Draft(Goal()).Goals);
        Assert.Equal(3, Draft(Goal(), Goal(), Goal()).Goals.Count);
    }

    [Fact]
    public void No_goal_and_more_than_three_goals_are_refused_with_a_clear_message()
    {
        var none = Refused(() => Draft());
        Assert.Contains("at least one goal", none["goals"][0], StringComparison.Ordinal);
        var four = Refused(() => Draft(Goal(), Goal(), Goal(), Goal()));
        Assert.Contains("at most 3 goals; this one has 4", four["goals"][0], StringComparison.Ordinal);
        Refused(() => Plan.Draft(Guid.NewGuid(), "PT-1", null, Vocabulary, "Ana", At));
    }

    [Fact]
    public void Areas_must_be_known_and_at_least_one()
    {
        var unknown = Refused(() => Draft(Goal(areas: ["vision", "astrology"])));
        Assert.Contains("'astrology' is not an area", unknown["goals[0].areaIds"][0], StringComparison.Ordinal);
        Assert.True(Refused(() => Draft(Goal(areas: [])))["goals[0].areaIds"].Length == 1);
    }

    [Fact]
    public void Priorities_must_be_the_programmes_and_may_be_none()
    {
        var unknown = Refused(() => Draft(Goal(), Goal(priorities: ["P9"])));
        Assert.Contains("'P9' is not a national priority", unknown["goals[1].priorityIds"][0], StringComparison.Ordinal);
        Assert.Empty(Draft(Goal(priorities: [])).Goals[0].PriorityIds);
    }

    [Fact]
    public void Titles_owners_and_dates_are_required_and_texts_have_limits()
    {
        var errors = Refused(() => Draft(Goal(" ", actions: [new ActionDraft(null, "", null, null, null, new string('x', 1001), null, null)])));
        Assert.Contains("goals[0].title", errors.Keys);
        Assert.Contains("goals[0].actions[0].title", errors.Keys);
        Assert.Contains("goals[0].actions[0].owner", errors.Keys);
        Assert.Contains("goals[0].actions[0].startsOn", errors.Keys);
        Assert.Contains("goals[0].actions[0].dueOn", errors.Keys);
        Assert.Contains("goals[0].actions[0].resources", errors.Keys);
        Assert.Contains("goals[0].title", Refused(() => Draft(Goal(new string('t', 201)))).Keys);
    }

    [Fact]
    public void An_action_is_due_on_or_after_it_starts()
    {
        var errors = Refused(() => Draft(Goal(actions: [Action(), Action(starts: new DateOnly(2026, 11, 2), due: new DateOnly(2026, 11, 1))])));
        Assert.Equal("The due date cannot be before the start date.", errors["goals[0].actions[1].dueOn"].Single());
        var sameDay = Draft(Goal(actions: [Action(starts: new DateOnly(2026, 11, 1), due: new DateOnly(2026, 11, 1))]));
        Assert.Equal(sameDay.Goals[0].Actions[0].StartsOn, sameDay.Goals[0].Actions[0].DueOn);
    }

    [Theory]
    [InlineData("planned", "Planned")]
    [InlineData("in-progress", "InProgress")]
    [InlineData("done", "Done")]
    [InlineData("dropped", "Dropped")]
    [InlineData(null, "Planned")]
    public void Statuses_are_the_contracts_four(string? name, string expected) =>
        Assert.Equal(expected, Draft(Goal(actions: [Action(status: name)])).Goals[0].Actions[0].Status.ToString());

    [Fact]
    public void An_unknown_status_is_refused_naming_the_four()
    {
        var errors = Refused(() => Draft(Goal(actions: [Action(status: "finished")])));
        Assert.Equal("Use one of: planned, in-progress, done, dropped.", errors["goals[0].actions[0].status"].Single());
    }

    [Fact]
    public void A_goal_has_at_most_twelve_actions()
    {
        Assert.Contains("goals[0].actions", Refused(() => Draft(Goal(actions: [.. Enumerable.Range(0, 13).Select(i => Action($"A{i}"))]))).Keys);
        Assert.Equal(12, Draft(Goal(actions: [.. Enumerable.Range(0, 12).Select(i => Action($"A{i}"))])).Goals[0].Actions.Count);
    }

    [Fact]
    public void Every_broken_rule_is_reported_at_once()
    {
        var errors = Refused(() => Draft(Goal(areas: ["nowhere"]), Goal(priorities: ["P7"], actions: [Action(status: "x")])));
        Assert.Equal(["goals[0].areaIds", "goals[1].actions[0].status", "goals[1].priorityIds"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_revision_bumps_the_version_and_keeps_the_ids_it_names()
    {
        var plan = Draft(Goal("A"), Goal("B"));
        var a = plan.Goals[0];
        var action = a.Actions[0];
        plan.Revise([Goal("A, sharper", id: a.Id, actions: [Action("Workshop, moved", "done", id: action.Id), Action("New")]), Goal("C", id: Guid.NewGuid())], Vocabulary, "Rui", At.AddDays(1));
        Assert.Equal(2, plan.Version);
        Assert.Equal(a.Id, plan.Goals[0].Id);
        Assert.Equal(action.Id, plan.Goals[0].Actions[0].Id);
        Assert.Equal(ActionStatus.Done, plan.Goals[0].Actions[0].Status);
        Assert.NotEqual(action.Id, plan.Goals[0].Actions[1].Id);
        Assert.DoesNotContain(plan.Goals[1].Id, new[] { a.Id });
        Assert.Equal("Rui", plan.UpdatedBy);
        Assert.Equal(At.AddDays(1), plan.UpdatedAt);
    }

    [Fact]
    public void A_refused_revision_changes_nothing()
    {
        var plan = Draft(Goal("A"));
        Refused(() => plan.Revise([Goal(), Goal(), Goal(), Goal()], Vocabulary, "Rui", At));
        Assert.Equal(1, plan.Version);
        Assert.Equal("A", plan.Goals.Single().Title);
    }

    [Fact]
    public void One_id_named_twice_is_kept_once()
    {
        var plan = Draft(Goal("A"));
        var id = plan.Goals[0].Id;
        plan.Revise([Goal("A", id: id), Goal("A again", id: id)], Vocabulary, "Rui", At);
        Assert.Equal(2, plan.Goals.Select(g => g.Id).Distinct().Count());
        Assert.Equal(id, plan.Goals[0].Id);
    }

    [Fact]
    public void A_superseded_plan_is_kept_read_only_and_its_version_moves()
    {
        var plan = Draft(Goal());
        plan.Supersede(At);
        Assert.False(plan.IsCurrent);
        Assert.Equal(2, plan.Version);
        Assert.Throws<BusinessRuleException>(() => plan.Revise([Goal()], Vocabulary, "Rui", At));
        Assert.Throws<BusinessRuleException>(() => plan.AddNote("x", null, "Rui", At));
        Assert.Throws<BusinessRuleException>(() => plan.Supersede(At));
    }

    [Fact]
    public void Notes_and_comments_need_text_leave_the_version_alone_and_notes_name_goals_of_the_plan()
    {
        var plan = Draft(Goal());
        var note = plan.AddNote("  First workshop held.  ", plan.Goals[0].Id, "Ana", At);
        var comment = plan.AddComment("Try a lesson observation next.", "Marta", At);
        Assert.Equal("First workshop held.", note.Text);
        Assert.Equal(PlanEntryKind.Comment, comment.Kind);
        Assert.Equal(1, plan.Version);
        Assert.Contains("text", Refused(() => plan.AddNote(" ", null, "Ana", At)).Keys);
        Assert.Contains("text", Refused(() => plan.AddComment(new string('c', 4001), "Ana", At)).Keys);
        Assert.Contains("goalId", Refused(() => plan.AddNote("x", Guid.NewGuid(), "Ana", At)).Keys);
    }
}
