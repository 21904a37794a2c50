using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using MentorHub.Tests.Infrastructure;
using static MentorHub.Tests.Modules.Activities.PageHtml;

namespace MentorHub.Tests.Modules.Activities;

/// <summary>
/// The activity log and edit forms as a browser without script uses them: a refused post shows each
/// message beside its field and every value typed, a good one stores once and redirects; what people
/// type is text on every page and export.
/// </summary>
[Trait("Category", Category.Integration)]
public sealed class ActivityPagesTests(AppFixture app) : IClassFixture<AppFixture>
{
    /// <param name="Row">The participants' row of the school that hosts and takes part: the school whose plan has <paramref name="Goal"/>.</param>
    private sealed record Choices(string Cluster, string Mentor, IReadOnlyList<string> Rows, int Row, string Method, string Priority, string Goal);

    /// <summary>What the log form offers in Talaíde's cluster: its schools' rows, a method, a national priority and a goal of a school's plan.</summary>
    private async Task<(HttpClient Client, Choices Choices)> LogFormAsync()
    {
        var client = await app.SignedInAsync("mentor-school@demo.example");
        var (cluster, mentor, _) = await ActivityTestData.TalaideClusterAsync(client);
        var page = await client.GetStringAsync($"/clusters/{cluster}/activities");
        // Each row: <th scope="row">School name<input type="hidden" name="Input.Participants[i].SchoolId" value="id" />
        var rows = Regex(page, "<th scope=\"row\">([^<]+)<input type=\"hidden\" name=\"Input\\.Participants\\[\\d+\\]\\.SchoolId\" value=\"([^\"]+)\"")
            .Select(m => (Name: WebUtility.HtmlDecode(m[1]), Id: m[2])).ToList();
        var method = Offered(page, "Input.MethodId").First(m => m.Length > 0);
        var priority = Offered(page, "Input.PriorityIds")[0];
        // A goal's label names its school: "School name: goal".
        var (goal, owner) = Regex(page, "name=\"Input\\.GoalIds\" value=\"([^\"]+)\" /> ([^<]+)")
            .Select(m => (Id: m[1], Label: WebUtility.HtmlDecode(m[2])))
            .Select(g => (g.Id, Row: rows.FindIndex(r => g.Label.StartsWith(r.Name + ":", StringComparison.Ordinal))))
            .First(g => g.Row >= 0);
        return (client, new Choices(cluster, mentor, [.. rows.Select(r => r.Id)], owner, method, priority, goal));
    }

    private static IEnumerable<string[]> Regex(string html, string pattern) =>
        System.Text.RegularExpressions.Regex.Matches(html, pattern).Select(m => m.Groups.Values.Select(g => g.Value).ToArray());

    /// <summary>Every field of the form as a browser posts it, the checkbox lists once per ticked box.</summary>
    private static List<KeyValuePair<string, string>> Fields(Choices c, Dictionary<string, string> values)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var (name, value) in values)
        {
            fields.Add(new($"Input.{name}", value));
        }
        for (var i = 0; i < c.Rows.Count; i++)
        {
            fields.Add(new($"Input.Participants[{i}].SchoolId", c.Rows[i]));
            foreach (var role in new[] { "Leaders", "Teachers", "Students" })
            {
                if (!values.ContainsKey($"Participants[{i}].{role}"))
                {
                    fields.Add(new($"Input.Participants[{i}].{role}", ""));
                }
            }
        }
        fields.Add(new("Input.PriorityIds", c.Priority));
        fields.Add(new("Input.GoalIds", c.Goal));
        return fields;
    }

    /// <summary>A good activity as typed: hosted by the school whose goal is ticked, which alone gives counts.</summary>
    private static Dictionary<string, string> Good(Choices c, string title, string date) => new()
    {
        ["Title"] = title,
        ["Format"] = "webinar",
        ["Mode"] = "hybrid",
        ["Date"] = date,
        ["Time"] = "09:45",
        ["DurationMinutes"] = "75",
        ["HostSchoolId"] = c.Rows[c.Row],
        [$"Participants[{c.Row}].Leaders"] = "2",
        [$"Participants[{c.Row}].Teachers"] = "11",
        [$"Participants[{c.Row}].Students"] = "30",
        ["Topic"] = "Feedback that moves learning on",
        ["MethodId"] = c.Method,
        ["CostAmount"] = "12,50",
        ["CostCurrency"] = "eur",
        ["RecordingUrl"] = "https://example.org/recording",
        ["Links"] = "https://example.org/a\r\nhttps://example.org/b",
    };

    private static async Task<List<JsonElement>> ActivitiesOnAsync(HttpClient client, string cluster, string day) =>
        [.. (await (await client.GetAsync($"/api/v1/clusters/{cluster}/activities?from={day}&to={day}")).JsonAsync()).EnumerateArray()];

    /// <summary>Asserts the re-rendered form shows every value of <paramref name="typed"/> as typed, the choices still ticked.</summary>
    private static void ShowsTyped(string html, Choices c, Dictionary<string, string> typed)
    {
        Assert.Equal(typed["Title"], Value(html, "Input.Title"));
        Assert.Equal([typed["Format"]], Selected(html, "Input.Format"));
        Assert.Equal([typed["Mode"]], Selected(html, "Input.Mode"));
        Assert.Equal(typed["Date"], Value(html, "Input.Date"));
        Assert.Equal(typed["Time"], Value(html, "Input.Time"));
        Assert.Equal(typed["DurationMinutes"], Value(html, "Input.DurationMinutes"));
        Assert.Equal([typed["HostSchoolId"]], Selected(html, "Input.HostSchoolId"));
        for (var i = 0; i < c.Rows.Count; i++)
        {
            Assert.Equal(c.Rows[i], Value(html, $"Input.Participants[{i}].SchoolId"));
            foreach (var role in new[] { "Leaders", "Teachers", "Students" })
            {
                Assert.Equal(typed.GetValueOrDefault($"Participants[{i}].{role}", ""), Value(html, $"Input.Participants[{i}].{role}"));
            }
        }
        Assert.Equal(typed["Topic"], Value(html, "Input.Topic"));
        Assert.Equal([typed["MethodId"]], Selected(html, "Input.MethodId"));
        Assert.Equal([c.Priority], Checked(html, "Input.PriorityIds"));
        Assert.Equal([c.Goal], Checked(html, "Input.GoalIds"));
        Assert.Equal(typed["CostAmount"], Value(html, "Input.CostAmount"));
        Assert.Equal(typed["CostCurrency"], Value(html, "Input.CostCurrency"));
        Assert.Equal(typed["RecordingUrl"], Value(html, "Input.RecordingUrl"));
        Assert.Equal(typed["Links"].Replace("\r\n", "\n", StringComparison.Ordinal), TextArea(html, "Input.Links").Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_log_form_refuses_bad_input_beside_each_field_keeps_everything_typed_and_stores_nothing()
    {
        var (client, c) = await LogFormAsync();
        var url = $"/clusters/{c.Cluster}/activities";
        var last = c.Row;
        // The rules count only rows with counts: the form must still flag this row, not the first.
        Assert.True(last > 0);
        var typed = Good(c, "", "2043-02-10");
        typed["DurationMinutes"] = "0";
        typed[$"Participants[{last}].Teachers"] = "eleven";
        typed["CostCurrency"] = "EURO";
        typed["RecordingUrl"] = "not a link";
        typed["Links"] = "https://example.org/a\r\nftp://example.org/b";
        typed["Topic"] = "<script>alert(1)</script> typed \"as is\"";

        var html = await RefusedAsync(client, url, "log", Fields(c, typed));

        FlaggedBeside(html, Tag(html, "input", "Input.Title"), "err-title", "Give the activity a title.");
        FlaggedBeside(html, Tag(html, "input", "Input.DurationMinutes"), "err-durationMinutes", "The duration is 1 to 10080 minutes.");
        FlaggedBeside(html, Tag(html, "input", $"Input.Participants[{last}].Teachers"), $"err-participants-{last}--teachers", "A count is a whole number from 0 to 10000.");
        FlaggedBeside(html, Tag(html, "input", "Input.CostCurrency"), "err-cost-currency", "The currency is an ISO 4217 code of three capital letters, such as EUR.");
        FlaggedBeside(html, Tag(html, "input", "Input.RecordingUrl"), "err-recordingUrl", "A link is a web address starting with http:// or https://.");
        FlaggedBeside(html, Tag(html, "textarea", "Input.Links"), "err-links", "A link is a web address starting with http:// or https://.");
        // Fields typed well are not flagged; the summary links to each field with a message.
        Assert.Null(Attribute(Tag(html, "input", "Input.Date"), "aria-invalid"));
        Assert.Null(Attribute(Tag(html, "input", $"Input.Participants[{last}].Leaders"), "aria-invalid"));
        Assert.Contains("href=\"#act-title\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#participants\"", html, StringComparison.Ordinal);
        Assert.Contains("<details open", html, StringComparison.Ordinal);
        ShowsTyped(html, c, typed);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Empty(await ActivitiesOnAsync(client, c.Cluster, "2043-02-10"));
    }

    [Theory]
    [InlineData("Date", "2043-02-30", "err-startsAt", "Give the date and time the activity starts.")]
    [InlineData("Date", "1999-12-31", "err-startsAt", "The date must lie between the years 2000 and 2099.")]
    [InlineData("Time", "25:00", "err-startsAt", "Give the date and time the activity starts.")]
    [InlineData("DurationMinutes", "10081", "err-durationMinutes", "The duration is 1 to 10080 minutes.")]
    [InlineData("DurationMinutes", "1.5", "err-durationMinutes", "The duration is 1 to 10080 minutes.")]
    [InlineData("CostAmount", "-1", "err-cost-amount", "The cost is an amount of 0 or more.")]
    [InlineData("CostAmount", "ten", "err-cost-amount", "The cost is an amount of 0 or more.")]
    [InlineData("CostCurrency", "", "err-cost-currency", "The currency is an ISO 4217 code of three capital letters, such as EUR.")]
    [InlineData("Format", "picnic", "err-format", null)]
    [InlineData("Mode", "in-person", "err-mode", "Choose online, face-to-face or hybrid.")]
    [InlineData("HostSchoolId", "PT-000000", "err-hostSchoolId", "School PT-000000 is not a member of this cluster.")]
    [InlineData("MethodId", "no-such-method", "err-methodId", "Method no-such-method is not in the programme's toolbox.")]
    public async Task Each_bad_field_of_the_log_form_is_named_beside_it(string field, string value, string errorId, string? message)
    {
        var (client, c) = await LogFormAsync();
        var typed = Good(c, $"Refused for {field} {value}", "2043-03-10");
        typed[field] = value;
        var html = await RefusedAsync(client, $"/clusters/{c.Cluster}/activities", "log", Fields(c, typed));
        var text = Text(html, "p", errorId);
        Assert.False(string.IsNullOrWhiteSpace(text));
        if (message is not null)
        {
            Assert.Equal(message, text);
        }
        Assert.Equal(typed["Title"], Value(html, "Input.Title"));
        Assert.Equal(typed[field], field switch
        {
            "Format" or "Mode" or "HostSchoolId" or "MethodId" => Selected(html, $"Input.{field}").SingleOrDefault() ?? value,
            _ => Value(html, $"Input.{field}"),
        });
        Assert.DoesNotContain(await ActivitiesOnAsync(client, c.Cluster, "2043-03-10"), a => a.GetProperty("title").GetString() == typed["Title"]);
    }

    [Fact]
    public async Task A_good_log_post_stores_the_activity_once_exactly_as_typed_and_redirects()
    {
        var (client, c) = await LogFormAsync();
        var typed = Good(c, "  Feedback webinar  ", "2043-04-14");
        var response = await SubmitAsync(client, $"/clusters/{c.Cluster}/activities", "log", Fields(c, typed));

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther, $"The post answered {(int)response.StatusCode}");
        Assert.Equal($"/clusters/{c.Cluster}/activities?logged=true", Path(response.Headers.Location!));
        var stored = Assert.Single(await ActivitiesOnAsync(client, c.Cluster, "2043-04-14"));
        Assert.Equal("Feedback webinar", stored.GetProperty("title").GetString());
        Assert.Equal(("webinar", "hybrid", 75, c.Rows[c.Row]), (stored.GetProperty("format").GetString(), stored.GetProperty("mode").GetString(),
            stored.GetProperty("durationMinutes").GetInt32(), stored.GetProperty("hostSchoolId").GetString()));
        Assert.Equal(new DateTime(2043, 4, 14, 9, 45, 0, DateTimeKind.Utc), stored.GetProperty("startsAt").GetDateTime().ToUniversalTime());
        var participant = Assert.Single(stored.GetProperty("participants").EnumerateArray());
        Assert.Equal((c.Rows[c.Row], 2, 11, 30), (participant.GetProperty("schoolId").GetString(), participant.GetProperty("leaders").GetInt32(),
            participant.GetProperty("teachers").GetInt32(), participant.GetProperty("students").GetInt32()));
        Assert.Equal((12.5m, "EUR"), (stored.GetProperty("cost").GetProperty("amount").GetDecimal(), stored.GetProperty("cost").GetProperty("currency").GetString()));
        Assert.Equal([c.Goal], stored.GetProperty("goalIds").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal([c.Priority], stored.GetProperty("priorityIds").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(c.Method, stored.GetProperty("methodId").GetString());
        Assert.Equal(["https://example.org/a", "https://example.org/b"], stored.GetProperty("links").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal("https://example.org/recording", stored.GetProperty("recordingUrl").GetString());
        Assert.Equal("Feedback that moves learning on", stored.GetProperty("topic").GetString());

        var after = await client.GetStringAsync(Path(response.Headers.Location!));
        Assert.Contains("The activity is logged.", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_edit_form_refuses_bad_input_keeps_what_was_typed_leaves_the_activity_as_it_was_then_saves_once()
    {
        var (client, c) = await LogFormAsync();
        var body = ActivityTestData.Body(c.Mentor, "Visit to the maker space", "2043-05-05T10:00:00Z");
        body["topic"] = "Before the edit";
        var id = (await ActivityTestData.LogAsync(client, c.Cluster, body)).GetProperty("id").GetString();
        var url = $"/clusters/{c.Cluster}/activities/{id}";
        var page = await client.GetStringAsync(url);
        Assert.Equal("Visit to the maker space", Value(page, "Input.Title"));
        Assert.Equal("2043-05-05", Value(page, "Input.Date"));
        Assert.Equal("10:00", Value(page, "Input.Time"));

        var typed = Good(c, new string('t', 201), "2043-05-06");
        typed["Date"] = "06/05/2043";
        typed["CostAmount"] = "-5";
        typed["Links"] = "javascript:alert(1)";
        var html = await RefusedAsync(client, url, "edit", Fields(c, typed));
        FlaggedBeside(html, Tag(html, "input", "Input.Title"), "err-title", "The title may have at most 200 characters.");
        FlaggedBeside(html, Tag(html, "input", "Input.Date"), "err-startsAt", "Give the date and time the activity starts.");
        FlaggedBeside(html, Tag(html, "input", "Input.CostAmount"), "err-cost-amount", "The cost is an amount of 0 or more.");
        FlaggedBeside(html, Tag(html, "textarea", "Input.Links"), "err-links", "A link is a web address starting with http:// or https://.");
        ShowsTyped(html, c, typed);
        var unchanged = await (await client.GetAsync($"/api/v1/clusters/{c.Cluster}/activities/{id}")).JsonAsync();
        Assert.Equal(("Visit to the maker space", "Before the edit"), (unchanged.GetProperty("title").GetString(), unchanged.GetProperty("topic").GetString()));

        var good = Good(c, "Visit, edited", "2043-05-06");
        var response = await SubmitAsync(client, url, "edit", Fields(c, good));
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther, $"The post answered {(int)response.StatusCode}");
        Assert.Equal($"{url}?saved=true", Path(response.Headers.Location!));
        Assert.Empty(await ActivitiesOnAsync(client, c.Cluster, "2043-05-05"));
        var edited = Assert.Single(await ActivitiesOnAsync(client, c.Cluster, "2043-05-06"));
        Assert.Equal(id, edited.GetProperty("id").GetString());
        Assert.Equal(("Visit, edited", "Feedback that moves learning on", "hybrid"), (edited.GetProperty("title").GetString(), edited.GetProperty("topic").GetString(), edited.GetProperty("mode").GetString()));
        Assert.Equal(c.Rows[c.Row], Assert.Single(edited.GetProperty("participants").EnumerateArray()).GetProperty("schoolId").GetString());
        Assert.Contains("Saved.", await client.GetStringAsync(Path(response.Headers.Location!)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_speaks_the_reader_s_language_in_its_messages()
    {
        var (client, c) = await LogFormAsync();
        var typed = Good(c, "", "2043-06-01");
        var html = await RefusedAsync(client, $"/clusters/{c.Cluster}/activities?lang=pt", "log", Fields(c, typed));
        Assert.Equal("Dê um título à atividade.", Text(html, "p", "err-title"));
        Assert.Contains("Corrija estes campos:", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_typed_into_an_activity_is_text_on_its_page_the_calendar_the_diary_and_every_export()
    {
        var client = await app.SignedInAsync("mentor-school@demo.example");
        var (cluster, mentor, _) = await ActivityTestData.TalaideClusterAsync(client);
        const string title = "<script>alert(1)</script> Coding club";
        const string topic = "<img src=x onerror=alert(2)> & \"robots\"";
        var body = ActivityTestData.Body(mentor, title, "2044-03-03T10:00:00Z");
        body["topic"] = topic;
        var id = (await ActivityTestData.LogAsync(client, cluster, body)).GetProperty("id").GetString();
        var reflection = await (await client.PutAsJsonAsync($"/api/v1/clusters/{cluster}/activities/{id}/reflections/{mentor}",
            new { did = "<iframe src=\"javascript:alert(3)\"></iframe>" })).JsonAsync();
        Assert.NotNull(reflection.GetProperty("id").GetString());

        var pages = new Dictionary<string, string>
        {
            ["activity page"] = await client.GetStringAsync($"/clusters/{cluster}/activities/{id}"),
            ["activity list"] = await client.GetStringAsync($"/clusters/{cluster}/activities"),
            ["calendar"] = await client.GetStringAsync($"/clusters/{cluster}/calendar?month=2044-03"),
            ["diary page"] = await client.GetStringAsync($"/clusters/{cluster}/diary?term=2044-01-01"),
            ["printable diary"] = await client.GetStringAsync($"/api/v1/clusters/{cluster}/diary?from=2044-01-01&to=2044-03-31&format=html"),
            ["reflections"] = await client.GetStringAsync($"/clusters/{cluster}/reflections?term=2044-01-01"),
        };
        foreach (var (name, html) in pages)
        {
            Assert.False(html.Contains("<script>alert(1)", StringComparison.Ordinal), $"Raw markup on the {name}.");
            Assert.False(html.Contains("<img src=x", StringComparison.Ordinal), $"Raw markup on the {name}.");
            Assert.False(html.Contains("<iframe", StringComparison.Ordinal), $"Raw markup on the {name}.");
            Assert.True(html.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Coding club", StringComparison.Ordinal), $"The title is not shown encoded on the {name}.");
        }
        foreach (var name in new[] { "activity page", "diary page", "printable diary" })
        {
            Assert.True(pages[name].Contains("&lt;img src=x onerror=alert(2)&gt; &amp; &quot;robots&quot;", StringComparison.Ordinal)
                || pages[name].Contains("&lt;img src=x onerror=alert(2)&gt; &amp; \"robots\"", StringComparison.Ordinal), $"The topic is not shown encoded on the {name}.");
        }
        foreach (var name in new[] { "diary page", "printable diary", "reflections" })
        {
            Assert.Contains("&lt;iframe src=", pages[name], StringComparison.Ordinal);
        }

        var docx = await client.GetByteArrayAsync($"/api/v1/clusters/{cluster}/diary?from=2044-01-01&to=2044-03-31&format=docx");
        using (var document = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var text = document.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains(title, text, StringComparison.Ordinal);
            Assert.Contains(topic, text, StringComparison.Ordinal);
            Assert.Contains("<iframe src=\"javascript:alert(3)\"></iframe>", text, StringComparison.Ordinal);
        }
        var ics = Ical.Net.Calendar.Load(await client.GetStringAsync($"/api/v1/clusters/{cluster}/calendar.ics"))!;
        var e = ics.Events.Single(x => x.Uid == $"{id}@mentorhub");
        Assert.Equal((title, topic), (e.Summary, e.Description));
    }

    private static string Path(Uri location) => location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
