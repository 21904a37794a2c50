using System.Net;
using System.Net.Http.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Tests.Modules.Clusters;

namespace MentorHub.Tests.Modules.Toolbox;

[Trait("Category", Category.Integration)]
public sealed class ToolboxPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Talaide = "PT-277629";

    [Fact]
    public async Task The_toolbox_page_filters_by_level_and_area_and_says_when_nothing_matches()
    {
        var teacher = await app.SignedInAsync("teacher@demo.example");
        var all = await (await teacher.GetAsync("/methods?lang=en")).Content.ReadAsStringAsync();
        Assert.Contains("Future School", all);
        Assert.Contains("Teachmeet", all);
        Assert.Contains("href=\"/methods/tisl\"", all);

        var teams = await (await teacher.GetAsync("/methods?level=teacher&areaId=infrastructure&lang=en")).Content.ReadAsStringAsync();
        Assert.Contains("No method matches this filter.", teams);
        var pt = await (await teacher.GetAsync("/methods?lang=pt")).Content.ReadAsStringAsync();
        Assert.Contains("Escola do Futuro", pt);

        var tisl = await (await teacher.GetAsync("/methods/tisl?lang=en")).Content.ReadAsStringAsync();
        Assert.Contains("<h1>TISL: Teacher Inquiry into Student Learning</h1>", tisl);
        Assert.Contains("<ol>", tisl);
        Assert.Contains("Page not found", await (await teacher.GetAsync("/methods/no-such-method")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_coordinator_adds_a_method_with_the_form_which_keeps_what_was_typed_and_shows_it_escaped()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programme = await ClusterTestData.DemoProgrammeIdAsync(coordinator);
        var url = $"/programmes/{programme}/methods/new?lang=en";
        var fields = new Dictionary<string, string>
        {
            ["Input.Level"] = "team",
            ["Input.Duration"] = "45",
            ["Input.AreaIds"] = "pedagogy",
            ["Input.NameEn"] = "<b>Bold</b> & \"quoted\" method",
            ["Input.PurposeEn"] = "A purpose.",
            ["Input.StepsEn"] = "First\nSecond",
            ["Input.NamePt"] = "",
        };
        var refused = await HtmlForms.PostFormAsync(coordinator, url, "method", new(fields));
        Assert.Contains("Give the method a name in this language (pt).", refused);
        Assert.Contains("href=\"#name-pt\"", refused);
        Assert.Contains("aria-invalid=\"true\"", refused);
        Assert.Contains("value=\"&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;quoted&quot; method\"", refused);

        fields["Input.NamePt"] = "Método <i>itálico</i>";
        var saved = await HtmlForms.SubmitAsync(coordinator, url, "method", fields);
        Assert.True(saved.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found, $"{(int)saved.StatusCode}");
        var location = Local(saved.Headers.Location!);
        Assert.StartsWith("/methods/", location);
        var page = await (await coordinator.GetAsync(location + "&lang=en")).Content.ReadAsStringAsync();
        Assert.Contains("&lt;b&gt;Bold&lt;/b&gt; &amp;", page);
        Assert.DoesNotContain("<b>Bold</b>", page);
        Assert.Contains("<li>Second</li>", page);
        Assert.Contains("Method saved.", page);

        // The teacher sees the method but may not edit it.
        var teacher = await app.SignedInAsync("teacher@demo.example");
        var id = location.Split('/', '?')[2];
        Assert.Contains("You are not allowed to see this page.", await (await teacher.GetAsync($"/methods/{id}/edit?lang=en")).Content.ReadAsStringAsync());
        Assert.Contains("&lt;i&gt;it", await (await teacher.GetAsync($"/methods/{id}?lang=pt")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_recommendations_page_lists_methods_for_the_school_with_reasons_linking_to_each()
    {
        var school = await app.SignedInAsync("mentee-school@demo.example");
        var programme = await ClusterTestData.DemoProgrammeIdAsync(school);
        var page = await (await school.GetAsync($"/schools/{Talaide}/recommendations?programmeId={programme}&lang=en")).Content.ReadAsStringAsync();
        Assert.Contains("Recommended for this school", page);
        Assert.Contains("is one of this school&#x27;s weakest areas", page);
        Assert.Contains("<a href=\"/methods/", page);

        var choose = await (await school.GetAsync($"/schools/{Talaide}/recommendations?lang=en")).Content.ReadAsStringAsync();
        Assert.Contains($"/schools/{Talaide}/recommendations?programmeId={programme}", choose);
        var teacher = await app.SignedInAsync("teacher@demo.example");
        Assert.Contains("You are not allowed to see this page.", await (await teacher.GetAsync($"/schools/{Talaide}/recommendations?programmeId={programme}&lang=en")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_teacher_starts_an_inquiry_on_the_page_and_a_stale_save_shows_the_newer_version()
    {
        var teacher = await app.SignedInAsync("teacher@demo.example");
        var programme = await ClusterTestData.DemoProgrammeIdAsync(teacher);
        var list = $"/schools/{Talaide}/inquiries?lang=en";
        var empty = await HtmlForms.PostFormAsync(teacher, list, "start-inquiry", new() { ["Input.ProgrammeId"] = programme, ["Input.Title"] = "", ["Input.Question"] = "kept <u>text</u>" });
        Assert.Contains("This field is required.", empty);
        Assert.Contains("kept &lt;u&gt;text&lt;/u&gt;</textarea>", empty);

        var started = await HtmlForms.SubmitAsync(teacher, list, "start-inquiry", new()
        {
            ["Input.ProgrammeId"] = programme,
            ["Input.Title"] = "<script>alert(1)</script> quizzes",
            ["Input.Question"] = "Do quizzes help?",
            ["Input.MethodId"] = "tisl",
            ["Input.Status"] = "draft",
        });
        var location = Local(started.Headers.Location!);
        Assert.StartsWith("/inquiries/", location);
        var page = await (await teacher.GetAsync(location + "&lang=en")).Content.ReadAsStringAsync();
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; quizzes", page);
        Assert.DoesNotContain("<script>alert(1)</script>", page);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; quizzes", await (await teacher.GetAsync(list)).Content.ReadAsStringAsync());

        // Someone else (the school's coordinator) saves first; the teacher's save over the old version is refused.
        var id = location.Split('/', '?')[2];
        var school = await app.SignedInAsync("mentee-school@demo.example");
        var read = await school.GetAsync($"/api/v1/inquiries/{id}");
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/inquiries/{id}") { Content = JsonContent.Create(new { title = "Coordinator's title", question = "Do quizzes help?", status = "in-progress" }) };
        put.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
        (await school.SendAsync(put)).EnsureSuccessStatusCode();
        var stale = await HtmlForms.PostFormAsync(teacher, $"/inquiries/{id}?lang=en", "inquiry", new()
        {
            ["Input.Version"] = "1",
            ["Input.Title"] = "Teacher's title",
            ["Input.Question"] = "Do quizzes help?",
            ["Input.Status"] = "in-progress",
        });
        Assert.Contains("Someone saved this inquiry after you opened it.", stale);
        Assert.Contains("value=\"Coordinator&#x27;s title\"", stale);
        Assert.Contains("Teacher&#x27;s title", stale);
    }

    private static string Local(Uri location) => location.IsAbsoluteUri ? location.PathAndQuery : location.ToString();
}
