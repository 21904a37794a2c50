using MentorHub.Web.Modules.Evaluation.Domain;
using MentorHub.Web.Modules.SelfAssessment.Api;

namespace MentorHub.Tests.Modules.Evaluation.Domain;

public sealed class OutcomeReportBuilderTests
{
    private static readonly AnonymityPolicy Policy = new(5);

    private static readonly string[] ItemIds = ["outcome.intention", "outcome.promotion"];

    private static readonly Dictionary<string, (string Hub, string? Cluster)> Where = new()
    {
        ["s1"] = ("hub-north", "c1"),
        ["s2"] = ("hub-north", "c1"),
        ["s3"] = ("hub-south", null),
    };

    // s1: 6 responses; intention 5 of 6 agree; promotion 3 of 5 (one "don't know").
    // s2: 4 responses; intention 3 of 4;       promotion 4 of 4.
    // s3: 4 responses; intention 4 of 4;       promotion 2 of 4.
    private static readonly OutcomeSchoolTally[] Schools =
    [
        new("s1", 6, [new("outcome.intention", 6, 5), new("outcome.promotion", 5, 3)]),
        new("s2", 4, [new("outcome.intention", 4, 3), new("outcome.promotion", 4, 4)]),
        new("s3", 4, [new("outcome.intention", 4, 4), new("outcome.promotion", 4, 2)]),
    ];

    [Fact]
    public void Programme_scope_pools_every_school()
    {
        var result = Assert.Single(OutcomeReportBuilder.Build(OutcomeScopes.Programme, ItemIds, Schools, _ => "prog-1", Policy));

        // intention: 12 of 14 agree; promotion: 9 of 13.
        Assert.Equal(("programme", "prog-1", false, (int?)14), (result.Scope, result.ScopeId, result.Suppressed, result.Respondents));
        var intention = result.Items[0];
        Assert.Equal("outcome.intention", intention.ItemId);
        Assert.Equal(14, intention.Respondents);
        Assert.Equal(12.0 / 14, intention.AgreeShare!.Value, 12);
        var (low, high) = WilsonInterval.Compute(12, 14)!.Value;
        Assert.Equal((low, high), (intention.CiLow!.Value, intention.CiHigh!.Value));
        Assert.Equal(13, result.Items[1].Respondents);
        Assert.Equal(9.0 / 13, result.Items[1].AgreeShare!.Value, 12);
    }

    [Fact]
    public void Hub_scope_suppresses_below_the_threshold()
    {
        // hub-north: 6 + 4 = 10 responses (shown); hub-south: 4 responses (suppressed at 5).
        var results = OutcomeReportBuilder.Build(OutcomeScopes.Hub, ItemIds, Schools, s => Where[s].Hub, Policy);

        Assert.Equal(["hub-north", "hub-south"], results.Select(r => r.ScopeId));
        Assert.False(results[0].Suppressed);
        Assert.Equal(10, results[0].Respondents);
        Assert.Equal(8.0 / 10, results[0].Items[0].AgreeShare!.Value, 12);

        // 8 of 10: the textbook Wilson example.
        Assert.Equal(0.490162, results[0].Items[0].CiLow!.Value, 6);
        Assert.Equal(0.943318, results[0].Items[0].CiHigh!.Value, 6);

        Assert.True(results[1].Suppressed);
        Assert.Null(results[1].Respondents);
        Assert.Empty(results[1].Items);
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void School_scope_threshold_edges(int responses, bool suppressed)
    {
        var tally = new OutcomeSchoolTally("s9", responses, [new("outcome.intention", responses, responses)]);

        var result = Assert.Single(OutcomeReportBuilder.Build(OutcomeScopes.School, ItemIds, [tally], s => s, Policy));

        Assert.Equal(suppressed, result.Suppressed);
    }

    [Fact]
    public void Schools_outside_any_cluster_are_left_out_of_cluster_scope()
    {
        var results = OutcomeReportBuilder.Build(OutcomeScopes.Cluster, ItemIds, Schools, s => Where[s].Cluster, Policy);

        Assert.Equal(["c1"], results.Select(r => r.ScopeId));
    }

    [Fact]
    public void Item_nobody_answered_has_no_share()
    {
        var tally = new OutcomeSchoolTally("s1", 5, [new("outcome.intention", 5, 4)]);

        var result = Assert.Single(OutcomeReportBuilder.Build(OutcomeScopes.School, ItemIds, [tally], s => s, Policy));

        var promotion = result.Items[1];
        Assert.Equal(0, promotion.Respondents);
        Assert.Null(promotion.AgreeShare);
        Assert.Null(promotion.CiLow);
        Assert.Null(promotion.CiHigh);
    }

    [Fact]
    public void Unknown_scope_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OutcomeReportBuilder.Build("country-ish", ItemIds, Schools, s => s, Policy));
    }
}
