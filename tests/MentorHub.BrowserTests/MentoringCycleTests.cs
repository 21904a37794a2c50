using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using MentorHub.Web.Modules.Programs;
using Microsoft.Playwright;

namespace MentorHub.BrowserTests;

/// <summary>
/// One cycle of the school mentoring model in the demo programme, as the mentor school and Talaíde
/// (a mentee school) walk it: the anchoring agreement, a plan from the school's report, a recommended
/// method, two activities (one logged from a phone), reflections, and the term's diary as a DOCX.
/// </summary>
public sealed class MentoringCycleTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static readonly string Talaide = ProgramsDemo.LisbonMentees[0];

    [Fact]
    public async Task A_cluster_walks_one_cycle_from_the_agreement_to_the_diary()
    {
        var mentee = await app.NewPageAsync();
        await app.SignInAsync(mentee, "mentee-school@demo.example");
        var programmeId = (await JsonAsync(mentee, "/api/v1/programmes")).EnumerateArray().First().GetProperty("id").GetString();
        var clusterId = (await JsonAsync(mentee, $"/api/v1/programmes/{programmeId}/participants")).EnumerateArray()
            .Single(p => p.GetProperty("schoolId").GetString() == Talaide).GetProperty("clusterId").GetString();
        var journey = await JsonAsync(mentee, $"/api/v1/clusters/{clusterId}/journey");
        var mentorSchool = journey.GetProperty("mentorSchoolId").GetString();

        // The journey: where the cluster stands, what each phase has to show.
        await mentee.GotoAsync($"/clusters/{clusterId}");
        await mentee.Locator($"a[href='/clusters/{clusterId}/journey']").First.ClickAsync();
        await Assertions.Expect(mentee.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Journey");
        await BrowserFixture.ScreenshotAsync(mentee, "cycle-01-journey");
        await BrowserFixture.AssertAccessibleAsync(mentee);

        // Agreement: the mentor school writes a new version, both schools confirm it.
        var mentor = await app.NewPageAsync();
        await app.SignInAsync(mentor, "mentor-school@demo.example");
        await mentor.GotoAsync($"/clusters/{clusterId}/agreement");
        await mentor.GetByLabel("Meeting rhythm").FillAsync("Online on the first Tuesday of each month at 17:00 <b>and</b> a visit every term");
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Save a new version" }).ClickAsync();
        await Assertions.Expect(mentor.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved as version 2");
        await Assertions.Expect(mentor.GetByText("a visit every term").First).ToBeVisibleAsync();
        await mentor.Locator($"button[name='ConfirmInput.SchoolId'][value='{mentorSchool}']").ClickAsync();
        await Assertions.Expect(mentor.GetByRole(AriaRole.Status)).ToContainTextAsync("confirmed version 2");
        await mentee.GotoAsync($"/clusters/{clusterId}/agreement");
        await mentee.Locator($"button[name='ConfirmInput.SchoolId'][value='{Talaide}']").ClickAsync();
        await Assertions.Expect(mentee.GetByRole(AriaRole.Status)).ToContainTextAsync("confirmed version 2");
        await BrowserFixture.ScreenshotAsync(mentee, "cycle-02-agreement");
        await BrowserFixture.AssertAccessibleAsync(mentee);

        // A plan made from the school's report: the goals come pre-filled with the weakest areas.
        await mentee.GotoAsync($"/schools/{Talaide}/plans/new?programmeId={programmeId}");
        await Assertions.Expect(mentee.GetByRole(AriaRole.Heading, new() { Name = "From the school's self-assessment" })).ToBeVisibleAsync();
        var firstGoal = mentee.Locator("input[name$='.title']").First;
        await Assertions.Expect(firstGoal).Not.ToHaveValueAsync("");
        await BrowserFixture.ScreenshotAsync(mentee, "cycle-03-new-plan");
        await BrowserFixture.AssertAccessibleAsync(mentee);
        // Creating it without actions says what is missing, next to each field, and keeps the goals.
        await mentee.GetByRole(AriaRole.Button, new() { Name = "Create plan" }).First.ClickAsync();
        await Assertions.Expect(mentee.Locator("#plan-errors")).ToContainTextAsync("Goal 1, action 1");
        var goalTitle = await firstGoal.InputValueAsync();
        Assert.False(string.IsNullOrEmpty(goalTitle));
        var today = DateTime.UtcNow.Date;
        var actions = mentee.Locator("fieldset.plan-action");
        for (var i = 0; i < await actions.CountAsync(); i++)
        {
            var action = actions.Nth(i);
            await action.GetByLabel("Action", new() { Exact = true }).FillAsync($"Workshop for every teacher, part {i + 1}");
            await action.GetByLabel("Owner", new() { Exact = true }).FillAsync("Development team");
            await action.GetByLabel("Starts on").FillAsync(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await action.GetByLabel("Due on").FillAsync(today.AddDays(60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        await mentee.GetByRole(AriaRole.Button, new() { Name = "Create plan" }).First.ClickAsync();
        await Assertions.Expect(mentee.GetByRole(AriaRole.Heading, new() { Name = goalTitle })).ToBeVisibleAsync();
        Assert.DoesNotContain("/new", mentee.Url, StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(mentee, "cycle-04-plan");
        await BrowserFixture.AssertAccessibleAsync(mentee);

        // A recommended method, chosen for an activity of the cluster.
        await mentee.GotoAsync($"/schools/{Talaide}/recommendations?programmeId={programmeId}");
        var recommended = mentee.Locator("ol.recommendations > li").First;
        var methodName = (await recommended.Locator("h3").InnerTextAsync()).Trim();
        await BrowserFixture.ScreenshotAsync(mentee, "cycle-05-recommendations");
        await BrowserFixture.AssertAccessibleAsync(mentee);
        await recommended.GetByRole(AriaRole.Link, new() { Name = "Log an activity with this method" }).ClickAsync();
        await Assertions.Expect(mentee.Locator("#act-methodId option:checked")).ToHaveTextAsync(methodName);
        await mentee.GetByLabel("Title", new() { Exact = true }).FillAsync("Digital pedagogy workshop with <script>alert(1)</script> in the title");
        await mentee.GetByLabel("Format").SelectOptionAsync(new SelectOptionValue { Label = "Workshop" });
        // The details open by themselves when a method comes chosen: the method is in them.
        await mentee.GetByLabel("Topic").FillAsync("What digital technology changes in our lessons");
        await mentee.GetByLabel("Teachers from Escola Básica de Talaíde").FillAsync("12");
        await mentee.GetByRole(AriaRole.Button, new() { Name = "Log the activity" }).ClickAsync();
        await Assertions.Expect(mentee.GetByRole(AriaRole.Status)).ToContainTextAsync("The activity is logged.");
        await Assertions.Expect(mentee.GetByRole(AriaRole.Link, new() { Name = "Digital pedagogy workshop with <script>alert(1)</script> in the title" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(mentee, "cycle-06-activities");
        await BrowserFixture.AssertAccessibleAsync(mentee);

        // The second activity from a phone: only the title needs typing, the rest has sensible defaults.
        var phone = await app.NewPageAsync(390, 844);
        await app.SignInAsync(phone, "mentee-school@demo.example");
        await phone.GotoAsync($"/clusters/{clusterId}/activities");
        await phone.GetByLabel("Title", new() { Exact = true }).FillAsync("Teachmeet on formative assessment");
        await phone.GetByLabel("Format").SelectOptionAsync(new SelectOptionValue { Label = "Teachmeet" });
        await phone.GetByRole(AriaRole.Button, new() { Name = "Log the activity" }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Status)).ToContainTextAsync("The activity is logged.");
        await BrowserFixture.ScreenshotAsync(phone, "cycle-07-phone-activities");
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"),
            "the activities page scrolls sideways on a phone: " + await phone.EvaluateAsync<string>(
                "[...document.querySelectorAll('main *')].filter(e => e.checkVisibility() && e.getBoundingClientRect().right > window.innerWidth)"
                + ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')"));
        await BrowserFixture.AssertAccessibleAsync(phone);

        // Reflections: one on the activity, one on the term.
        await mentee.ReloadAsync();
        await mentee.GetByRole(AriaRole.Link, new() { Name = "Teachmeet on formative assessment" }).ClickAsync();
        await BrowserFixture.ScreenshotAsync(mentee, "cycle-08-activity");
        await BrowserFixture.AssertAccessibleAsync(mentee);
        await mentee.GetByRole(AriaRole.Link, new() { Name = "Reflections on this activity" }).ClickAsync();
        await mentee.GetByLabel("What we did").FillAsync("Six teachers showed one exit ticket each.");
        await mentee.GetByLabel("What we learned").FillAsync("Short examples travel fast between schools.");
        await mentee.GetByLabel("What was hard").FillAsync("Finding a time for everyone.");
        await mentee.GetByLabel("What we do next").FillAsync("Each department tries one exit ticket.");
        await mentee.GetByRole(AriaRole.Button, new() { Name = "Save the reflection" }).ClickAsync();
        await Assertions.Expect(mentee.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved.");
        await Assertions.Expect(mentee.Locator("dd", new() { HasText = "Six teachers showed one exit ticket each." })).ToBeVisibleAsync();
        await mentee.GetByLabel("About").SelectOptionAsync(new SelectOptionValue { Index = 0 });
        await mentee.GetByLabel("What we did").FillAsync("Two activities of our own this term, after the plan.");
        await mentee.GetByLabel("What we learned").FillAsync("A plan with few goals is one we keep.");
        await mentee.GetByRole(AriaRole.Button, new() { Name = "Save the reflection" }).ClickAsync();
        await Assertions.Expect(mentee.Locator("dd", new() { HasText = "Two activities of our own this term, after the plan." })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(mentee, "cycle-09-reflections");
        await BrowserFixture.AssertAccessibleAsync(mentee);

        // The term's diary: the page, and the DOCX that opens and holds the activities and reflections.
        await mentee.GetByRole(AriaRole.Link, new() { Name = "Diary" }).ClickAsync();
        await Assertions.Expect(mentee.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Cluster diary");
        await BrowserFixture.ScreenshotAsync(mentee, "cycle-10-diary");
        await BrowserFixture.AssertAccessibleAsync(mentee);
        var download = await mentee.RunAndWaitForDownloadAsync(() => mentee.GetByRole(AriaRole.Link, new() { Name = "Download as Word (.docx)" }).ClickAsync());
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, "cycle-diary.docx");
        await download.SaveAsAsync(path);
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        using (var document = WordprocessingDocument.Open(path, false))
        {
            var text = document.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("Digital pedagogy workshop with <script>alert(1)</script> in the title", text, StringComparison.Ordinal);
            Assert.Contains("Teachmeet on formative assessment", text, StringComparison.Ordinal);
            Assert.Contains("Six teachers showed one exit ticket each.", text, StringComparison.Ordinal);
            Assert.Contains("A plan with few goals is one we keep.", text, StringComparison.Ordinal);
        }

        // The journey now shows the new plan, activities and reflections as evidence of the cycle.
        await mentee.GotoAsync($"/clusters/{clusterId}/journey");
        await Assertions.Expect(mentee.GetByText("Teachmeet on formative assessment").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(mentee, "cycle-11-journey-after");
    }

    private static async Task<JsonElement> JsonAsync(IPage page, string url)
    {
        var response = await page.Context.APIRequest.GetAsync(url);
        Assert.True(response.Ok, $"{url}: {response.Status}");
        return JsonDocument.Parse(await response.BodyAsync()).RootElement.Clone();
    }
}
