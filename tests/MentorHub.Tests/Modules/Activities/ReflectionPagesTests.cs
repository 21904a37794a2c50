using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Programs;
using static MentorHub.Tests.Modules.Activities.PageHtml;

namespace MentorHub.Tests.Modules.Activities;

/// <summary>The reflection form, on an activity and on a term: a refused post names the part beside it and keeps the text; a good one stores once and redirects.</summary>
[Trait("Category", Category.Integration)]
public sealed class ReflectionPagesTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly string Talaide = ProgramsDemo.LisbonMentees[0];

    private async Task<(HttpClient School, string Cluster, string ActivityId)> ActivityAsync(string startsAt)
    {
        var mentor = await app.SignedInAsync("mentor-school@demo.example");
        var (cluster, mentorSchool, _) = await ActivityTestData.TalaideClusterAsync(mentor);
        var id = (await ActivityTestData.LogAsync(mentor, cluster, ActivityTestData.Body(mentorSchool, $"Workshop of {startsAt}", startsAt))).GetProperty("id").GetString()!;
        return (await app.SignedInAsync("mentee-school@demo.example"), cluster, id);
    }

    private static Dictionary<string, string> Fields(string about, string did, string learned, string hard, string next) => new()
    {
        ["Input.SchoolId"] = Talaide,
        ["Input.About"] = about,
        ["Input.Did"] = did,
        ["Input.Learned"] = learned,
        ["Input.Hard"] = hard,
        ["Input.Next"] = next,
    };

    private static async Task<List<JsonElement>> ReflectionsAsync(HttpClient client, string cluster, string from, string to) =>
        [.. (await (await client.GetAsync($"/api/v1/clusters/{cluster}/reflections?from={from}&to={to}")).JsonAsync()).EnumerateArray()
            .Where(r => r.GetProperty("schoolId").GetString() == Talaide)];

    private static void ShowsTyped(string html, string about, Dictionary<string, string> typed)
    {
        Assert.Equal([Talaide], Selected(html, "Input.SchoolId"));
        Assert.Equal([about], Selected(html, "Input.About"));
        foreach (var part in new[] { "Did", "Learned", "Hard", "Next" })
        {
            Assert.Equal(typed[$"Input.{part}"].Replace("\r\n", "\n", StringComparison.Ordinal), TextArea(html, $"Input.{part}").Replace("\r\n", "\n", StringComparison.Ordinal));
        }
    }

    public static TheoryData<string> Kinds => ["activity", "term"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task An_empty_reflection_is_refused_beside_the_first_part_with_one_message(string kind)
    {
        var (school, cluster, activity) = await ActivityAsync("2045-10-06T14:00:00Z");
        var about = kind == "activity" ? activity : "term";
        var url = $"/clusters/{cluster}/reflections?term=2045-09-01";
        var typed = Fields(about, " ", "\r\n", "", "  ");

        var html = await RefusedAsync(school, url, "reflect", typed);

        FlaggedBeside(html, Tag(html, "textarea", "Input.Did"), "err-did", "Write at least one of the four parts.");
        Assert.Contains("href=\"#r-did\"", html, StringComparison.Ordinal);
        // Once in the summary, once beside the part: not repeated in one line.
        Assert.Equal(2, html.Split("Write at least one of the four parts.").Length - 1);
        Assert.Null(Attribute(Tag(html, "textarea", "Input.Learned"), "aria-invalid"));
        Assert.Equal([Talaide], Selected(html, "Input.SchoolId"));
        Assert.Equal([about], Selected(html, "Input.About"));
        Assert.Empty(await ReflectionsAsync(school, cluster, "2045-09-01", "2045-12-31"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_part_too_long_is_refused_beside_it_and_every_part_typed_stays(string kind)
    {
        var (school, cluster, activity) = await ActivityAsync("2046-02-03T09:00:00Z");
        var about = kind == "activity" ? activity : "term";
        var url = $"/clusters/{cluster}/reflections?term=2046-01-01&about={about}";
        var typed = Fields(about, "Built <b>robots</b> & \"more\"", "Pairs\r\nwork better", new string('h', 4001), "Borrow kits");

        var html = await RefusedAsync(school, url, "reflect", typed);

        FlaggedBeside(html, Tag(html, "textarea", "Input.Hard"), "err-hard", "This text may have at most 4000 characters.");
        Assert.Null(Attribute(Tag(html, "textarea", "Input.Did"), "aria-invalid"));
        ShowsTyped(html, about, typed);
        Assert.DoesNotContain("<b>robots</b>", html, StringComparison.Ordinal);
        Assert.Empty(await ReflectionsAsync(school, cluster, "2046-01-01", "2046-03-31"));

        var pt = await RefusedAsync(school, url + "&lang=pt", "reflect", typed);
        Assert.Equal("Este texto pode ter no máximo 4000 caracteres.", Text(pt, "p", "err-hard"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_good_reflection_is_stored_once_and_a_second_post_replaces_it(string kind)
    {
        // Each kind in a term of its own: the theory's cases share the cluster.
        var year = kind == "activity" ? 2047 : 2049;
        var (school, cluster, activity) = await ActivityAsync($"{year}-04-14T09:00:00Z");
        var about = kind == "activity" ? activity : "term";
        var (term, end) = ($"{year}-04-01", $"{year}-08-31");
        var url = $"/clusters/{cluster}/reflections?term={term}";

        var response = await HtmlForms.SubmitAsync(school, url, "reflect", Fields(about, "  Built robots  ", "Pairs\r\nwork better", "", "Borrow kits"));
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther, $"The post answered {(int)response.StatusCode}");
        var location = response.Headers.Location!;
        Assert.Equal($"/clusters/{cluster}/reflections?term={term}&saved=true", location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString);
        var stored = Assert.Single(await ReflectionsAsync(school, cluster, term, end));
        Assert.Equal(("Built robots", "Pairs\nwork better", "", "Borrow kits"), (stored.GetProperty("did").GetString(),
            stored.GetProperty("learned").GetString()!.Replace("\r\n", "\n", StringComparison.Ordinal), stored.GetProperty("hard").GetString(), stored.GetProperty("next").GetString()));
        if (kind == "activity")
        {
            Assert.Equal(activity, stored.GetProperty("activityId").GetString());
        }
        else
        {
            Assert.Equal((term, end), (stored.GetProperty("termStart").GetString(), stored.GetProperty("termEnd").GetString()));
        }

        // The edit link fills the form with what was written; saving again changes the one reflection.
        var edit = await school.GetStringAsync($"/clusters/{cluster}/reflections?term={term}&about={about}&school={Talaide}");
        Assert.Equal("Built robots", TextArea(edit, "Input.Did"));
        var again = await HtmlForms.SubmitAsync(school, $"/clusters/{cluster}/reflections?term={term}&about={about}&school={Talaide}", "reflect", Fields(about, "Built more robots", "", "", ""));
        Assert.True(again.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther);
        var replaced = Assert.Single(await ReflectionsAsync(school, cluster, term, end));
        Assert.Equal(stored.GetProperty("id").GetString(), replaced.GetProperty("id").GetString());
        Assert.Equal(("Built more robots", ""), (replaced.GetProperty("did").GetString(), replaced.GetProperty("next").GetString()));
        Assert.Contains("Built more robots", await school.GetStringAsync($"/clusters/{cluster}/reflections?term={term}&saved=true"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mentor_s_comment_on_the_page_is_kept_within_its_limit()
    {
        var (school, cluster, activity) = await ActivityAsync("2048-10-02T09:00:00Z");
        var written = await (await school.PutAsJsonAsync($"/api/v1/clusters/{cluster}/activities/{activity}/reflections/{Talaide}", new { did = "Built robots" })).JsonAsync();
        var id = written.GetProperty("id").GetString();
        var mentor = await app.SignedInAsync("mentor-school@demo.example");
        var url = $"/clusters/{cluster}/reflections?term=2048-09-01";

        var refused = await HtmlForms.PostFormAsync(mentor, url, "comment", new() { ["CommentInput.ReflectionId"] = id!, [$"comment-{id}"] = new string('c', 4001) });
        Assert.Contains("This text may have at most 4000 characters.", refused, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, (await ReflectionsAsync(mentor, cluster, "2048-09-01", "2048-12-31")).Single().GetProperty("mentorComment").ValueKind);

        var saved = await HtmlForms.SubmitAsync(mentor, url, "comment", new() { ["CommentInput.ReflectionId"] = id!, [$"comment-{id}"] = "  Ask the municipality  " });
        Assert.True(saved.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther);
        Assert.Equal("Ask the municipality", (await ReflectionsAsync(mentor, cluster, "2048-09-01", "2048-12-31")).Single().GetProperty("mentorComment").GetString());
    }
}
