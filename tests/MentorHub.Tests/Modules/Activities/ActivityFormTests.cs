using MentorHub.Web.Modules.Activities.Domain;
using MentorHub.Web.Modules.Activities.LogActivity;

namespace MentorHub.Tests.Modules.Activities;

/// <summary>The log and edit forms as typed text, turned into the API's request: what the form decides before the rules judge it.</summary>
public sealed class ActivityFormTests
{
    private static ActivityForm Typed() => new()
    {
        Title = "Robotics workshop",
        Format = "workshop",
        Mode = "hybrid",
        Date = "2026-10-05",
        Time = "14:30",
        DurationMinutes = " 90 ",
        HostSchoolId = "PT-100",
        Topic = "Sensors",
        MethodId = "lesson-study",
        RecordingUrl = "https://example.org/rec",
        Links = "https://example.org/a\r\n\r\n  https://example.org/b  \n",
        CostAmount = "12,50",
        CostCurrency = " eur ",
        PriorityIds = ["digital"],
        GoalIds = ["0b6a1c52-8d7e-4f0e-9a55-3f1d2c4b5a01", "not-a-goal"],
        Participants =
        [
            new() { SchoolId = "PT-100", Leaders = "1", Teachers = " 6 ", Students = "" },
            new() { SchoolId = "PT-200" },
            new() { SchoolId = "PT-300", Leaders = " ", Teachers = "two", Students = "" },
        ],
    };

    [Fact]
    public void The_typed_form_becomes_the_request()
    {
        var request = Typed().ToRequest();
        Assert.Equal(("Robotics workshop", "workshop", "hybrid", "PT-100"), (request.Title, request.Format, request.Mode, request.HostSchoolId));
        Assert.Equal(new DateTime(2026, 10, 5, 14, 30, 0, DateTimeKind.Utc), request.StartsAt);
        Assert.Equal(DateTimeKind.Utc, request.StartsAt!.Value.Kind);
        Assert.Equal(90, request.DurationMinutes);
        Assert.Equal(new CostRequest(12.5m, "EUR"), request.Cost);
        Assert.Equal(["https://example.org/a", "https://example.org/b"], request.Links);
        Assert.Equal([Guid.Parse("0b6a1c52-8d7e-4f0e-9a55-3f1d2c4b5a01"), Guid.Empty], request.GoalIds);
        // A school with no count typed did not take part; a count that is not a whole number is -1, which the rules refuse.
        Assert.Equal([new ParticipantRequest("PT-100", 1, 6, 0), new ParticipantRequest("PT-300", 0, -1, 0)], request.Participants);
        Assert.Equal(("Sensors", "lesson-study", "https://example.org/rec"), (request.Topic, request.MethodId, request.RecordingUrl));
        Assert.Equal(["digital"], request.PriorityIds);
    }

    [Theory]
    [InlineData("2026-10-05", "", "2026-10-05T00:00:00")]
    [InlineData("2026-10-05", "  ", "2026-10-05T00:00:00")]
    [InlineData(" 2026-10-05 ", "9:05", "2026-10-05T09:05:00")]
    [InlineData("2026-10-05", "23:59", "2026-10-05T23:59:00")]
    [InlineData("2026-13-05", "10:00", null)]
    [InlineData("05/10/2026", "10:00", null)]
    [InlineData("", "10:00", null)]
    [InlineData("2026-10-05", "25:00", null)]
    [InlineData("2026-10-05", "noon", null)]
    public void A_date_and_an_optional_time_make_the_start(string date, string time, string? startsAt)
    {
        var form = Typed();
        (form.Date, form.Time) = (date, time);
        var request = form.ToRequest();
        Assert.Equal(startsAt is null ? null : DateTime.SpecifyKind(DateTime.Parse(startsAt, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc), request.StartsAt);
    }

    [Theory]
    [InlineData("12.50", "12.50")]
    [InlineData("12,5", "12.5")]
    [InlineData(" 0 ", "0")]
    [InlineData("abc", "-1")]
    [InlineData("-3", "-3")]
    public void A_cost_is_read_with_a_point_or_a_comma(string typed, string amount)
    {
        var form = Typed();
        form.CostAmount = typed;
        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), form.ToRequest().Cost!.Amount);
    }

    [Fact]
    public void Without_an_amount_there_is_no_cost_whatever_the_currency()
    {
        var form = Typed();
        form.CostAmount = " ";
        Assert.Null(form.ToRequest().Cost);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("90.5", null)]
    [InlineData("ninety", null)]
    [InlineData("-5", -5)]
    public void A_duration_that_is_not_a_whole_number_is_missing(string typed, int? minutes)
    {
        var form = Typed();
        form.DurationMinutes = typed;
        Assert.Equal(minutes, form.ToRequest().DurationMinutes);
    }

    [Theory]
    [InlineData("2026-10-05T09:20:00", "2026-10-05", "10:00")]
    [InlineData("2026-10-05T09:00:00", "2026-10-05", "10:00")]
    [InlineData("2026-10-05T22:59:59", "2026-10-05", "23:00")]
    [InlineData("2026-10-05T23:30:00", "2026-10-06", "00:00")]
    [InlineData("2026-12-31T23:01:00", "2027-01-01", "00:00")]
    public void A_new_activity_starts_at_the_next_full_hour(string now, string date, string time)
    {
        var at = DateTime.SpecifyKind(DateTime.Parse(now, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
        var form = ActivityForm.Defaults(at, "face-to-face", "PT-200", ["PT-100", "PT-200"]);
        Assert.Equal((date, time), (form.Date, form.Time));
        Assert.Equal(("60", "face-to-face", "workshop", "PT-200", "EUR"), (form.DurationMinutes, form.Mode, form.Format, form.HostSchoolId, form.CostCurrency));
        Assert.Equal(["PT-100", "PT-200"], form.Participants.Select(p => p.SchoolId));
        Assert.True(form.ToRequest().StartsAt > at);
    }

    [Fact]
    public void An_activity_comes_back_into_the_form_as_it_was_saved()
    {
        var dto = new ActivityDto(Guid.NewGuid(), "Visit", "school-visit", "face-to-face", new DateTime(2026, 10, 5, 9, 5, 0, DateTimeKind.Utc), 120, "PT-200",
            [new ParticipantDto("PT-200", 0, 4, 30)], new CostDto(12.5m, "USD"), [Guid.Parse("0b6a1c52-8d7e-4f0e-9a55-3f1d2c4b5a01")], "lesson-study",
            ["https://example.org/a", "https://example.org/b"], "Maker space", ["digital"], null, DateTime.UtcNow);
        var form = ActivityForm.Of(dto, ["PT-100", "PT-200"]);
        Assert.Equal(("Visit", "school-visit", "face-to-face", "2026-10-05", "09:05", "120", "PT-200"),
            (form.Title, form.Format, form.Mode, form.Date, form.Time, form.DurationMinutes, form.HostSchoolId));
        Assert.Equal(("12.5", "USD", "https://example.org/a\nhttps://example.org/b"), (form.CostAmount, form.CostCurrency, form.Links));
        Assert.Equal(((string?)null, (string?)null, (string?)null), (form.Participants[0].Leaders, form.Participants[0].Teachers, form.Participants[0].Students));
        Assert.Equal(((string?)null, "4", "30"), (form.Participants[1].Leaders, form.Participants[1].Teachers, form.Participants[1].Students));
        var again = form.ToRequest();
        Assert.Equal(dto.StartsAt, again.StartsAt);
        Assert.Equal([new ParticipantRequest("PT-200", 0, 4, 30)], again.Participants);
        Assert.Equal(dto.GoalIds, again.GoalIds);
        Assert.Equal(dto.Links, again.Links);
        Assert.Equal(new CostRequest(12.5m, "USD"), again.Cost);
    }

    [Theory]
    [InlineData("title", "act-title")]
    [InlineData("startsAt", "act-date")]
    [InlineData("cost.amount", "act-cost")]
    [InlineData("cost.currency", "act-currency")]
    [InlineData("participants", "participants")]
    [InlineData("participants[2].teachers", "participants")]
    [InlineData("goalIds", "act-goalIds")]
    [InlineData("recordingUrl", "act-recordingUrl")]
    public void Each_rule_s_field_name_points_at_its_field_on_the_form(string field, string id) => Assert.Equal(id, ActivityForm.FieldId(field));

    [Fact]
    public void A_participant_error_names_the_form_s_row_not_the_request_s()
    {
        // Typed(): rows PT-100 (counts), PT-200 (blank), PT-300 (counts): the request's participants[1] is the form's row 2.
        var errors = new Dictionary<string, string[]>
        {
            ["participants[1].teachers"] = ["bad count"],
            ["participants[0].schoolId"] = ["unknown"],
            ["participants"] = ["too many"],
            ["participants[7].leaders"] = ["beyond the rows"],
            ["title"] = ["missing"],
        };
        var onForm = Typed().ErrorsOnForm(errors);
        Assert.Equal(["participants", "participants[0].schoolId", "participants[2].teachers", "participants[7].leaders", "title"], onForm.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["bad count"], onForm["participants[2].teachers"]);
    }
}
