using MentorHub.Web.Modules.Activities;
using MentorHub.Web.Modules.Activities.Diary;
using MentorHub.Web.Modules.Journey.Api;
using MentorHub.Web.Platform.Errors;

namespace MentorHub.Tests.Modules.Activities;

/// <summary>The small decisions outside the domain classes: periods of lists and diaries, the diary's formats and file name, the journey phase of a format.</summary>
public sealed class ActivityPeriodsTests
{
    private static DateTime Utc(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_period_includes_both_days_given()
    {
        Assert.Equal(((DateTime?)Utc(2026, 9, 1), (DateTime?)Utc(2027, 1, 1)), ActivityClusters.Period("2026-09-01", "2026-12-31"));
        Assert.Equal(((DateTime?)Utc(2026, 9, 1), (DateTime?)Utc(2026, 9, 2)), ActivityClusters.Period(" 2026-09-01 ", "2026-09-01"));
        Assert.Equal(((DateTime?)null, (DateTime?)null), ActivityClusters.Period(null, " "));
        Assert.Equal(((DateTime?)Utc(2000, 1, 1), (DateTime?)null), ActivityClusters.Period("2000-01-01", null));
        Assert.Equal(((DateTime?)null, (DateTime?)Utc(2100, 1, 1)), ActivityClusters.Period(null, "2099-12-31"));
        Assert.Equal(DateTimeKind.Utc, ActivityClusters.Period("2026-09-01", null).From!.Value.Kind);
    }

    [Theory]
    [InlineData("2026-13-01", null, "from")]
    [InlineData("yesterday", null, "from")]
    [InlineData("01/09/2026", null, "from")]
    [InlineData("1999-12-31", null, "from")]
    [InlineData(null, "2100-01-01", "to")]
    [InlineData(null, "2026-02-30", "to")]
    [InlineData("2026-10-01", "2026-09-30", "to")]
    public void A_bad_day_or_an_end_before_the_start_names_its_field(string? from, string? to, string field)
    {
        var error = Assert.Throws<InputException>(() => ActivityClusters.Period(from, to));
        Assert.Equal([field], error.FieldTexts!.Keys);
    }

    [Fact]
    public void Both_bad_days_are_named_at_once()
    {
        var error = Assert.Throws<InputException>(() => ActivityClusters.Period("x", "y"));
        Assert.Equal(["from", "to"], error.FieldTexts!.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(null, "docx")]
    [InlineData("", "docx")]
    [InlineData("docx", "docx")]
    [InlineData(" DOCX ", "docx")]
    [InlineData("html", "html")]
    [InlineData("Html", "html")]
    public void A_diary_is_a_word_document_unless_html_is_asked_for(string? format, string kind) =>
        Assert.Equal(kind, DiaryHandler.CheckFormat(format));

    [Theory]
    [InlineData("pdf")]
    [InlineData("doc")]
    [InlineData("htm")]
    public void Other_formats_are_refused(string format) =>
        Assert.Equal(["format"], Assert.Throws<InputException>(() => DiaryHandler.CheckFormat(format)).FieldTexts!.Keys);

    [Fact]
    public void The_diary_file_is_named_by_its_period()
    {
        var diary = new ClusterDiary(Guid.NewGuid(), "Cluster <b>", new DateOnly(2026, 9, 1), new DateOnly(2026, 12, 31), [], [], new Dictionary<string, string>());
        Assert.Equal("cluster-diary-2026-09-01-2026-12-31.docx", DiaryHandler.FileName(diary, "docx"));
    }

    [Theory]
    [InlineData("planning-meeting", JourneyPhase.JointPlanning)]
    [InlineData("reflection-meeting", JourneyPhase.Reflection)]
    [InlineData("workshop", JourneyPhase.AcquiringNewPerspectives)]
    [InlineData("online-workshop", JourneyPhase.AcquiringNewPerspectives)]
    [InlineData("school-visit", JourneyPhase.AcquiringNewPerspectives)]
    [InlineData("lesson-observation", JourneyPhase.AcquiringNewPerspectives)]
    [InlineData("webinar", JourneyPhase.AcquiringNewPerspectives)]
    [InlineData("job-shadowing", JourneyPhase.AcquiringNewPerspectives)]
    [InlineData("teachmeet", JourneyPhase.AcquiringNewPerspectives)]
    [InlineData("expert-talk", JourneyPhase.AcquiringNewPerspectives)]
    [InlineData("peer-exchange", JourneyPhase.DevelopmentAction)]
    [InlineData("industry-meeting", JourneyPhase.DevelopmentAction)]
    [InlineData("course", JourneyPhase.DevelopmentAction)]
    public void Each_format_is_evidence_of_one_journey_phase(string format, JourneyPhase phase) =>
        Assert.Equal(phase, ActivityEvidence.PhaseOf(format));

    [Fact]
    public void Every_format_of_the_toolbox_has_its_phase_decided()
    {
        var decided = new[] { "planning-meeting", "reflection-meeting", "workshop", "online-workshop", "school-visit", "lesson-observation", "webinar",
            "job-shadowing", "teachmeet", "expert-talk", "peer-exchange", "industry-meeting", "course" };
        Assert.Equal(decided.Order(StringComparer.Ordinal), Web.Modules.Toolbox.Api.ToolboxIds.Formats.Order(StringComparer.Ordinal));
    }
}
