using MentorHub.Web.Modules.SelfAssessment.Domain;
using static MentorHub.Tests.Modules.SelfAssessment.Domain.TestInstruments;

namespace MentorHub.Tests.Modules.SelfAssessment.Domain;

public sealed class ResponseScorerTests
{
    [Fact]
    public void Area_increment_uses_the_mean_over_answered_items_only()
    {
        // Area a for teachers: a.t1 = 4, a.t2 = null → mean over the one answered item = 4.
        // Area b: b.t1 = 5 → mean 5, agree 1.
        var inc = ResponseScorer.Score(Small, "teachers", Answers(("a.t1", 4), ("a.t2", null), ("b.t1", 5)));

        Assert.Equal("teachers", inc.Group);
        Assert.Equal(
            [new AreaIncrement("a", 1, 4, 16, 1, 1), new AreaIncrement("b", 1, 5, 25, 1, 1)],
            inc.Areas);
    }

    [Fact]
    public void Mean_and_square_of_a_mixed_area()
    {
        // a.l1 = 2, a.l2 = 5 → mean 3.5, squared 12.25, answered 2, agree 1 (only the 5).
        var inc = ResponseScorer.Score(Small, "leaders", Answers(("a.l1", 2), ("a.l2", 5)));

        var a = Assert.Single(inc.Areas, x => x.AreaId == "a");
        Assert.Equal(new AreaIncrement("a", 1, 3.5, 12.25, 2, 1), a);
    }

    [Fact]
    public void All_dont_know_adds_no_respondent_to_the_area_but_counts_in_the_distribution()
    {
        var inc = ResponseScorer.Score(Small, "teachers", Answers(("a.t1", null), ("a.t2", null)));

        Assert.Equal(new AreaIncrement("a", 0, 0, 0, 0, 0), inc.Areas.Single(x => x.AreaId == "a"));
        Assert.Equal(new AreaIncrement("b", 0, 0, 0, 0, 0), inc.Areas.Single(x => x.AreaId == "b"));
        Assert.Equal([new ItemValueIncrement("a.t1", null), new ItemValueIncrement("a.t2", null)], inc.ItemValues);
    }

    [Fact]
    public void Omitted_items_add_nothing_to_distributions()
    {
        var inc = ResponseScorer.Score(Small, "teachers", Answers(("b.t1", 3)));

        Assert.Equal([new ItemValueIncrement("b.t1", 3)], inc.ItemValues);
    }

    [Fact]
    public void Students_only_get_increments_for_their_areas()
    {
        var inc = ResponseScorer.Score(Small, "students", Answers(("b.s1", 1)));

        Assert.Equal([new AreaIncrement("b", 1, 1, 1, 1, 0)], inc.Areas);
    }

    [Fact]
    public void Validation_names_each_bad_answer()
    {
        var errors = ResponseScorer.Validate(Small, "teachers", Answers(("a.t1", 6), ("a.l1", 3), ("zz", 1), ("a.t2", 0), ("b.t1", null)));

        Assert.Equal(["answers.a.l1", "answers.a.t1", "answers.a.t2", "answers.zz"], errors.Keys.Order());
        Assert.Contains("belongs to the leaders form", errors["answers.a.l1"][0], StringComparison.Ordinal);
        Assert.Contains("outside the scale 1..5", errors["answers.a.t1"][0], StringComparison.Ordinal);
        Assert.Contains("not an item", errors["answers.zz"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Score_refuses_invalid_answers()
    {
        Assert.Throws<ArgumentException>(() => ResponseScorer.Score(Small, "teachers", Answers(("a.t1", 9))));
    }

    [Fact]
    public void Free_text_items_take_no_scale_value_and_are_not_scored()
    {
        var outcome = InstrumentCatalog.Find(InstrumentCatalog.DefaultOutcomeId)!;

        Assert.NotEmpty(ResponseScorer.Validate(outcome, "teachers", Answers(("outcome.comment", 3))));
        var inc = ResponseScorer.Score(outcome, "teachers", Answers(("outcome.intention", 5), ("outcome.comment", null)));
        Assert.Equal([new ItemValueIncrement("outcome.intention", 5)], inc.ItemValues);
        Assert.Equal(new AreaIncrement("outcome", 1, 5, 25, 1, 1), Assert.Single(inc.Areas));
    }

    [Fact]
    public void Aggregates_fold_increments_into_running_sums()
    {
        // Teachers, area a. R1: 4, 5 → 4.5; R2: 3, null → 3; R3: 2, 2 → 2; R4: null, null → not counted.
        // n = 3, Σ = 9.5, Σ² = 20.25 + 9 + 4 = 33.25, answered = 2 + 1 + 2 + 0 = 5, agree = 2 (the 4 and the 5).
        var round = RoundAggregates.Accumulate("r1", "s1", Small,
        [
            Response("teachers", ("a.t1", 4), ("a.t2", 5)),
            Response("teachers", ("a.t1", 3), ("a.t2", null)),
            Response("teachers", ("a.t1", 2), ("a.t2", 2)),
            Response("teachers", ("a.t1", null), ("a.t2", null)),
        ]);

        Assert.Equal(4, Assert.Single(round.Groups).Respondents);
        var a = round.Areas.Single(x => x.Group == "teachers" && x.AreaId == "a");
        Assert.Equal(3, a.Respondents);
        Assert.Equal(9.5, a.SumOfMeans, 12);
        Assert.Equal(33.25, a.SumOfSquaredMeans, 12);
        Assert.Equal(5, a.Answered);
        Assert.Equal(2, a.Agree);
        Assert.Equal(0.4, a.AgreeShare!.Value, 12);

        // a.t2 was null twice (R2, R4) and 5 once, 2 once.
        int Count(string item, int value) => round.ItemValues.Where(v => v.ItemId == item && v.Value == value).Sum(v => v.Count);
        Assert.Equal(2, Count("a.t2", ItemValueCount.DontKnowValue));
        Assert.Equal(1, Count("a.t2", 5));
        Assert.Equal(1, Count("a.t2", 2));
        Assert.Equal(0, Count("b.t1", ItemValueCount.DontKnowValue));
    }
}
