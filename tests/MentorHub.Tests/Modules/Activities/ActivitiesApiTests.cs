using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Modules.Activities;

[Trait("Category", Category.Integration)]
public sealed class ActivitiesApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_member_school_logs_lists_edits_and_deletes_an_activity()
    {
        var mentee = await app.SignedInAsync("mentee-school@demo.example");
        var (cluster, mentor, members) = await ActivityTestData.TalaideClusterAsync(mentee);
        var body = ActivityTestData.Body(members[1], "Lesson study on fractions", "2031-02-10T09:30:00Z");
        body["participants"] = new[] { new { schoolId = members[1], leaders = 1, teachers = 4, students = 20 }, new { schoolId = mentor, leaders = 0, teachers = 2, students = 0 } };
        var response = await mentee.PostAsJsonAsync($"/api/v1/clusters/{cluster}/activities", body);
        var created = await response.JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString();
        Assert.Equal($"/api/v1/clusters/{cluster}/activities/{id}", response.Headers.Location?.ToString());
        Assert.Equal("face-to-face", created.GetProperty("mode").GetString());
        Assert.Equal(90, created.GetProperty("durationMinutes").GetInt32());
        Assert.Equal(120.5m, created.GetProperty("cost").GetProperty("amount").GetDecimal());
        Assert.Equal("EUR", created.GetProperty("cost").GetProperty("currency").GetString());
        Assert.Equal(2, created.GetProperty("participants").GetArrayLength());

        var inFebruary = await (await mentee.GetAsync($"/api/v1/clusters/{cluster}/activities?from=2031-02-10&to=2031-02-10")).JsonAsync();
        var listed = Assert.Single(inFebruary.EnumerateArray());
        Assert.Equal("Lesson study on fractions", listed.GetProperty("title").GetString());
        Assert.Equal(new DateTime(2031, 2, 10, 9, 30, 0, DateTimeKind.Utc), listed.GetProperty("startsAt").GetDateTime().ToUniversalTime());
        Assert.Empty((await (await mentee.GetAsync($"/api/v1/clusters/{cluster}/activities?from=2031-02-11")).JsonAsync()).EnumerateArray());
        Assert.Empty((await (await mentee.GetAsync($"/api/v1/clusters/{cluster}/activities?from=2031-01-01&to=2031-02-09")).JsonAsync()).EnumerateArray());

        body["mode"] = "hybrid";
        body["cost"] = null;
        body["participants"] = Array.Empty<object>();
        var edited = await (await mentee.PutAsJsonAsync($"/api/v1/clusters/{cluster}/activities/{id}", body)).JsonAsync();
        Assert.Equal("hybrid", edited.GetProperty("mode").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, edited.GetProperty("cost").ValueKind);
        Assert.Equal(0, edited.GetProperty("participants").GetArrayLength());

        // Teachers of a member school read, but do not log.
        var teacher = await app.SignedInAsync("teacher@demo.example");
        await (await teacher.GetAsync($"/api/v1/clusters/{cluster}/activities/{id}")).JsonAsync();
        await (await teacher.PostAsJsonAsync($"/api/v1/clusters/{cluster}/activities", body)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var researcher = await app.SignedInAsync("researcher@demo.example");
        await (await researcher.GetAsync($"/api/v1/clusters/{cluster}/activities")).AssertProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(HttpStatusCode.NoContent, (await mentee.DeleteAsync($"/api/v1/clusters/{cluster}/activities/{id}")).StatusCode);
        await (await mentee.GetAsync($"/api/v1/clusters/{cluster}/activities/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    public static TheoryData<string, string, object?> BadInputs => new()
    {
        { "title", "title", "" },
        { "title", "title", new string('x', 201) },
        { "format", "format", "picnic" },
        { "mode", "mode", "in-person" },
        { "startsAt", "startsAt", null },
        { "startsAt", "startsAt", "1999-12-31T10:00:00Z" },
        { "durationMinutes", "durationMinutes", 0 },
        { "durationMinutes", "durationMinutes", 20000 },
        { "hostSchoolId", "hostSchoolId", "PT-000000" },
        { "participants", "participants[0].schoolId", new[] { new { schoolId = "PT-000000", leaders = 1, teachers = 1, students = 1 } } },
        { "participants", "participants[0].teachers", new[] { new { schoolId = "HOST", leaders = 0, teachers = -1, students = 0 } } },
        { "participants", "participants[0].students", new[] { new { schoolId = "HOST", leaders = 0, teachers = 0, students = 10001 } } },
        { "cost", "cost.amount", new { amount = -1m, currency = "EUR" } },
        { "cost", "cost.currency", new { amount = 10m, currency = "eur" } },
        { "cost", "cost.currency", new { amount = 10m, currency = "EURO" } },
        // "$" matched before a final line break: 4 characters reached a 3-character column (500 on PostgreSQL).
        { "cost", "cost.currency", new { amount = 10m, currency = "EUR\n" } },
        { "goalIds", "goalIds", new[] { Guid.NewGuid() } },
        { "methodId", "methodId", "no-such-method" },
        { "links", "links", new[] { "javascript:alert(1)" } },
        { "links", "links", new[] { "ftp://example.org/file" } },
        { "priorityIds", "priorityIds", new[] { "no-such-priority" } },
        { "recordingUrl", "recordingUrl", "not a link" },
        // 1000 characters as typed, 1001 once the missing "/" is written out (500 on PostgreSQL).
        { "recordingUrl", "recordingUrl", "https://example.org?" + new string('q', 980) },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_answers_400_naming_the_field(string property, string field, object? value)
    {
        var mentor = await app.SignedInAsync("mentor-school@demo.example");
        var (cluster, host, _) = await ActivityTestData.TalaideClusterAsync(mentor);
        var body = ActivityTestData.Body(host);
        body[property] = value is Array array && array.Length == 1 && array.GetValue(0)?.GetType().GetProperty("schoolId")?.GetValue(array.GetValue(0)) is "HOST"
            ? new[] { new { schoolId = host, leaders = 0, teachers = field.EndsWith("teachers", StringComparison.Ordinal) ? -1 : 0, students = field.EndsWith("students", StringComparison.Ordinal) ? 10001 : 0 } }
            : value;
        var problem = await (await mentor.PostAsJsonAsync($"/api/v1/clusters/{cluster}/activities", body)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{field} not named: {problem}");
    }

    [Theory]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2026-02-30", "to")]
    [InlineData("from=2026-10-01&to=2026-09-01", "to")]
    public async Task Bad_date_filters_answer_400_naming_the_field(string query, string field)
    {
        var mentor = await app.SignedInAsync("mentor-school@demo.example");
        var (cluster, _, _) = await ActivityTestData.TalaideClusterAsync(mentor);
        var problem = await (await mentor.GetAsync($"/api/v1/clusters/{cluster}/activities?{query}")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task The_calendar_is_an_icalendar_feed_with_one_event_per_activity_also_by_a_revocable_secret_address()
    {
        var mentor = await app.SignedInAsync("mentor-school@demo.example");
        var (cluster, host, _) = await ActivityTestData.TalaideClusterAsync(mentor);
        var onsite = await ActivityTestData.LogAsync(mentor, cluster, ActivityTestData.Body(host, "Visit to the maker space", "2032-03-03T10:00:00Z"));
        var online = ActivityTestData.Body(host, "Webinar: AI in class", "2032-03-04T17:00:00Z");
        online["mode"] = "online";
        online["format"] = "webinar";
        online["durationMinutes"] = 45;
        await ActivityTestData.LogAsync(mentor, cluster, online);

        var response = await mentor.GetAsync($"/api/v1/clusters/{cluster}/calendar.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        var calendar = Ical.Net.Calendar.Load(ics)!;
        var visit = calendar.Events.Single(e => e.Summary == "Visit to the maker space");
        Assert.Equal($"{onsite.GetProperty("id").GetString()}@mentorhub", visit.Uid);
        Assert.Equal(new DateTime(2032, 3, 3, 10, 0, 0), visit.DtStart!.Value);
        Assert.True(visit.DtStart.IsUtc);
        Assert.Equal(new DateTime(2032, 3, 3, 11, 30, 0), visit.DtEnd!.Value);
        Assert.NotEqual("Online", visit.Location);
        Assert.False(string.IsNullOrWhiteSpace(visit.Location));
        var webinar = calendar.Events.Single(e => e.Summary == "Webinar: AI in class");
        Assert.Equal("Online", webinar.Location);
        Assert.Equal(new DateTime(2032, 3, 4, 17, 45, 0), webinar.DtEnd!.Value);

        // A calendar app cannot sign in: the secret address works without, until it is revoked.
        var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/clusters/{cluster}/calendar.ics")).StatusCode);
        var feed = await (await mentor.PostAsync($"/api/v1/clusters/{cluster}/calendar-feed", null)).JsonAsync(HttpStatusCode.Created);
        var url = new Uri(feed.GetProperty("url").GetString()!);
        var viaFeed = await anonymous.GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, viaFeed.StatusCode);
        Assert.Contains(Ical.Net.Calendar.Load(await viaFeed.Content.ReadAsStringAsync())!.Events, e => e.Summary == "Visit to the maker space");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/clusters/{cluster}/calendar-feed.ics?token=wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await mentor.DeleteAsync($"/api/v1/clusters/{cluster}/calendar-feed")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url.PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task Schools_reflect_for_themselves_the_mentor_comments_and_the_diary_holds_both()
    {
        var mentee = await app.SignedInAsync("mentee-school@demo.example");
        var mentor = await app.SignedInAsync("mentor-school@demo.example");
        var (cluster, mentorSchool, members) = await ActivityTestData.TalaideClusterAsync(mentor);
        var talaide = Web.Modules.Programs.ProgramsDemo.LisbonMentees[0];
        var other = members.First(m => m != talaide && m != mentorSchool);
        var activity = await ActivityTestData.LogAsync(mentor, cluster, ActivityTestData.Body(mentorSchool, "<script>alert(1)</script> Coding club", "2033-10-06T14:00:00Z"));
        await ActivityTestData.LogAsync(mentor, cluster, ActivityTestData.Body(mentorSchool, "Teachmeet on feedback", "2033-11-20T16:00:00Z"));
        var activityId = activity.GetProperty("id").GetString();

        var reflection = await (await mentee.PutAsJsonAsync($"/api/v1/clusters/{cluster}/activities/{activityId}/reflections/{talaide}",
            new { did = "Built robots with grade 6", learned = "Pairs work better", hard = "Too few kits", next = "Borrow kits" })).JsonAsync();
        await (await mentee.PutAsJsonAsync($"/api/v1/clusters/{cluster}/activities/{activityId}/reflections/{other}", new { did = "x" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await mentee.PutAsJsonAsync($"/api/v1/clusters/{cluster}/activities/{activityId}/reflections/{talaide}", new { did = " " })).AssertProblemAsync(HttpStatusCode.BadRequest);
        var term = await (await mentee.PutAsJsonAsync($"/api/v1/clusters/{cluster}/terms/2033-09-01/reflections/{talaide}",
            new { did = "Three activities", learned = "Short cycles", hard = "Timetables", next = "Observe lessons" })).JsonAsync();
        Assert.Equal("2033-12-31", term.GetProperty("termEnd").GetString());
        var badTerm = await (await mentee.PutAsJsonAsync($"/api/v1/clusters/{cluster}/terms/2033-09-02/reflections/{talaide}", new { did = "x" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(badTerm.GetProperty("errors").TryGetProperty("term", out _));

        await (await mentee.PutAsJsonAsync($"/api/v1/clusters/{cluster}/reflections/{reflection.GetProperty("id").GetString()}/comment", new { text = "x" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        var commented = await (await mentor.PutAsJsonAsync($"/api/v1/clusters/{cluster}/reflections/{reflection.GetProperty("id").GetString()}/comment", new { text = "Ask the municipality for kits" })).JsonAsync();
        Assert.Equal("Ask the municipality for kits", commented.GetProperty("mentorComment").GetString());

        var teacher = await app.SignedInAsync("teacher@demo.example");
        var read = await (await teacher.GetAsync($"/api/v1/clusters/{cluster}/reflections?from=2033-09-01&to=2033-12-31")).JsonAsync();
        Assert.Equal(2, read.GetArrayLength());
        Assert.Equal(activityId, read[0].GetProperty("activityId").GetString());
        Assert.Equal(JsonNull, read[1].GetProperty("activityId").ValueKind);

        // The diary: activities in date order, then reflections; a Word document that opens and an escaped printable page.
        var docx = await mentor.GetAsync($"/api/v1/clusters/{cluster}/diary?from=2033-09-01&to=2033-12-31&format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        using (var document = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            var text = document.MainDocumentPart!.Document!.Body!.InnerText;
            var first = text.IndexOf("<script>alert(1)</script> Coding club", StringComparison.Ordinal);
            var second = text.IndexOf("Teachmeet on feedback", StringComparison.Ordinal);
            Assert.True(first >= 0 && second > first, text);
            Assert.Contains("Built robots with grade 6", text, StringComparison.Ordinal);
            Assert.Contains("Ask the municipality for kits", text, StringComparison.Ordinal);
            Assert.Single(document.MainDocumentPart.Document.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>());
        }
        var pt = await mentor.GetAsync($"/api/v1/clusters/{cluster}/diary?from=2033-09-01&to=2033-12-31&format=docx&lang=pt");
        using (var document = WordprocessingDocument.Open(new MemoryStream(await pt.Content.ReadAsByteArrayAsync()), false))
        {
            Assert.Contains("Diário do agrupamento", document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
        }
        var html = await mentor.GetAsync($"/api/v1/clusters/{cluster}/diary?from=2033-09-01&to=2033-12-31&format=html");
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        var page = await html.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Coding club", page, StringComparison.Ordinal);
        Assert.Contains("Teachmeet on feedback", page, StringComparison.Ordinal);
        var badFormat = await (await mentor.GetAsync($"/api/v1/clusters/{cluster}/diary?format=pdf")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(badFormat.GetProperty("errors").TryGetProperty("format", out _));
        await (await mentor.GetAsync($"/api/v1/clusters/{cluster}/diary?from=2033-13-01")).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    private const System.Text.Json.JsonValueKind JsonNull = System.Text.Json.JsonValueKind.Null;
}
