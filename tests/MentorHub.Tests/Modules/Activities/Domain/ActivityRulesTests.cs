using MentorHub.Web.Modules.Activities.Domain;
using MentorHub.Web.Modules.Planning.Api;
using MentorHub.Web.Modules.Toolbox.Api;
using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Tests.Modules.Activities.Domain;

/// <summary>Every rule an activity obeys, field by field, with its edges; the API and the log form both ask <see cref="ActivityRules"/>.</summary>
public sealed class ActivityRulesTests
{
    private const string Mentor = "PT-100";
    private const string Mentee = "PT-200";
    private const string Other = "PT-300";
    private static readonly Guid MenteeGoal = Guid.Parse("0b6a1c52-8d7e-4f0e-9a55-3f1d2c4b5a01");
    private static readonly Guid OtherGoal = Guid.Parse("0b6a1c52-8d7e-4f0e-9a55-3f1d2c4b5a02");
    private static readonly DateTime Monday = new(2026, 10, 5, 14, 0, 0, DateTimeKind.Utc);

    private static readonly ActivityContext Context = new(
        [Mentor, Mentee, Other],
        new HashSet<string>(StringComparer.Ordinal) { "lesson-study", "learning-walk" },
        [new PlanGoal(MenteeGoal, Guid.NewGuid(), Mentee, "Feedback in class", []), new PlanGoal(OtherGoal, Guid.NewGuid(), Other, "Coding", [])],
        new HashSet<string>(StringComparer.Ordinal) { "digital", "inclusion" });

    private static ActivityRequest Valid() => new("Robotics workshop", "workshop", "face-to-face", Monday, 90, Mentor);

    private static ActivityDetails Accepted(ActivityRequest request)
    {
        var (details, errors) = ActivityRules.Check(request, Context);
        Assert.True(errors.Count == 0, "Refused: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value.Select(t => t.Key))}")));
        return details!;
    }

    /// <summary>Asserts the request is refused and that exactly <paramref name="fields"/> are named; returns the texts of the first.</summary>
    private static CatalogText[] Refused(ActivityRequest request, params string[] fields)
    {
        var (details, errors) = ActivityRules.Check(request, Context);
        Assert.Null(details);
        Assert.Equal(fields.Order(StringComparer.Ordinal), errors.Keys.Order(StringComparer.Ordinal));
        return errors[fields[0]];
    }

    [Fact]
    public void A_complete_activity_is_accepted_trimmed_and_in_utc()
    {
        var details = Accepted(new ActivityRequest(
            "  Robotics workshop  ", " workshop ", " hybrid ", new DateTime(2026, 10, 5, 14, 0, 0, DateTimeKind.Unspecified), 90, $" {Mentor} ",
            [new(Mentor, 1, 6, 0), new($" {Mentee} ", null, 3, 25)],
            new CostRequest(120.5m, "EUR"),
            [MenteeGoal, MenteeGoal],
            " lesson-study ",
            [" https://example.org/slides ", "http://example.org/photos"],
            "  Sensors and motors  ",
            [" digital ", "digital", "inclusion"],
            "https://example.org/recording"));

        Assert.Equal("Robotics workshop", details.Title);
        Assert.Equal("workshop", details.Format);
        Assert.Equal(ActivityMode.Hybrid, details.Mode);
        Assert.Equal(Monday, details.StartsAt);
        Assert.Equal(DateTimeKind.Utc, details.StartsAt.Kind);
        Assert.Equal(90, details.DurationMinutes);
        Assert.Equal(Mentor, details.HostSchoolId);
        Assert.Equal([new ParticipantCount(Mentor, 1, 6, 0), new ParticipantCount(Mentee, 0, 3, 25)], details.Participants);
        Assert.Equal(new Money(120.5m, "EUR"), details.Cost);
        Assert.Equal([MenteeGoal], details.GoalIds);
        Assert.Equal("lesson-study", details.MethodId);
        Assert.Equal(["https://example.org/slides", "http://example.org/photos"], details.Links);
        Assert.Equal("Sensors and motors", details.Topic);
        Assert.Equal(["digital", "inclusion"], details.PriorityIds);
        Assert.Equal("https://example.org/recording", details.RecordingUrl);
    }

    [Fact]
    public void The_optional_parts_may_all_be_left_out()
    {
        var details = Accepted(Valid() with { Topic = "   ", MethodId = " ", RecordingUrl = "  " });
        Assert.Empty(details.Participants);
        Assert.Null(details.Cost);
        Assert.Empty(details.GoalIds);
        Assert.Null(details.MethodId);
        Assert.Empty(details.Links);
        Assert.Null(details.Topic);
        Assert.Empty(details.PriorityIds);
        Assert.Null(details.RecordingUrl);
    }

    [Fact]
    public void Every_error_is_reported_at_once_under_its_field()
    {
        var request = new ActivityRequest("", "picnic", "in-person", null, 0, "",
            [new("PT-999", -1, 0, 0)], new CostRequest(-1, "eur"), [Guid.NewGuid()], "nope", ["ftp://example.org"], new string('t', 501), ["nope"], "not a link");
        Refused(request, "title", "format", "mode", "startsAt", "durationMinutes", "hostSchoolId", "participants[0].schoolId", "participants[0].leaders",
            "cost.amount", "cost.currency", "goalIds", "methodId", "links", "topic", "priorityIds", "recordingUrl");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_title_is_required(string? title) =>
        Assert.Equal("Activities.Error.TitleRequired", Assert.Single(Refused(Valid() with { Title = title }, "title")).Key);

    [Fact]
    public void A_title_has_at_most_200_characters_not_counting_the_spaces_around_it()
    {
        Assert.Equal(200, Accepted(Valid() with { Title = "  " + new string('x', 200) + "\n" }).Title.Length);
        var text = Assert.Single(Refused(Valid() with { Title = new string('x', 201) }, "title"));
        Assert.Equal(("Activities.Error.TitleTooLong", 200), (text.Key, text.Args[0]));
    }

    public static TheoryData<string> Formats => [.. ToolboxIds.Formats];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_format_of_the_toolbox_is_accepted(string format) =>
        Assert.Equal(format, Accepted(Valid() with { Format = format }).Format);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Workshop")]
    [InlineData("picnic")]
    [InlineData("lesson-study")]
    public void Any_other_format_is_refused_naming_the_formats(string? format)
    {
        var text = Assert.Single(Refused(Valid() with { Format = format }, "format"));
        Assert.Equal("Activities.Error.UnknownFormat", text.Key);
        Assert.Equal(string.Join(", ", ToolboxIds.Formats), text.Args[0]);
    }

    [Theory]
    [InlineData("online", nameof(ActivityMode.Online))]
    [InlineData("face-to-face", nameof(ActivityMode.FaceToFace))]
    [InlineData("hybrid", nameof(ActivityMode.Hybrid))]
    [InlineData(" online ", nameof(ActivityMode.Online))]
    public void The_modes_of_the_contract_are_accepted(string mode, string expected) =>
        Assert.Equal(Enum.Parse<ActivityMode>(expected), Accepted(Valid() with { Mode = mode }).Mode);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Online")]
    [InlineData("FaceToFace")]
    [InlineData("in-person")]
    [InlineData("1")]
    public void Any_other_mode_is_refused(string? mode) =>
        Assert.Equal("Activities.Error.UnknownMode", Assert.Single(Refused(Valid() with { Mode = mode }, "mode")).Key);

    [Fact]
    public void Mode_names_and_values_go_both_ways()
    {
        Assert.Equal(["online", "face-to-face", "hybrid"], ActivityModes.All.Select(m => m.Name()));
        foreach (var mode in ActivityModes.All)
        {
            Assert.True(ActivityModes.TryParse(mode.Name(), out var parsed));
            Assert.Equal(mode, parsed);
        }
        Assert.False(ActivityModes.TryParse(null, out _));
    }

    [Fact]
    public void A_start_is_required()
    {
        Assert.Equal("Activities.Error.StartsAtRequired", Assert.Single(Refused(Valid() with { StartsAt = null }, "startsAt")).Key);
    }

    [Theory]
    [InlineData("2000-01-01T00:00:00.0000000Z", true)]
    [InlineData("1999-12-31T23:59:59.9999999Z", false)]
    [InlineData("2099-12-31T23:59:59.9999999Z", true)]
    [InlineData("2100-01-01T00:00:00.0000000Z", false)]
    [InlineData("0001-01-01T00:00:00.0000000Z", false)]
    public void A_start_lies_in_the_years_2000_to_2099(string at, bool accepted)
    {
        var startsAt = DateTime.Parse(at, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
        if (accepted)
        {
            Assert.Equal(startsAt, Accepted(Valid() with { StartsAt = startsAt }).StartsAt);
        }
        else
        {
            Assert.Equal("Activities.Error.StartsAtRange", Assert.Single(Refused(Valid() with { StartsAt = startsAt }, "startsAt")).Key);
        }
    }

    [Fact]
    public void A_start_without_a_zone_is_utc_and_one_with_a_zone_is_converted()
    {
        var unspecified = new DateTime(2026, 10, 5, 14, 0, 0, DateTimeKind.Unspecified);
        Assert.Equal(Monday, ActivityRules.Utc(unspecified));
        Assert.Equal(DateTimeKind.Utc, ActivityRules.Utc(unspecified).Kind);
        Assert.Equal(Monday, ActivityRules.Utc(Monday));
        var local = Monday.ToLocalTime();
        Assert.Equal(Monday, ActivityRules.Utc(local));
        Assert.Equal(DateTimeKind.Utc, Accepted(Valid() with { StartsAt = local }).StartsAt.Kind);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(60, true)]
    [InlineData(7 * 24 * 60, true)]
    [InlineData(7 * 24 * 60 + 1, false)]
    [InlineData(0, false)]
    [InlineData(-30, false)]
    [InlineData(null, false)]
    public void A_duration_is_a_minute_to_a_week(int? minutes, bool accepted)
    {
        if (accepted)
        {
            Assert.Equal(minutes, Accepted(Valid() with { DurationMinutes = minutes }).DurationMinutes);
            return;
        }
        var text = Assert.Single(Refused(Valid() with { DurationMinutes = minutes }, "durationMinutes"));
        Assert.Equal(("Activities.Error.DurationRange", 1, 10080), (text.Key, text.Args[0], text.Args[1]));
    }

    [Fact]
    public void The_host_is_a_member_of_the_cluster()
    {
        Assert.Equal(Mentee, Accepted(Valid() with { HostSchoolId = Mentee }).HostSchoolId);
        Assert.Equal("Activities.Error.HostRequired", Assert.Single(Refused(Valid() with { HostSchoolId = null }, "hostSchoolId")).Key);
        Assert.Equal("Activities.Error.HostRequired", Assert.Single(Refused(Valid() with { HostSchoolId = "  " }, "hostSchoolId")).Key);
        var text = Assert.Single(Refused(Valid() with { HostSchoolId = "PT-999" }, "hostSchoolId"));
        Assert.Equal(("Activities.Error.NotInCluster", "PT-999"), (text.Key, text.Args[0]));
        // School ids are compared exactly.
        Refused(Valid() with { HostSchoolId = "pt-100" }, "hostSchoolId");
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(10_000, true)]
    [InlineData(10_001, false)]
    [InlineData(-1, false)]
    [InlineData(int.MinValue, false)]
    [InlineData(int.MaxValue, false)]
    public void Each_count_by_role_is_0_to_10000(int count, bool accepted)
    {
        string[] roles = ["leaders", "teachers", "students"];
        for (var role = 0; role < roles.Length; role++)
        {
            var row = new ParticipantRequest(Mentee, role == 0 ? count : 1, role == 1 ? count : 1, role == 2 ? count : 1);
            var request = Valid() with { Participants = [row] };
            if (accepted)
            {
                var counts = Assert.Single(Accepted(request).Participants);
                Assert.Equal(count, role switch { 0 => counts.Leaders, 1 => counts.Teachers, _ => counts.Students });
            }
            else
            {
                var text = Assert.Single(Refused(request, $"participants[0].{roles[role]}"));
                Assert.Equal(("Activities.Error.CountRange", 10_000), (text.Key, text.Args[0]));
            }
        }
    }

    [Fact]
    public void A_count_left_out_is_zero()
    {
        var counts = Assert.Single(Accepted(Valid() with { Participants = [new(Mentee, null, null, null)] }).Participants);
        Assert.Equal(new ParticipantCount(Mentee, 0, 0, 0), counts);
    }

    [Fact]
    public void Participants_are_schools_of_the_cluster_each_once()
    {
        var unknown = Assert.Single(Refused(Valid() with { Participants = [new(Mentor, 1, 1, 1), new("PT-999", 1, 1, 1)] }, "participants[1].schoolId"));
        Assert.Equal(("Activities.Error.NotInCluster", "PT-999"), (unknown.Key, unknown.Args[0]));
        Refused(Valid() with { Participants = [new(null, 1, 1, 1)] }, "participants[0].schoolId");
        Refused(Valid() with { Participants = [null!] }, "participants[0].schoolId");
        var twice = Assert.Single(Refused(Valid() with { Participants = [new(Mentee, 1, 1, 1), new(Mentor, 0, 1, 0), new($" {Mentee}", 2, 2, 2)] }, "participants[2].schoolId"));
        Assert.Equal(("Activities.Error.SchoolTwice", Mentee), (twice.Key, twice.Args[0]));
    }

    [Fact]
    public void More_participating_schools_than_members_is_one_error_not_one_per_row()
    {
        var rows = Enumerable.Range(0, 4).Select(i => new ParticipantRequest($"PT-{i}", -1, 0, 0)).ToList();
        Assert.Equal("Activities.Error.TooManyParticipants", Assert.Single(Refused(Valid() with { Participants = rows }, "participants")).Key);
        // As many rows as members is fine.
        Assert.Equal(3, Accepted(Valid() with { Participants = [new(Mentor, 1, 0, 0), new(Mentee, 1, 0, 0), new(Other, 1, 0, 0)] }).Participants.Count);
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("0.001", "0")]
    [InlineData("12.345", "12.35")]
    [InlineData("12.344", "12.34")]
    [InlineData("10.005", "10.01")]
    [InlineData("0.125", "0.13")]
    [InlineData("100000000", "100000000")]
    public void A_cost_of_zero_to_a_hundred_million_is_kept_to_the_cent_rounding_half_up(string amount, string kept)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        var cost = Accepted(Valid() with { Cost = new CostRequest(value, "EUR") }).Cost;
        Assert.Equal(new Money(decimal.Parse(kept, System.Globalization.CultureInfo.InvariantCulture), "EUR"), cost);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("-0.01")]
    [InlineData("100000000.01")]
    public void Any_other_amount_is_refused(string? amount)
    {
        var value = amount is null ? (decimal?)null : decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("Activities.Error.CostAmount", Assert.Single(Refused(Valid() with { Cost = new CostRequest(value, "EUR") }, "cost.amount")).Key);
    }

    [Theory]
    [InlineData("EUR", true)]
    [InlineData("USD", true)]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("eur", false)]
    [InlineData("Eur", false)]
    [InlineData("EU", false)]
    [InlineData("EURO", false)]
    [InlineData(" EUR", false)]
    [InlineData("EUR\n", false)]
    [InlineData("E1R", false)]
    [InlineData("ÉUR", false)]
    public void A_currency_is_three_capital_letters(string? currency, bool accepted)
    {
        var request = Valid() with { Cost = new CostRequest(10, currency) };
        if (accepted)
        {
            Assert.Equal(currency, Accepted(request).Cost!.Currency);
        }
        else
        {
            Assert.Equal("Activities.Error.CostCurrency", Assert.Single(Refused(request, "cost.currency")).Key);
        }
    }

    [Fact]
    public void Goals_are_goals_of_the_schools_taking_part()
    {
        // The host takes part, and so do the participants named.
        Assert.Equal([MenteeGoal], Accepted(Valid() with { HostSchoolId = Mentee, GoalIds = [MenteeGoal] }).GoalIds);
        Assert.Equal([MenteeGoal, OtherGoal], Accepted(Valid() with { Participants = [new(Mentee, 0, 1, 0), new(Other, 0, 1, 0)], GoalIds = [MenteeGoal, OtherGoal] }).GoalIds);
        // A goal of a member school that did not take part, and a goal nobody has, are refused.
        var notTakingPart = Assert.Single(Refused(Valid() with { Participants = [new(Mentee, 0, 1, 0)], GoalIds = [OtherGoal] }, "goalIds"));
        Assert.Equal(("Activities.Error.UnknownGoal", (object)OtherGoal), (notTakingPart.Key, notTakingPart.Args[0]));
        Assert.Equal(2, Refused(Valid() with { GoalIds = [Guid.NewGuid(), Guid.Empty] }, "goalIds").Length);
    }

    [Fact]
    public void A_method_is_one_of_the_programme()
    {
        Assert.Equal("learning-walk", Accepted(Valid() with { MethodId = "learning-walk" }).MethodId);
        var text = Assert.Single(Refused(Valid() with { MethodId = "Lesson-Study" }, "methodId"));
        Assert.Equal(("Activities.Error.UnknownMethod", "Lesson-Study"), (text.Key, text.Args[0]));
    }

    [Fact]
    public void Priorities_are_the_programme_s_each_once()
    {
        Assert.Equal(["inclusion"], Accepted(Valid() with { PriorityIds = ["inclusion", " inclusion "] }).PriorityIds);
        var texts = Refused(Valid() with { PriorityIds = ["digital", "", "Digital"] }, "priorityIds");
        Assert.Equal(["", "Digital"], texts.Select(t => t.Args[0]));
        Assert.All(texts, t => Assert.Equal("Activities.Error.UnknownPriority", t.Key));
    }

    [Fact]
    public void Up_to_ten_links_each_an_http_or_https_address()
    {
        var ten = Enumerable.Range(1, 10).Select(i => $"https://example.org/{i}").ToList();
        Assert.Equal(ten, Accepted(Valid() with { Links = ten }).Links);
        var text = Assert.Single(Refused(Valid() with { Links = [.. ten, "https://example.org/11"] }, "links"));
        Assert.Equal(("Activities.Error.TooManyLinks", 10), (text.Key, text.Args[0]));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("ftp://example.org/file")]
    [InlineData("mailto:ana@example.org")]
    [InlineData("file:///etc/passwd")]
    [InlineData("//example.org/slides")]
    [InlineData("/slides")]
    [InlineData("example.org")]
    [InlineData("not a link")]
    [InlineData("")]
    [InlineData("https://")]
    public void Other_links_are_refused(string link)
    {
        Assert.Null(ActivityRules.WebLink(link));
        Assert.Equal("Activities.Error.BadLink", Assert.Single(Refused(Valid() with { Links = [link] }, "links")).Key);
        if (link.Length > 0)
        {
            Assert.Equal("Activities.Error.BadLink", Assert.Single(Refused(Valid() with { RecordingUrl = link }, "recordingUrl")).Key);
        }
    }

    [Fact]
    public void Several_bad_links_say_so_once()
    {
        Assert.Single(Refused(Valid() with { Links = ["ftp://a.example", "javascript:x", "https://example.org/ok"] }, "links"));
    }

    [Theory]
    [InlineData("https://example.org", "https://example.org/")]
    [InlineData("  HTTPS://Example.org/Slides  ", "https://example.org/Slides")]
    [InlineData("http://example.org/a?b=c#d", "http://example.org/a?b=c#d")]
    [InlineData("https://example.org/a%20b", "https://example.org/a%20b")]
    [InlineData("https://example.org/a%23b", "https://example.org/a%23b")]
    public void A_link_is_kept_as_an_absolute_address(string link, string kept) => Assert.Equal(kept, ActivityRules.WebLink(link));

    [Fact]
    public void A_link_is_at_most_1000_characters_also_once_written_out()
    {
        var exactly = "https://example.org/" + new string('a', 1000 - "https://example.org/".Length);
        Assert.Equal(exactly, ActivityRules.WebLink(exactly));
        Assert.Null(ActivityRules.WebLink(exactly + "a"));
        // Without a path the address gains a "/", and non-ASCII is written out: neither may end longer than the column holds.
        var query = "https://example.org?" + new string('q', 1000 - "https://example.org?".Length);
        Assert.True(ActivityRules.WebLink(query) is null or { Length: <= 1000 });
        var accents = "https://example.org/" + new string('é', 300);
        Assert.True(ActivityRules.WebLink(accents) is null or { Length: <= 1000 });
        var (details, errors) = ActivityRules.Check(Valid() with { RecordingUrl = query, Links = [query] }, Context);
        Assert.True(details is null ? errors.ContainsKey("recordingUrl") && errors.ContainsKey("links") : details.RecordingUrl!.Length <= 1000 && details.Links[0].Length <= 1000);
    }

    [Fact]
    public void A_topic_has_at_most_500_characters()
    {
        Assert.Equal(500, Accepted(Valid() with { Topic = " " + new string('t', 500) + " " }).Topic!.Length);
        var text = Assert.Single(Refused(Valid() with { Topic = new string('t', 501) }, "topic"));
        Assert.Equal(("Activities.Error.TopicTooLong", 500), (text.Key, text.Args[0]));
    }

    [Fact]
    public void Markup_is_text_like_any_other()
    {
        var details = Accepted(Valid() with { Title = "<script>alert(1)</script>", Topic = "<b>bold</b> & \"quoted\"" });
        Assert.Equal("<script>alert(1)</script>", details.Title);
        Assert.Equal("<b>bold</b> & \"quoted\"", details.Topic);
    }
}
