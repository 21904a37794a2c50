using MentorHub.Web.Platform.Web;
using Microsoft.AspNetCore.Http;

namespace MentorHub.Tests.Platform;

/// <summary>ETags and If-Match as RFC 9110 defines them, the one way plans, agreements and inquiries read them (ADR 0017).</summary>
public sealed class PreconditionsTests
{
    [Theory]
    [InlineData(0, "\"0\"")]
    [InlineData(3, "\"3\"")]
    [InlineData(1234567, "\"1234567\"")]
    public void A_version_is_a_strong_etag_of_its_number_in_double_quotes(int version, string etag)
    {
        Assert.Equal(etag, EntityTag.Of(version).ToString());
        Assert.False(EntityTag.Of(version).IsWeak);
    }

    [Fact]
    public void A_version_has_the_same_etag_in_every_culture()
    {
        var before = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("pt-PT");
            Assert.Equal("\"1000\"", EntityTag.Of(1000).ToString());
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = before;
        }
    }

    [Fact]
    public void A_weak_tag_is_written_with_its_prefix() =>
        Assert.Equal("W/\"3\"", new EntityTag("3", IsWeak: true).ToString());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t")]
    [InlineData(",")]
    [InlineData(" , ,\t, ")]
    public void No_value_blanks_or_only_empty_list_elements_are_no_if_match(string? value)
    {
        var ifMatch = IfMatch.Parse(value);
        Assert.True(ifMatch.IsAbsent);
        Assert.True(ifMatch.IsUnconditional);
        Assert.Empty(ifMatch.Tags);
        Assert.Equal(PreconditionOutcome.Missing, ifMatch.Check(3));
        Assert.False(ifMatch.Matches(3));
    }

    [Theory]
    [InlineData("*")]
    [InlineData(" * ")]
    [InlineData("\t*")]
    public void A_star_names_no_version_and_is_refused_like_a_missing_header(string value)
    {
        var ifMatch = IfMatch.Parse(value);
        Assert.True(ifMatch.IsAny);
        Assert.True(ifMatch.IsUnconditional);
        Assert.Equal(PreconditionOutcome.Wildcard, ifMatch.Check(0));
        Assert.Equal(PreconditionOutcome.Wildcard, ifMatch.Check(3));
        Assert.False(ifMatch.Matches(3));
    }

    [Theory]
    [InlineData("\"3\"", new[] { "\"3\"" })]
    [InlineData("  \"3\"\t", new[] { "\"3\"" })]
    [InlineData("\"2\", \"3\"", new[] { "\"2\"", "\"3\"" })]
    [InlineData("\"2\",\"3\"", new[] { "\"2\"", "\"3\"" })]
    [InlineData("\"2\" ,\t\"3\"", new[] { "\"2\"", "\"3\"" })]
    [InlineData(",\"2\",, ,\"3\",", new[] { "\"2\"", "\"3\"" })]
    [InlineData("W/\"2\", \"3\"", new[] { "W/\"2\"", "\"3\"" })]
    [InlineData("W/\"3\"", new[] { "W/\"3\"" })]
    [InlineData("\"a,b\"", new[] { "\"a,b\"" })]
    [InlineData("\"W/3\"", new[] { "\"W/3\"" })]
    [InlineData("\"\"", new[] { "\"\"" })]
    [InlineData("\"!#~\"", new[] { "\"!#~\"" })]
    [InlineData("\"caf\u00e9\"", new[] { "\"caf\u00e9\"" })]
    public void A_list_of_entity_tags_is_read_in_order_with_spaces_tabs_and_empty_elements_ignored(string value, string[] tags)
    {
        var ifMatch = IfMatch.Parse(value);
        Assert.True(ifMatch.IsReadable);
        Assert.False(ifMatch.IsUnconditional);
        Assert.Equal(tags, ifMatch.Tags.Select(t => t.ToString()));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("'3'")]
    [InlineData("\"3")]
    [InlineData("3\"")]
    [InlineData("\"3\"\"")]
    [InlineData("\"3\" \"4\"")]
    [InlineData("\"3\"x")]
    [InlineData("\"3\", 4")]
    [InlineData("w/\"3\"")]
    [InlineData("W/ \"3\"")]
    [InlineData("W/3")]
    [InlineData("W/")]
    [InlineData("*, \"3\"")]
    [InlineData("\"3\", *")]
    [InlineData("**")]
    [InlineData("\"3 \"")]
    [InlineData("\"a b\"")]
    [InlineData("\"\u00013\"")]
    [InlineData("\"3\u007f\"")]
    [InlineData("\"\u20ac\"")]
    public void A_value_that_is_not_star_or_a_list_of_entity_tags_is_unreadable_and_matches_nothing(string value)
    {
        var ifMatch = IfMatch.Parse(value);
        Assert.False(ifMatch.IsReadable);
        Assert.False(ifMatch.IsUnconditional);
        Assert.Empty(ifMatch.Tags);
        Assert.Equal(PreconditionOutcome.Unreadable, ifMatch.Check(3));
    }

    [Theory]
    [InlineData("\"3\"", 3, nameof(PreconditionOutcome.Met))]
    [InlineData("\"2\", \"3\"", 3, nameof(PreconditionOutcome.Met))]
    [InlineData("\"3\", \"2\"", 3, nameof(PreconditionOutcome.Met))]
    [InlineData("W/\"3\", \"3\"", 3, nameof(PreconditionOutcome.Met))]
    [InlineData("\"0\"", 0, nameof(PreconditionOutcome.Met))]
    [InlineData("\"2\"", 3, nameof(PreconditionOutcome.Stale))]
    [InlineData("\"2\", \"4\"", 3, nameof(PreconditionOutcome.Stale))]
    [InlineData("\"03\"", 3, nameof(PreconditionOutcome.Stale))]
    [InlineData("\" 3\"", 3, nameof(PreconditionOutcome.Unreadable))]
    [InlineData("\"\"", 3, nameof(PreconditionOutcome.Stale))]
    [InlineData("\"three\"", 3, nameof(PreconditionOutcome.Stale))]
    [InlineData("W/\"2\"", 3, nameof(PreconditionOutcome.Stale))]
    [InlineData("W/\"3\"", 3, nameof(PreconditionOutcome.Weak))]
    [InlineData("W/\"3\", \"2\"", 3, nameof(PreconditionOutcome.Weak))]
    public void Only_a_strong_tag_that_is_exactly_the_stored_version_matches(string value, int current, string expected)
    {
        var outcome = Enum.Parse<PreconditionOutcome>(expected);
        var ifMatch = IfMatch.Parse(value);
        Assert.Equal(outcome, ifMatch.Check(current));
        Assert.Equal(outcome == PreconditionOutcome.Met, ifMatch.Matches(current));
    }

    [Fact]
    public void Several_header_lines_joined_by_commas_are_one_list() =>
        Assert.True(IfMatch.Parse(string.Join(",", new[] { "\"1\"", "W/\"2\", \"3\"" })).Matches(3));

    [Fact]
    public void A_form_that_posts_the_version_it_showed_matches_that_version_only()
    {
        var shown = IfMatch.Of(4);
        Assert.Equal(["\"4\""], shown.Tags.Select(t => t.ToString()));
        Assert.True(shown.Matches(4));
        Assert.Equal(PreconditionOutcome.Stale, shown.Check(5));
        Assert.False(shown.IsUnconditional);
    }

    [Fact]
    public void Without_if_match_the_answer_is_428_naming_the_header_the_document_and_where_its_etag_comes_from()
    {
        var problem = Preconditions.Required(IfMatch.Absent, "plan", "GET /api/v1/plans/42");
        Assert.Equal(StatusCodes.Status428PreconditionRequired, problem.StatusCode);
        Assert.Equal(StatusCodes.Status428PreconditionRequired, problem.ProblemDetails.Status);
        Assert.Equal("This change needs the If-Match header with the plan's ETag (from GET /api/v1/plans/42), so it cannot overwrite someone else's newer version.", problem.ProblemDetails.Title);
    }

    [Fact]
    public void With_if_match_star_the_answer_is_428_saying_why_star_is_not_enough()
    {
        var problem = Preconditions.Required(IfMatch.Parse("*"), "inquiry", "GET /api/v1/inquiries/7");
        Assert.Equal(StatusCodes.Status428PreconditionRequired, problem.StatusCode);
        Assert.StartsWith("If-Match: * is not accepted here", problem.ProblemDetails.Title, StringComparison.Ordinal);
        Assert.Contains("the inquiry's ETag (from GET /api/v1/inquiries/7)", problem.ProblemDetails.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stale_version_answers_412_in_the_documents_words_with_the_stored_version_and_its_etag()
    {
        var current = new object();
        var problem = Preconditions.Failed(IfMatch.Parse("\"1\""), 2, "Someone saved in between.", new Dictionary<string, object?> { ["current"] = current });
        Assert.Equal(StatusCodes.Status412PreconditionFailed, problem.StatusCode);
        Assert.Equal("Someone saved in between.", problem.ProblemDetails.Title);
        Assert.Equal(2, problem.ProblemDetails.Extensions["currentVersion"]);
        Assert.Equal("\"2\"", problem.ProblemDetails.Extensions["currentETag"]);
        Assert.Same(current, problem.ProblemDetails.Extensions["current"]);
    }

    [Fact]
    public void A_weak_tag_of_the_stored_version_answers_412_asking_for_the_strong_one()
    {
        var problem = Preconditions.Failed(IfMatch.Parse("W/\"2\""), 2, "Someone saved in between.");
        Assert.Equal(StatusCodes.Status412PreconditionFailed, problem.StatusCode);
        Assert.Contains("weak tag W/\"2\"", problem.ProblemDetails.Title, StringComparison.Ordinal);
        Assert.Contains("If-Match: \"2\"", problem.ProblemDetails.Title, StringComparison.Ordinal);
        Assert.Equal("\"2\"", problem.ProblemDetails.Extensions["currentETag"]);
    }

    [Fact]
    public void A_weak_tag_of_an_older_version_is_stale_news_first()
    {
        var problem = Preconditions.Failed(IfMatch.Parse("W/\"1\""), 2, "Someone saved in between.");
        Assert.Equal("Someone saved in between.", problem.ProblemDetails.Title);
    }

    [Fact]
    public void An_unreadable_if_match_answers_412_saying_what_the_header_must_hold()
    {
        var problem = Preconditions.Failed(IfMatch.Parse("2"), 2, "Someone saved in between.");
        Assert.Equal(StatusCodes.Status412PreconditionFailed, problem.StatusCode);
        Assert.Equal("The If-Match header is not a list of entity tags; nothing was saved. Send the ETag exactly as GET gave it, with its double quotes.", problem.ProblemDetails.Title);
        Assert.Equal(2, problem.ProblemDetails.Extensions["currentVersion"]);
    }
}
