using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Programs;

namespace MentorHub.Tests.Modules.Activities;

/// <summary>The cluster diary of a term as a Word document and as a printable page, in the language asked for, in the diary's order.</summary>
[Trait("Category", Infrastructure.Category.Integration)]
public sealed class DiaryTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly string Talaide = ProgramsDemo.LisbonMentees[0];

    public static TheoryData<string, string, string, string, string, string[]> Languages => new()
    {
        // lang, term, first start, second start, the dates as the reader writes them, the words the document uses.
        { "en", "2040-09-01", "2040-10-06T14:00:00Z", "2040-11-20T16:30:00Z", "6 Oct 2040, 14:00|20 Nov 2040, 16:30",
            ["Cluster diary", "Activities", "Reflections", "What we did", "What we learned", "What was hard", "What we do next", "The mentor school's comment", "On the term 1 Sep 2040 – 31 Dec 2040", "Workshop", "Face-to-face"] },
        { "pt", "2041-01-01", "2041-02-03T09:15:00Z", "2041-03-31T18:00:00Z", "03/02/2041, 09:15|31/03/2041, 18:00",
            ["Diário do agrupamento", "Atividades", "Reflexões", "O que fizemos", "O que aprendemos", "O que foi difícil", "O que fazemos a seguir", "Comentário da escola mentora", "Sobre o período 01/01/2041 – 31/03/2041", "Oficina", "Presencial"] },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_word_diary_of_a_term_holds_each_activity_with_its_topic_and_date_and_every_reflection_in_the_language_asked(
        string lang, string term, string firstAt, string secondAt, string dates, string[] words)
    {
        var mentor = await app.SignedInAsync("mentor-school@demo.example");
        var mentee = await app.SignedInAsync("mentee-school@demo.example");
        var (cluster, mentorSchool, _) = await ActivityTestData.TalaideClusterAsync(mentor);
        var first = ActivityTestData.Body(mentorSchool, $"Robotics {lang}", firstAt);
        first["topic"] = $"Sensors and <b>motors</b> & gears ({lang})";
        var second = ActivityTestData.Body(mentorSchool, $"Lesson study {lang}", secondAt);
        second["topic"] = $"Fractions in grade 5 ({lang})";
        // Logged in reverse order: the diary goes by date, not by when they were logged.
        var secondId = (await ActivityTestData.LogAsync(mentor, cluster, second)).GetProperty("id").GetString();
        var firstId = (await ActivityTestData.LogAsync(mentor, cluster, first)).GetProperty("id").GetString();
        // One activity outside the term stays out.
        await ActivityTestData.LogAsync(mentor, cluster, ActivityTestData.Body(mentorSchool, $"Other term {lang}", "2039-05-05T10:00:00Z"));

        var onFirst = await (await mentee.PutAsJsonAsync($"/api/v1/clusters/{cluster}/activities/{firstId}/reflections/{Talaide}",
            new { did = $"Built robots {lang}", learned = "Pairs\nwork better", hard = "Too few kits", next = "" })).JsonAsync();
        await (await mentor.PutAsJsonAsync($"/api/v1/clusters/{cluster}/activities/{secondId}/reflections/{mentorSchool}",
            new { did = $"Hosted the lesson study {lang}" })).JsonAsync();
        await (await mentee.PutAsJsonAsync($"/api/v1/clusters/{cluster}/terms/{term}/reflections/{Talaide}",
            new { did = $"Two activities {lang}", learned = "Short cycles", hard = "Timetables", next = "Observe lessons" })).JsonAsync();
        await (await mentor.PutAsJsonAsync($"/api/v1/clusters/{cluster}/reflections/{onFirst.GetProperty("id").GetString()}/comment",
            new { text = $"Ask the municipality for kits {lang}" })).JsonAsync();
        var end = Web.Modules.Activities.Domain.Term.Of(DateOnly.Parse(term, System.Globalization.CultureInfo.InvariantCulture)).End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var response = await mentor.GetAsync($"/api/v1/clusters/{cluster}/diary?from={term}&to={end}&format=docx&lang={lang}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"cluster-diary-{term}-{end}.docx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var text = body.InnerText;
        foreach (var word in words)
        {
            Assert.Contains(word, text, StringComparison.Ordinal);
        }
        var rows = Assert.Single(body.Elements<Table>()).Elements<TableRow>().ToList();
        Assert.Equal(3, rows.Count);
        var (firstDate, secondDate) = (dates.Split('|')[0], dates.Split('|')[1]);
        Assert.Equal(firstDate, rows[1].Elements<TableCell>().First().InnerText);
        Assert.Equal(secondDate, rows[2].Elements<TableCell>().First().InnerText);
        // The topic sits under the title, as written: markup is text.
        var titleCell = rows[1].Elements<TableCell>().ElementAt(1);
        Assert.Equal([$"Robotics {lang}", $"Sensors and <b>motors</b> & gears ({lang})"], titleCell.Elements<Paragraph>().Select(p => p.InnerText));
        Assert.Equal([$"Lesson study {lang}", $"Fractions in grade 5 ({lang})"], rows[2].Elements<TableCell>().ElementAt(1).Elements<Paragraph>().Select(p => p.InnerText));
        Assert.DoesNotContain("Other term", text, StringComparison.Ordinal);

        foreach (var part in new[] { $"Built robots {lang}", "Too few kits", $"Hosted the lesson study {lang}", $"Two activities {lang}", "Short cycles", "Timetables", "Observe lessons", $"Ask the municipality for kits {lang}" })
        {
            Assert.Contains(part, text, StringComparison.Ordinal);
        }
        // A line break typed in a reflection is a line break in Word.
        var learned = body.Descendants<Paragraph>().Single(p => p.InnerText.EndsWith("Pairswork better", StringComparison.Ordinal));
        Assert.Single(learned.Descendants<Break>());
        // Within the mentee's reflections, the one on the first activity comes before the term's.
        Assert.True(text.IndexOf($"Built robots {lang}", StringComparison.Ordinal) < text.IndexOf($"Two activities {lang}", StringComparison.Ordinal));
        // Headings are styled as headings, so Word's navigation shows them.
        Assert.Contains(body.Descendants<ParagraphStyleId>(), s => s.Val == "Heading1");
    }

    [Fact]
    public async Task Activities_starting_together_keep_one_order_on_every_page_and_export()
    {
        var mentor = await app.SignedInAsync("mentor-school@demo.example");
        var (cluster, mentorSchool, _) = await ActivityTestData.TalaideClusterAsync(mentor);
        // Case and logging order must not decide: "alpha" before "Beta" before "beta", twins in the order logged.
        var logged = new List<string>();
        foreach (var title in new[] { "beta", "Beta", "Twin", "alpha", "Twin" })
        {
            var body = ActivityTestData.Body(mentorSchool, title, "2042-10-06T14:00:00Z");
            body["topic"] = $"{title} logged as number {logged.Count}";
            logged.Add((string)body["topic"]!);
            await ActivityTestData.LogAsync(mentor, cluster, body);
        }
        string[] topics = [logged[3], logged[0], logged[1], logged[2], logged[4]];
        var listed = await (await mentor.GetAsync($"/api/v1/clusters/{cluster}/activities?from=2042-10-06&to=2042-10-06")).JsonAsync();
        Assert.Equal(topics, listed.EnumerateArray().Select(a => a.GetProperty("topic").GetString()));

        var html = await mentor.GetStringAsync($"/api/v1/clusters/{cluster}/diary?from=2042-10-06&to=2042-10-06&format=html");
        var positions = topics.Select(t => html.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        var page = await mentor.GetStringAsync($"/clusters/{cluster}/diary?term=2042-09-01");
        var onPage = topics.Select(t => page.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.Equal(onPage.Order(), onPage);
        Assert.True(onPage[0] >= 0);
    }

    [Theory]
    [InlineData("from=2051-01-15&to=2051-02-10", "15 Jan 2051 – 10 Feb 2051", "2051-01-15-2051-02-10")]
    // From alone: to the end of that day's term; to alone: from the start of that day's term.
    [InlineData("from=2051-01-15", "15 Jan 2051 – 31 Mar 2051", "2051-01-15-2051-03-31")]
    [InlineData("to=2051-05-10", "1 Apr 2051 – 10 May 2051", "2051-04-01-2051-05-10")]
    [InlineData("from=2051-08-31", "31 Aug 2051 – 31 Aug 2051", "2051-08-31-2051-08-31")]
    [InlineData("from=2051-12-31&to=2051-12-31", "31 Dec 2051 – 31 Dec 2051", "2051-12-31-2051-12-31")]
    public async Task A_diary_covers_the_days_asked_for_or_the_term_around_them(string query, string period, string file)
    {
        var mentor = await app.SignedInAsync("mentor-school@demo.example");
        var (cluster, _, _) = await ActivityTestData.TalaideClusterAsync(mentor);
        var html = WebUtility.HtmlDecode(await mentor.GetStringAsync($"/api/v1/clusters/{cluster}/diary?{query}&format=html"));
        Assert.Contains($"<p>{period}</p>", html, StringComparison.Ordinal);
        var docx = await mentor.GetAsync($"/api/v1/clusters/{cluster}/diary?{query}");
        Assert.Equal($"cluster-diary-{file}.docx", docx.Content.Headers.ContentDisposition?.FileNameStar ?? docx.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task Without_days_the_diary_is_the_current_term()
    {
        var mentor = await app.SignedInAsync("mentor-school@demo.example");
        var (cluster, _, _) = await ActivityTestData.TalaideClusterAsync(mentor);
        var term = Web.Modules.Activities.Domain.Term.Of(DateTime.UtcNow);
        var docx = await mentor.GetAsync($"/api/v1/clusters/{cluster}/diary");
        Assert.Equal($"cluster-diary-{term.Key}-{term.End:yyyy-MM-dd}.docx", docx.Content.Headers.ContentDisposition?.FileNameStar ?? docx.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task A_period_holds_the_reflections_on_its_activities_and_on_every_term_it_overlaps()
    {
        var mentor = await app.SignedInAsync("mentor-school@demo.example");
        var (cluster, mentorSchool, _) = await ActivityTestData.TalaideClusterAsync(mentor);
        var march = (await ActivityTestData.LogAsync(mentor, cluster, ActivityTestData.Body(mentorSchool, "March visit", "2052-03-31T23:30:00Z"))).GetProperty("id").GetString();
        var april = (await ActivityTestData.LogAsync(mentor, cluster, ActivityTestData.Body(mentorSchool, "April visit", "2052-04-01T00:00:00Z"))).GetProperty("id").GetString();
        foreach (var id in new[] { march, april })
        {
            await (await mentor.PutAsJsonAsync($"/api/v1/clusters/{cluster}/activities/{id}/reflections/{mentorSchool}", new { did = $"On {id}" })).JsonAsync();
        }
        foreach (var term in new[] { "2051-09-01", "2052-01-01", "2052-04-01", "2052-09-01" })
        {
            await (await mentor.PutAsJsonAsync($"/api/v1/clusters/{cluster}/terms/{term}/reflections/{mentorSchool}", new { did = $"Term {term}" })).JsonAsync();
        }

        async Task<List<string?>> ListAsync(string from, string to) =>
            [.. (await (await mentor.GetAsync($"/api/v1/clusters/{cluster}/reflections?from={from}&to={to}")).JsonAsync()).EnumerateArray()
                .Where(r => r.GetProperty("schoolId").GetString() == mentorSchool).Select(r => r.GetProperty("did").GetString())];

        // In the diary's order: the winter term's activity, the winter term, the spring term's activity, the spring term.
        Assert.Equal([$"On {march}", "Term 2052-01-01", $"On {april}", "Term 2052-04-01"], await ListAsync("2052-03-31", "2052-04-01"));
        Assert.Equal([$"On {march}", "Term 2052-01-01"], await ListAsync("2052-03-31", "2052-03-31"));
        Assert.Equal(["Term 2052-01-01"], await ListAsync("2052-01-01", "2052-01-01"));
        Assert.Equal(["Term 2051-09-01"], await ListAsync("2051-12-31", "2051-12-31"));
        Assert.Equal([$"On {april}", "Term 2052-04-01"], await ListAsync("2052-04-01", "2052-08-31"));
        Assert.Equal(["Term 2052-09-01"], await ListAsync("2052-09-01", "2052-09-01"));
    }
}
