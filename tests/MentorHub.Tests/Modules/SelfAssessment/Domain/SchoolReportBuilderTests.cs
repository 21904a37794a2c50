using MentorHub.Web.Modules.SelfAssessment.Api;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using static MentorHub.Tests.Modules.SelfAssessment.Domain.TestInstruments;

namespace MentorHub.Tests.Modules.SelfAssessment.Domain;

public sealed class SchoolReportBuilderTests
{
    private static RoundAggregates Round(string roundId, params (string Group, IReadOnlyDictionary<string, int?> Answers)[] responses) =>
        RoundAggregates.Accumulate(roundId, "school-1", Small, responses);

    private static (string, IReadOnlyDictionary<string, int?>)[] Teachers(int count) =>
        Enumerable.Range(0, count).Select(_ => Response("teachers", ("a.t1", 4), ("b.t1", 3))).ToArray();

    // Leaders (3): a = (5+5)/2 = 5, (4+5)/2 = 4.5, (5+4)/2 = 4.5 → mean 14/3 = 4.666667; 6 answers, all ≥ 4.
    //              b = 2, 3, (null) → n = 2, mean 2.5; 2 answers, none ≥ 4.
    // Teachers (3): a = 4.5, 3, 2 → mean 3.166667; 5 answers, 2 ≥ 4 → 0.4.
    //               b = 5, 4, (null) → n = 2, mean 4.5, s² = 0.5; agree 2 of 2.
    // Students (2): below the threshold of 3.
    private static readonly RoundAggregates Current = Round(
        "round-2",
        Response("leaders", ("a.l1", 5), ("a.l2", 5), ("b.l1", 2)),
        Response("leaders", ("a.l1", 4), ("a.l2", 5), ("b.l1", 3)),
        Response("leaders", ("a.l1", 5), ("a.l2", 4), ("b.l1", null)),
        Response("teachers", ("a.t1", 4), ("a.t2", 5), ("b.t1", 5)),
        Response("teachers", ("a.t1", 3), ("a.t2", null), ("b.t1", 4)),
        Response("teachers", ("a.t1", 2), ("a.t2", 2), ("b.t1", null)),
        Response("students", ("b.s1", 5)),
        Response("students", ("b.s1", 1)));

    // Previous: leaders only 2 (suppressed at 3). Teachers a = 2, 2.5, 3; b = 4, 4, 4 (no spread).
    private static readonly RoundAggregates Previous = Round(
        "round-1",
        Response("leaders", ("a.l1", 1), ("a.l2", 1)),
        Response("leaders", ("a.l1", 1), ("a.l2", 1)),
        Response("teachers", ("a.t1", 2), ("a.t2", 2), ("b.t1", 4)),
        Response("teachers", ("a.t1", 2), ("a.t2", 3), ("b.t1", 4)),
        Response("teachers", ("a.t1", 3), ("a.t2", 3), ("b.t1", 4)));

    [Fact]
    public void Group_area_scores_are_worked_by_hand()
    {
        var report = SchoolReportBuilder.Build(Small, Current, null, new AnonymityPolicy(3));

        Assert.Equal("round-2", report.RoundId);
        Assert.Equal("school-1", report.SchoolId);
        Assert.Equal(["leaders", "teachers", "students"], report.Groups.Select(g => g.Group));

        var leaders = report.Groups[0];
        Assert.False(leaders.Suppressed);
        Assert.Equal(3, leaders.Respondents);
        Assert.Equal(4.6666666667, leaders.Areas[0].Mean!.Value, 9);
        Assert.Equal(1.0, leaders.Areas[0].AgreeShare);
        Assert.Equal(6, leaders.Areas[0].Answered);
        // Area b rests on two leaders and two teachers: under the threshold of 3, so no number shows.
        Assert.Equal(new AreaScore("b", null, null, null, null, null, Suppressed: true), leaders.Areas[1]);

        var teachers = report.Groups[1];
        Assert.Equal(3.1666666667, teachers.Areas[0].Mean!.Value, 9);
        Assert.Equal(0.4, teachers.Areas[0].AgreeShare!.Value, 12);
        Assert.Equal(5, teachers.Areas[0].Answered);
        Assert.Equal(1.2583057392, teachers.Areas[0].StandardDeviation!.Value, 9);
        Assert.True(teachers.Areas[1].Suppressed);

        // At a threshold of 2 the same areas show, worked by hand.
        var lower = SchoolReportBuilder.Build(Small, Current, null, new AnonymityPolicy(2));
        Assert.Equal((2.5, 0.0, 2), (lower.Groups[0].Areas[1].Mean!.Value, lower.Groups[0].Areas[1].AgreeShare!.Value, lower.Groups[0].Areas[1].Respondents!.Value));
        Assert.Equal(4.5, lower.Groups[1].Areas[1].Mean!.Value, 12);
    }

    [Fact]
    public void Suppressed_group_carries_no_numbers_anywhere()
    {
        var report = SchoolReportBuilder.Build(Small, Current, Previous, new AnonymityPolicy(3));

        var students = report.Groups[2];
        Assert.True(students.Suppressed);
        Assert.Null(students.Respondents);
        Assert.Empty(students.Areas);
        Assert.DoesNotContain(report.Gaps, g => g.GroupA == "students" || g.GroupB == "students");
        Assert.DoesNotContain(report.Changes, c => c.Group == "students");
        Assert.DoesNotContain(report.Distributions, d => d.Group == "students");
        Assert.All(report.Strengths.Concat(report.WeakestAreas), h => Assert.DoesNotContain("students", h.Groups));
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [InlineData(6, false)]
    public void Default_threshold_suppresses_below_five(int teachers, bool suppressed)
    {
        var report = SchoolReportBuilder.Build(Small, Round("r", Teachers(teachers)), null, new AnonymityPolicy(5));

        var group = report.Groups.Single(g => g.Group == "teachers");
        Assert.Equal(suppressed, group.Suppressed);
        Assert.Equal(suppressed ? null : teachers, group.Respondents);
        Assert.Equal(suppressed ? 0 : 2, group.Areas.Count);
    }

    [Fact]
    public void An_area_answered_by_fewer_than_the_threshold_shows_no_number_in_a_shown_group()
    {
        // Five teachers answered area b; only one answered area a. The group shows; area a, with n = 1,
        // would be that one person's answers, so it is suppressed, and so are its statements.
        var responses = Enumerable.Range(0, 4).Select(_ => Response("teachers", ("a.t1", null), ("b.t1", 3)))
            .Append(Response("teachers", ("a.t1", 5), ("b.t1", 3)))
            .ToArray();

        var report = SchoolReportBuilder.Build(Small, Round("r", responses), null, new AnonymityPolicy(5));
        var group = report.Groups.Single(g => g.Group == "teachers");

        Assert.False(group.Suppressed);
        Assert.Equal(5, group.Respondents);
        Assert.Equal(new AreaScore("a", null, null, null, null, null, Suppressed: true), group.Areas[0]);
        Assert.Equal(3.0, group.Areas[1].Mean);
        Assert.DoesNotContain(report.Distributions, d => d.AreaId == "a");
        Assert.Contains(report.Distributions, d => d.ItemId == "b.t1");
    }

    [Fact]
    public void Blank_responses_do_not_count_toward_the_threshold()
    {
        // Four all-"don't know" responses and one real one: one respondent, so the group stays hidden.
        var responses = Enumerable.Range(0, 4).Select(_ => Response("teachers", ("a.t1", null), ("a.t2", null), ("b.t1", null)))
            .Append(Response("teachers", ("a.t1", 5), ("a.t2", 1), ("b.t1", 3)))
            .ToArray();

        var round = Round("r", responses);
        var report = SchoolReportBuilder.Build(Small, round, null, new AnonymityPolicy(5));

        Assert.Equal((5, 1), (round.Groups.Single().Respondents, round.Groups.Single().CountedRespondents));
        var teachers = report.Groups.Single(g => g.Group == "teachers");
        Assert.True(teachers.Suppressed);
        Assert.Null(teachers.Respondents);
        Assert.Empty(report.Distributions);
    }

    [Fact]
    public void All_dont_know_area_has_no_mean_no_share_and_no_gap()
    {
        var responses = Teachers(5)
            .Concat(Enumerable.Range(0, 5).Select(_ => Response("leaders", ("a.l1", null), ("a.l2", null), ("b.l1", 4))))
            .ToArray();

        var report = SchoolReportBuilder.Build(Small, Round("r", responses), null, new AnonymityPolicy(5));

        var leadersA = report.Groups[0].Areas.Single(a => a.AreaId == "a");
        Assert.Null(leadersA.Mean);
        Assert.Null(leadersA.AgreeShare);
        Assert.Null(leadersA.Answered);
        Assert.True(leadersA.Suppressed);
        var gap = Assert.Single(report.Gaps);
        Assert.Equal(("b", "leaders", "teachers", 1.0), (gap.AreaId, gap.GroupA, gap.GroupB, gap.Difference));
    }

    [Fact]
    public void Group_without_any_response_is_suppressed()
    {
        var report = SchoolReportBuilder.Build(Small, Round("r", Teachers(5)), null, new AnonymityPolicy(5));

        Assert.True(report.Groups.Single(g => g.Group == "leaders").Suppressed);
    }

    [Fact]
    public void Single_respondent_group_shows_when_the_threshold_allows_it()
    {
        var report = SchoolReportBuilder.Build(Small, Round("r", Response("students", ("b.s1", 4))), null, new AnonymityPolicy(1));

        var students = report.Groups.Single(g => g.Group == "students");
        Assert.Equal(1, students.Respondents);
        var b = Assert.Single(students.Areas);
        Assert.Equal((4.0, 1.0, 1), (b.Mean!.Value, b.AgreeShare!.Value, b.Answered!.Value));
        Assert.Null(b.StandardDeviation);
    }

    [Fact]
    public void Gaps_pair_shown_groups_in_fixed_order_and_flag_the_largest()
    {
        // a: leaders − teachers = 4.666667 − 3.166667 = 1.5;  b: 2.5 − 4.5 = −2.0 (larger in size).
        // At 2 the students (2 respondents) show too, but they score area b only; b pairs are filtered here.
        var report = SchoolReportBuilder.Build(Small, Current, null, new AnonymityPolicy(2));
        report = report with { Gaps = report.Gaps.Where(g => g.GroupB != "students").ToList() };

        Assert.Equal(2, report.Gaps.Count);
        var a = report.Gaps[0];
        var b = report.Gaps[1];
        Assert.Equal(("a", "leaders", "teachers", false), (a.AreaId, a.GroupA, a.GroupB, a.IsLargest));
        Assert.Equal(1.5, a.Difference, 12);
        Assert.Equal(("b", "leaders", "teachers", true), (b.AreaId, b.GroupA, b.GroupB, b.IsLargest));
        Assert.Equal(-2.0, b.Difference, 12);
        Assert.Equal("The largest difference in perception is in Area B: school leaders rate it 2.0 points lower than teachers.", report.LargestGapSentence!.Get("en"));
        Assert.Equal("A maior diferença de perceção está em «Área B»: a média da direção da escola fica 2,0 pontos abaixo da média dos professores.", report.LargestGapSentence.Get("pt"));
    }

    [Fact]
    public void Three_shown_groups_give_three_pairs_per_area()
    {
        var report = SchoolReportBuilder.Build(Small, Current, null, new AnonymityPolicy(2));

        // Area b is scored by all three groups; students b = (5 + 1) / 2 = 3.
        var b = report.Gaps.Where(g => g.AreaId == "b").Select(g => (g.GroupA, g.GroupB, Math.Round(g.Difference, 9))).ToList();
        Assert.Equal([("leaders", "teachers", -2.0), ("leaders", "students", -0.5), ("teachers", "students", 1.5)], b);
    }

    [Fact]
    public void Changes_compare_groups_shown_in_both_rounds()
    {
        // At 3, leaders were suppressed last round, students are this round, and only two teachers
        // answered area b now: only teachers' area a compares.
        var strict = SchoolReportBuilder.Build(Small, Current, Previous, new AnonymityPolicy(3));
        Assert.Equal("round-1", strict.PreviousRoundId);
        Assert.Equal([("a", "teachers")], strict.Changes.Select(c => (c.AreaId, c.Group)));

        // At 2 the leaders' area a (two last round) and the teachers' area b compare too.
        var report = SchoolReportBuilder.Build(Small, Current, Previous, new AnonymityPolicy(2));
        Assert.Equal([("a", "leaders"), ("a", "teachers"), ("b", "teachers")], report.Changes.Select(c => (c.AreaId, c.Group)));

        // Area a: the hand-worked example in AreaStatisticsTests.
        Assert.Equal(strict.Changes[0], report.Changes[1]);
        var a = report.Changes[1];
        Assert.Equal(0.6666666667, a.Difference, 9);
        Assert.Equal(0.6963106238, a.EffectSize!.Value, 8);
        Assert.Equal(-2.040928, a.CiLow!.Value, 5);
        Assert.Equal(3.374262, a.CiHigh!.Value, 5);
        Assert.Equal((3.1666666667, 2.5), (Math.Round(a.Mean, 10), a.PreviousMean));

        // Area b: now 5, 4 (n = 2, mean 4.5, SS = 0.5, s² = 0.5); before 4, 4, 4 (SS = 0).
        //   difference = 0.5; pooled SD = sqrt(0.5 / (2 + 3 − 2)) = 0.408248; d = 1.224745.
        //   Welch: u1 = 0.5 / 2 = 0.25, u2 = 0 → se = 0.5, df = 0.25² / (0.25² / 1) = 1.
        //   t(0.975, 1) = tan(0.475π) = 12.706205; CI = 0.5 ± 6.353102 = [−5.853102, 6.853102].
        var b = report.Changes[2];
        Assert.Equal(0.5, b.Difference, 12);
        Assert.Equal(1.2247448714, b.EffectSize!.Value, 9);
        Assert.Equal(1, b.DegreesOfFreedom!.Value, 9);
        var t1 = Math.Tan(0.475 * Math.PI);
        Assert.Equal(0.5 - (t1 * 0.5), b.CiLow!.Value, 5);
        Assert.Equal(0.5 + (t1 * 0.5), b.CiHigh!.Value, 5);
    }

    [Fact]
    public void No_previous_round_means_no_changes()
    {
        var report = SchoolReportBuilder.Build(Small, Current, null, new AnonymityPolicy(3));

        Assert.Null(report.PreviousRoundId);
        Assert.Empty(report.Changes);
    }

    [Fact]
    public void Highlights_rank_areas_by_the_mean_over_shown_groups()
    {
        // a: (4.666667 + 3.166667) / 2 = 3.916667; b: (2.5 + 4.5) / 2 = 3.5.
        // Two scored areas: one strength, one area to develop. (At 2, students' b would show too; drop them.)
        var current = Current with { Groups = Current.Groups.Where(g => g.Group != "students").ToList() };
        var report = SchoolReportBuilder.Build(Small, current, null, new AnonymityPolicy(2));

        var strength = Assert.Single(report.Strengths);
        var weakest = Assert.Single(report.WeakestAreas);
        Assert.Equal("a", strength.AreaId);
        Assert.Equal(3.9166666667, strength.Mean, 9);
        Assert.Equal("b", weakest.AreaId);
        Assert.Equal(3.5, weakest.Mean, 12);
        Assert.Equal(["leaders", "teachers"], weakest.Groups);
        Assert.Equal("Strength: Area A, with an average of 3.9 out of 5 (school leaders, teachers).", strength.Sentence.Get("en"));
        Assert.Equal("Ponto forte: Área A, com uma média de 3,9 em 5 (direção da escola, professores).", strength.Sentence.Get("pt"));
        Assert.Equal("Area to develop: Area B, with an average of 3.5 out of 5 (school leaders, teachers).", weakest.Sentence.Get("en"));
        Assert.Equal("Área a desenvolver: Área B, com uma média de 3,5 em 5 (direção da escola, professores).", weakest.Sentence.Get("pt"));
    }

    [Fact]
    public void Default_instrument_gives_two_strengths_and_two_weakest_areas()
    {
        var instrument = InstrumentCatalog.Find(InstrumentCatalog.DefaultSelfAssessmentId)!;

        // Every teacher answers each item with its area's position (vision 1 … learning 7, capped at 5).
        var areaValue = instrument.Areas.Select((a, i) => (a.Id, Value: Math.Min(5, i + 1))).ToDictionary(x => x.Id, x => x.Value);
        var answers = instrument.ItemsFor("teachers").ToDictionary(i => i.Id, i => (int?)areaValue[i.AreaId]);
        var round = RoundAggregates.Accumulate("r", "s", instrument, Enumerable.Range(0, 5).Select(_ => ("teachers", (IReadOnlyDictionary<string, int?>)answers)));

        var report = SchoolReportBuilder.Build(instrument, round, null, new AnonymityPolicy(5));

        // Means: vision 1, leadership 2, collaboration 3, pedagogy 4, development 5, infrastructure 5, learning 5.
        // Ties at 5 keep instrument order.
        Assert.Equal(["development", "infrastructure"], report.Strengths.Select(s => s.AreaId));
        Assert.Equal(["vision", "leadership"], report.WeakestAreas.Select(s => s.AreaId));
        Assert.Empty(report.Gaps);
        Assert.Null(report.LargestGapSentence);
    }

    [Fact]
    public void Distributions_count_each_value_and_dont_know()
    {
        // Three teachers answer both a items; a fourth says "don't know" to the whole area and answers b.
        var round = Round("r",
            Response("teachers", ("a.t1", 5), ("a.t2", 2)),
            Response("teachers", ("a.t1", 3), ("a.t2", 3)),
            Response("teachers", ("a.t1", 2), ("a.t2", 2)),
            Response("teachers", ("a.t1", null), ("a.t2", null), ("b.t1", 4)));
        var report = SchoolReportBuilder.Build(Small, round, null, new AnonymityPolicy(3));

        var t2 = report.Distributions.Single(d => d.ItemId == "a.t2");
        Assert.Equal([0, 2, 1, 0, 0], t2.Counts);
        Assert.Equal(1, t2.DontKnow);
        Assert.Equal(("a", "teachers"), (t2.AreaId, t2.Group));
        Assert.Equal([0, 1, 1, 0, 1], report.Distributions.Single(d => d.ItemId == "a.t1").Counts);
        // Area b rests on one teacher: neither the area nor its statement shows.
        Assert.Equal(2, report.Distributions.Count);
    }

    [Fact]
    public void A_statement_skipped_by_fewer_than_the_threshold_of_its_area_is_hidden()
    {
        // Four teachers answer both a items; a fifth answers a.t1 only. The area mean mixes each person's
        // items, so a.t2 (4 people) beside area a (5 people) would give the fifth person's a.t1 away.
        var responses = Enumerable.Range(0, 4).Select(i => Response("teachers", ("a.t1", 2 + i), ("a.t2", 4)))
            .Append(Response("teachers", ("a.t1", 1), ("a.t2", null)))
            .ToArray();
        var report = SchoolReportBuilder.Build(Small, Round("r", responses), null, new AnonymityPolicy(3));

        Assert.Equal(["a.t1"], report.Distributions.Select(d => d.ItemId));
        Assert.Equal(5, report.Groups.Single(g => g.Group == "teachers").Areas[0].Respondents);
    }

    [Fact]
    public void Complementary_suppression_hides_a_statement_whose_area_totals_would_give_a_hidden_one_away()
    {
        // Four teachers answer a.t1; one of them also a.t2 (with a 1). a.t2 rests on one person and is
        // hidden; the area's answered (5) and agree (4) minus a.t1's (4 and 4) would still say that one
        // person disagreed, so a.t1 is hidden too. The area itself rests on four people and shows.
        var responses = Enumerable.Range(0, 3).Select(_ => Response("teachers", ("a.t1", 4), ("a.t2", null)))
            .Append(Response("teachers", ("a.t1", 4), ("a.t2", 1)))
            .ToArray();
        var report = SchoolReportBuilder.Build(Small, Round("r", responses), null, new AnonymityPolicy(3));

        Assert.Empty(report.Distributions);
        var a = report.Groups.Single(g => g.Group == "teachers").Areas[0];
        Assert.Equal((4, 5), (a.Respondents!.Value, a.Answered!.Value));
    }

    [Fact]
    public void Report_from_aggregates_loaded_as_totals_equals_the_report_from_accumulation()
    {
        // The endpoint will read stored totals; FromTotals must round-trip them.
        var copy = Current with
        {
            Areas = Current.Areas.Select(a => AreaAggregate.FromTotals(a.RoundId, a.Group, a.AreaId, a.Respondents, a.SumOfMeans, a.SumOfSquaredMeans, a.Answered, a.Agree)).ToList(),
        };

        var fromCopy = SchoolReportBuilder.Build(Small, copy, Previous, new AnonymityPolicy(3));
        var original = SchoolReportBuilder.Build(Small, Current, Previous, new AnonymityPolicy(3));

        Assert.Equal(original.Groups.SelectMany(g => g.Areas), fromCopy.Groups.SelectMany(g => g.Areas));
        Assert.Equal(original.Changes, fromCopy.Changes);
    }

    [Fact]
    public void Threshold_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SchoolReportBuilder.Build(Small, Current, null, new AnonymityPolicy(0)));
    }
}

public sealed class SchoolReportJsonShapeTests
{
    [Fact]
    public void Serialises_with_the_contracts_field_names()
    {
        var round = RoundAggregates.Accumulate("r2", "s1", Small,
            Enumerable.Range(0, 5).SelectMany(_ => new[]
            {
                Response("leaders", ("a.l1", 5), ("b.l1", 4)),
                Response("teachers", ("a.t1", 3), ("b.t1", 2)),
            }));
        var previous = RoundAggregates.Accumulate("r1", "s1", Small,
            Enumerable.Range(0, 5).Select(i => Response("teachers", ("a.t1", 1 + (i % 2)), ("b.t1", 2))));
        var report = SchoolReportBuilder.Build(Small, round, previous, new AnonymityPolicy(5));

        var json = System.Text.Json.JsonSerializer.SerializeToNode(report, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;

        Assert.Equal("r2", (string?)json["roundId"]);
        Assert.Equal("s1", (string?)json["schoolId"]);
        Assert.Equal("r1", (string?)json["previousRoundId"]);
        var leaders = json["groups"]![0]!;
        Assert.Equal(["group", "respondents", "suppressed", "areas"], leaders.AsObject().Select(p => p.Key));
        Assert.Equal(["areaId", "mean", "agreeShare", "answered", "respondents", "standardDeviation", "suppressed"], leaders["areas"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal(["areaId", "groupA", "groupB", "difference", "isLargest"], json["gaps"]![0]!.AsObject().Select(p => p.Key));
        var change = json["changes"]![0]!.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(["areaId", "group", "difference", "effectSize", "ciLow", "ciHigh"], change.Take(6));
        Assert.Equal("Área a desenvolver", ((string?)json["weakestAreas"]![0]!["sentence"]!["pt"])![..18]);
        Assert.True((bool?)json["groups"]![2]!["suppressed"]);
        Assert.Null(json["groups"]![2]!["respondents"]);
    }

    [Fact]
    public void Instrument_round_trips_through_json_text_shapes()
    {
        var json = System.Text.Json.JsonSerializer.SerializeToNode(Small.Items[0], new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;

        Assert.Equal("scale", (string?)json["kind"]);
        Assert.Equal("L1 pt", (string?)json["text"]!["pt"]);
    }
}
