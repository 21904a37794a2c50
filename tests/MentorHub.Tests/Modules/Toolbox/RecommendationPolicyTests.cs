using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Modules.Toolbox.Api;
using MentorHub.Web.Modules.Toolbox.Domain;

namespace MentorHub.Tests.Modules.Toolbox;

public sealed class RecommendationPolicyTests
{
    private static readonly Dictionary<string, OthersUse> NoUse = [];

    /// <summary>Pedagogy, learning and development are the weakest; vision and development split leaders and teachers.</summary>
    private static readonly NeedArea[] Needs =
    [
        new("pedagogy", 2.1, null),
        new("learning", 2.5, 0.2),
        new("development", 2.8, -0.9),
        new("infrastructure", 3.4, 0.4),
        new("vision", 3.6, 1.2),
        new("leadership", 3.9, -0.49),
    ];

    [Fact]
    public void Methods_serving_the_weakest_areas_and_the_largest_gaps_come_first_with_their_reasons()
    {
        Candidate[] methods =
        [
            new("a-ped", ["pedagogy"]),
            new("b-vis", ["vision"]),
            new("c-ped-dev", ["pedagogy", "development"]),
            new("d-infra", ["infrastructure"]),
            new("e-learn", ["learning"]),
            new("f-lead", ["leadership"]),
        ];

        var result = RecommendationPolicy.Recommend(Needs, methods, NoUse);

        Assert.Equal(["c-ped-dev", "b-vis", "a-ped", "e-learn"], result.Select(r => r.MethodId));
        var first = result[0];
        Assert.Equal(["pedagogy", "development"], first.AreaIds);
        Assert.Equal(
            [new Reason(ReasonKinds.WeakArea, "pedagogy", 2.1, null), new Reason(ReasonKinds.WeakArea, "development", 2.8, null), new Reason(ReasonKinds.Gap, "development", -0.9, null)],
            first.Reasons);
        Assert.Equal(6.9, first.Score, 6);
        Assert.Equal([new Reason(ReasonKinds.Gap, "vision", 1.2, null)], result[1].Reasons);
        Assert.Equal(3.2, result[1].Score, 6);
        Assert.Equal([new Reason(ReasonKinds.WeakArea, "pedagogy", 2.1, null)], result[2].Reasons);
        Assert.Equal([new Reason(ReasonKinds.WeakArea, "learning", 2.5, null)], result[3].Reasons);
    }

    [Fact]
    public void A_gap_below_half_a_point_and_an_area_outside_the_three_weakest_give_no_reason()
    {
        var result = RecommendationPolicy.Recommend(Needs, [new("infra", ["infrastructure"]), new("lead", ["leadership"])], NoUse);
        Assert.Empty(result);
    }

    [Fact]
    public void Equal_scores_come_in_the_order_of_their_ids()
    {
        var result = RecommendationPolicy.Recommend(Needs, [new("zeta", ["pedagogy"]), new("alpha", ["pedagogy"]), new("mid", ["pedagogy"])], NoUse);
        Assert.Equal(["alpha", "mid", "zeta"], result.Select(r => r.MethodId));
    }

    [Fact]
    public void Use_by_other_clusters_breaks_near_ties_and_names_an_outcome_only_from_enough_clusters()
    {
        var use = new Dictionary<string, OthersUse>
        {
            ["zeta"] = new(3, 1, 0.9),
            ["mid"] = new(2, 2, 0.8125),
        };
        var result = RecommendationPolicy.Recommend(Needs, [new("alpha", ["pedagogy"]), new("mid", ["pedagogy"]), new("zeta", ["pedagogy"]), new("weaker", ["pedagogy", "learning"])], use);

        Assert.Equal(["weaker", "zeta", "mid", "alpha"], result.Select(r => r.MethodId));
        Assert.Equal(new Reason(ReasonKinds.UsedByOthers, null, null, 3), result[1].Reasons[^1]);
        Assert.Equal(new Reason(ReasonKinds.UsedByOthers, null, 0.81, 2), result[2].Reasons[^1]);
        Assert.Single(result[3].Reasons);
        Assert.Equal(3.3, result[1].Score, 6);
    }

    [Fact]
    public void Use_by_others_alone_recommends_nothing()
    {
        var result = RecommendationPolicy.Recommend(Needs, [new("infra", ["infrastructure"])], new Dictionary<string, OthersUse> { ["infra"] = new(5, 5, 0.9) });
        Assert.Empty(result);
    }

    [Fact]
    public void With_fewer_than_three_areas_all_of_them_are_weak_and_a_school_without_areas_gets_nothing()
    {
        var few = RecommendationPolicy.Recommend([new("vision", 4.5, null)], [new("v", ["vision"])], NoUse);
        Assert.Equal([new Reason(ReasonKinds.WeakArea, "vision", 4.5, null)], Assert.Single(few).Reasons);
        Assert.Empty(RecommendationPolicy.Recommend([], [new("v", ["vision"])], NoUse));
    }

    [Fact]
    public void At_most_ten_methods_are_recommended()
    {
        var many = Enumerable.Range(0, 15).Select(i => new Candidate($"m{i:00}", ["pedagogy"])).ToList();
        var result = RecommendationPolicy.Recommend(Needs, many, NoUse);
        Assert.Equal(RecommendationPolicy.MaxRecommendations, result.Count);
        Assert.Equal("m00", result[0].MethodId);
    }

    [Fact]
    public void Reasons_read_as_sentences_naming_the_area_and_the_figure_in_english_and_portuguese()
    {
        Assert.Equal("Pedagogy is one of this school's weakest areas (mean 2.1 of 5).",
            ReasonTexts.Sentence(new Reason(ReasonKinds.WeakArea, "pedagogy", 2.1, null), "Pedagogy", "en"));
        Assert.Equal("Pedagogia é uma das áreas mais fracas desta escola (média 2,1 em 5).",
            ReasonTexts.Sentence(new Reason(ReasonKinds.WeakArea, "pedagogy", 2.1, null), "Pedagogia", "pt"));
        Assert.Equal("Teachers rate Development 0.9 points higher than leaders do.",
            ReasonTexts.Sentence(new Reason(ReasonKinds.Gap, "development", -0.9, null), "Development", "en"));
        Assert.Equal("Leaders rate Vision 1.2 points higher than teachers do.",
            ReasonTexts.Sentence(new Reason(ReasonKinds.Gap, "vision", 1.2, null), "Vision", "en"));
        Assert.Equal("Used by 3 other clusters in this programme.",
            ReasonTexts.Sentence(new Reason(ReasonKinds.UsedByOthers, null, null, 3), "", "en"));
        Assert.Equal("Used by 1 other cluster in this programme.",
            ReasonTexts.Sentence(new Reason(ReasonKinds.UsedByOthers, null, null, 1), "", "en"));
        Assert.Equal("Used by 2 other clusters in this programme; in their schools' outcome surveys 81% of answers agree.",
            ReasonTexts.Sentence(new Reason(ReasonKinds.UsedByOthers, null, 0.81, 2), "", "en"));
    }
}

public sealed class ShippedMethodsTests
{
    [Fact]
    public void The_toolbox_ships_future_school_digipeda_tisl_and_every_activity_format_in_both_languages()
    {
        var ids = ShippedMethods.All.Select(m => m.Id).ToList();
        Assert.Equal([ToolboxIds.FutureSchool, ToolboxIds.Digipeda, ToolboxIds.Tisl, .. ToolboxIds.Formats], ids);
        var areas = InstrumentCatalog.Find(InstrumentCatalog.DefaultSelfAssessmentId)!.Areas.Select(a => a.Id).ToHashSet();
        foreach (var m in ShippedMethods.All)
        {
            Assert.True(MethodLevels.IsKnown(m.Level), m.Id);
            Assert.InRange(m.DurationMinutes, 1, 24 * 60);
            Assert.NotEmpty(m.AreaIds);
            Assert.All(m.AreaIds, a => Assert.Contains(a, areas));
            Assert.Equal(ToolboxIds.IsFormat(m.Id), m.IsFormat);
            foreach (var lang in new[] { "en", "pt" })
            {
                var t = m.Texts[lang];
                Assert.False(string.IsNullOrWhiteSpace(t.Name), m.Id);
                Assert.False(string.IsNullOrWhiteSpace(t.Purpose), m.Id);
                Assert.NotEmpty(t.Steps);
                Assert.NotEmpty(t.Resources);
            }
            Assert.Equal(m.Texts["en"].Steps.Count, m.Texts["pt"].Steps.Count);
        }
        Assert.Equal(6, ShippedMethods.Find(ToolboxIds.Tisl)!.Texts["en"].Steps.Count);
    }
}
