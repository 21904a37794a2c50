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
        var report = SchoolReportBuilder.Build(Small, Current, null, anonymityThreshold: 3);

        Assert.Equal("round-2", report.RoundId);
        Assert.Equal("school-1", report.SchoolId);
        Assert.Equal(["leaders", "teachers", "students"], report.Groups.Select(g => g.Group));

        var leaders = report.Groups[0];
        Assert.False(leaders.Suppressed);
        Assert.Equal(3, leaders.Respondents);
        Assert.Equal(4.6666666667, leaders.Areas[0].Mean!.Value, 9);
        Assert.Equal(1.0, leaders.Areas[0].AgreeShare);
        Assert.Equal(6, leaders.Areas[0].Answered);
        Assert.Equal(2.5, leaders.Areas[1].Mean!.Value, 12);
        Assert.Equal(0.0, leaders.Areas[1].AgreeShare);
        Assert.Equal(2, leaders.Areas[1].Respondents);

        var teachers = report.Groups[1];
        Assert.Equal(3.1666666667, teachers.Areas[0].Mean!.Value, 9);
        Assert.Equal(0.4, teachers.Areas[0].AgreeShare!.Value, 12);
        Assert.Equal(5, teachers.Areas[0].Answered);
        Assert.Equal(1.2583057392, teachers.Areas[0].StandardDeviation!.Value, 9);
        Assert.Equal(4.5, teachers.Areas[1].Mean!.Value, 12);
    }

    [Fact]
    public void Suppressed_group_carries_no_numbers_anywhere()
    {
        var report = SchoolReportBuilder.Build(Small, Current, Previous, anonymityThreshold: 3);

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
        var report = SchoolReportBuilder.Build(Small, Round("r", Teachers(teachers)), null);

        var group = report.Groups.Single(g => g.Group == "teachers");
        Assert.Equal(suppressed, group.Suppressed);
        Assert.Equal(suppressed ? null : teachers, group.Respondents);
        Assert.Equal(suppressed ? 0 : 2, group.Areas.Count);
    }

    [Fact]
    public void Threshold_counts_submitted_responses_even_when_an_area_has_fewer_respondents()
    {
        // Five teachers submitted; only one answered area a. The group shows; area a has n = 1.
        var responses = Enumerable.Range(0, 4).Select(_ => Response("teachers", ("a.t1", null), ("b.t1", 3)))
            .Append(Response("teachers", ("a.t1", 5), ("b.t1", 3)))
            .ToArray();

        var group = SchoolReportBuilder.Build(Small, Round("r", responses), null).Groups.Single(g => g.Group == "teachers");

        Assert.False(group.Suppressed);
        Assert.Equal(5, group.Respondents);
        Assert.Equal(1, group.Areas[0].Respondents);
        Assert.Equal(5, group.Areas[0].Mean);
        Assert.Null(group.Areas[0].StandardDeviation);
    }

    [Fact]
    public void All_dont_know_area_has_no_mean_no_share_and_no_gap()
    {
        var responses = Teachers(5)
            .Concat(Enumerable.Range(0, 5).Select(_ => Response("leaders", ("a.l1", null), ("a.l2", null), ("b.l1", 4))))
            .ToArray();

        var report = SchoolReportBuilder.Build(Small, Round("r", responses), null);

        var leadersA = report.Groups[0].Areas.Single(a => a.AreaId == "a");
        Assert.Null(leadersA.Mean);
        Assert.Null(leadersA.AgreeShare);
        Assert.Equal(0, leadersA.Answered);
        Assert.Equal(0, leadersA.Respondents);
        var gap = Assert.Single(report.Gaps);
        Assert.Equal(("b", "leaders", "teachers", 1.0), (gap.AreaId, gap.GroupA, gap.GroupB, gap.Difference));
    }

    [Fact]
    public void Group_without_any_response_is_suppressed()
    {
        var report = SchoolReportBuilder.Build(Small, Round("r", Teachers(5)), null);

        Assert.True(report.Groups.Single(g => g.Group == "leaders").Suppressed);
    }

    [Fact]
    public void Single_respondent_group_shows_when_the_threshold_allows_it()
    {
        var report = SchoolReportBuilder.Build(Small, Round("r", Response("students", ("b.s1", 4))), null, anonymityThreshold: 1);

        var students = report.Groups.Single(g => g.Group == "students");
        Assert.Equal(1, students.Respondents);
        var b = Assert.Single(students.Areas);
        Assert.Equal((4.0, 1.0, 1), (b.Mean!.Value, b.AgreeShare!.Value, b.Answered));
        Assert.Null(b.StandardDeviation);
    }

    [Fact]
    public void Gaps_pair_shown_groups_in_fixed_order_and_flag_the_largest()
    {
        // a: leaders − teachers = 4.666667 − 3.166667 = 1.5;  b: 2.5 − 4.5 = −2.0 (larger in size).
        var report = SchoolReportBuilder.Build(Small, Current, null, anonymityThreshold: 3);

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
        var report = SchoolReportBuilder.Build(Small, Current, null, anonymityThreshold: 2);

        // Area b is scored by all three groups; students b = (5 + 1) / 2 = 3.
        var b = report.Gaps.Where(g => g.AreaId == "b").Select(g => (g.GroupA, g.GroupB, Math.Round(g.Difference, 9))).ToList();
        Assert.Equal([("leaders", "teachers", -2.0), ("leaders", "students", -0.5), ("teachers", "students", 1.5)], b);
    }

    [Fact]
    public void Changes_compare_groups_shown_in_both_rounds()
    {
        var report = SchoolReportBuilder.Build(Small, Current, Previous, anonymityThreshold: 3);

        Assert.Equal("round-1", report.PreviousRoundId);

        // Leaders were suppressed last round and students this round: only teachers compare.
        Assert.Equal([("a", "teachers"), ("b", "teachers")], report.Changes.Select(c => (c.AreaId, c.Group)));

        // Area a: the hand-worked example in AreaStatisticsTests.
        var a = report.Changes[0];
        Assert.Equal(0.6666666667, a.Difference, 9);
        Assert.Equal(0.6963106238, a.EffectSize!.Value, 8);
        Assert.Equal(-2.040928, a.CiLow!.Value, 5);
        Assert.Equal(3.374262, a.CiHigh!.Value, 5);
        Assert.Equal((3.1666666667, 2.5), (Math.Round(a.Mean, 10), a.PreviousMean));

        // Area b: now 5, 4 (n = 2, mean 4.5, SS = 0.5, s² = 0.5); before 4, 4, 4 (SS = 0).
        //   difference = 0.5; pooled SD = sqrt(0.5 / (2 + 3 − 2)) = 0.408248; d = 1.224745.
        //   Welch: u1 = 0.5 / 2 = 0.25, u2 = 0 → se = 0.5, df = 0.25² / (0.25² / 1) = 1.
        //   t(0.975, 1) = tan(0.475π) = 12.706205; CI = 0.5 ± 6.353102 = [−5.853102, 6.853102].
        var b = report.Changes[1];
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
        var report = SchoolReportBuilder.Build(Small, Current, null, anonymityThreshold: 3);

        Assert.Null(report.PreviousRoundId);
        Assert.Empty(report.Changes);
    }

    [Fact]
    public void Highlights_rank_areas_by_the_mean_over_shown_groups()
    {
        // a: (4.666667 + 3.166667) / 2 = 3.916667; b: (2.5 + 4.5) / 2 = 3.5.
        // Two scored areas: one strength, one area to develop.
        var report = SchoolReportBuilder.Build(Small, Current, null, anonymityThreshold: 3);

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

        var report = SchoolReportBuilder.Build(instrument, round, null);

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
        var report = SchoolReportBuilder.Build(Small, Current, null, anonymityThreshold: 3);

        // a.t2 answers: 5, null, 2.
        var t2 = report.Distributions.Single(d => d.ItemId == "a.t2");
        Assert.Equal([0, 1, 0, 0, 1], t2.Counts);
        Assert.Equal(1, t2.DontKnow);
        Assert.Equal(("a", "teachers"), (t2.AreaId, t2.Group));
        Assert.Equal(6, report.Distributions.Count);
    }

    [Fact]
    public void Report_from_aggregates_loaded_as_totals_equals_the_report_from_accumulation()
    {
        // The endpoint will read stored totals; FromTotals must round-trip them.
        var copy = Current with
        {
            Areas = Current.Areas.Select(a => AreaAggregate.FromTotals(a.RoundId, a.Group, a.AreaId, a.Respondents, a.SumOfMeans, a.SumOfSquaredMeans, a.Answered, a.Agree)).ToList(),
        };

        var fromCopy = SchoolReportBuilder.Build(Small, copy, Previous, 3);
        var original = SchoolReportBuilder.Build(Small, Current, Previous, 3);

        Assert.Equal(original.Groups.SelectMany(g => g.Areas), fromCopy.Groups.SelectMany(g => g.Areas));
        Assert.Equal(original.Changes, fromCopy.Changes);
    }

    [Fact]
    public void Threshold_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SchoolReportBuilder.Build(Small, Current, null, 0));
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
        var report = SchoolReportBuilder.Build(Small, round, previous);

        var json = System.Text.Json.JsonSerializer.SerializeToNode(report, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;

        Assert.Equal("r2", (string?)json["roundId"]);
        Assert.Equal("s1", (string?)json["schoolId"]);
        Assert.Equal("r1", (string?)json["previousRoundId"]);
        var leaders = json["groups"]![0]!;
        Assert.Equal(["group", "respondents", "suppressed", "areas"], leaders.AsObject().Select(p => p.Key));
        Assert.Equal(["areaId", "mean", "agreeShare", "answered", "respondents", "standardDeviation"], leaders["areas"]![0]!.AsObject().Select(p => p.Key));
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
