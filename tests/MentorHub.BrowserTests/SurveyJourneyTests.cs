using System.Text.Json;
using Microsoft.Playwright;

namespace MentorHub.BrowserTests;

/// <summary>A respondent answers on a phone with the keyboard only; a school leader reads the report; axe scans both.</summary>
public sealed class SurveyJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private async Task<(IPage Page, string RoundId, string TeachersCode)> SignedInSchoolAsync(int width = 1280, int height = 900)
    {
        var page = await app.NewPageAsync(width, height);
        await app.SignInAsync(page, "mentee-school@demo.example");
        var json = await page.EvaluateAsync<JsonElement>("async () => (await fetch('/api/v1/schools/PT-277629/rounds')).json()");
        var open = json.EnumerateArray().First(r => r.GetProperty("status").GetString() == "open" && r.GetProperty("instrumentId").GetString() == "selfassessment-default.v1");
        var code = open.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("group").GetString() == "teachers").GetProperty("code").GetString()!;
        return (page, open.GetProperty("id").GetString()!, code);
    }

    private static async Task AssertNoSeriousViolationsAsync(IPage page, string name)
    {
        await BrowserFixture.ScreenshotAsync(page, $"selfassessment-{name}");
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task A_teacher_answers_the_survey_on_a_phone_with_the_keyboard_only()
    {
        var (school, _, code) = await SignedInSchoolAsync();
        await school.Context.CloseAsync();
        var context = await app.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/s/{code}?lang=pt");
        await AssertNoSeriousViolationsAsync(page, "survey-phone");

        var parts = int.Parse(await page.Locator("progress").GetAttributeAsync("max") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(parts > 1);
        for (var part = 1; part <= parts; part++)
        {
            await page.WaitForSelectorAsync($"text=Parte {part} de {parts}");
            var groups = await page.Locator("fieldset.survey-item").CountAsync();
            // Keyboard only: focus the first radio of each statement with Tab, pick a value with the arrow keys.
            await page.Locator("fieldset.survey-item input[type=radio]").First.FocusAsync();
            for (var g = 0; g < groups; g++)
            {
                if (g > 0)
                {
                    await page.Keyboard.PressAsync("Tab");
                }
                await page.Keyboard.PressAsync("ArrowRight");
                await page.Keyboard.PressAsync("ArrowRight");
                await page.Keyboard.PressAsync("ArrowRight");
            }
            var checkedCount = await page.Locator("fieldset.survey-item input[type=radio]:checked").CountAsync();
            Assert.Equal(groups, checkedCount);
            await page.Keyboard.PressAsync("Tab");
            if (part > 1)
            {
                await page.Keyboard.PressAsync("Tab"); // past "Anterior"
            }
            await page.Keyboard.PressAsync("Enter");
        }
        await page.WaitForURLAsync(u => u.Contains("/thanks", StringComparison.Ordinal));
        Assert.Contains("Obrigado", await page.InnerTextAsync("h1"));
        await AssertNoSeriousViolationsAsync(page, "survey-thanks");
    }

    [Fact]
    public async Task A_school_leader_reads_the_report_with_charts_and_tables()
    {
        var (page, _, _) = await SignedInSchoolAsync();
        // Results show once a round is closed: the school reads its latest closed round.
        var json = await page.EvaluateAsync<JsonElement>("async () => (await fetch('/api/v1/schools/PT-277629/rounds')).json()");
        var roundId = json.EnumerateArray().First(r => r.GetProperty("status").GetString() == "closed" && r.GetProperty("instrumentId").GetString() == "selfassessment-default.v1").GetProperty("id").GetString();
        await page.GotoAsync($"{app.BaseUrl}/rounds/{roundId}/report");
        Assert.Contains("School self-assessment report", await page.InnerTextAsync("h1"));
        Assert.True(await page.Locator("table").CountAsync() >= 3);
        await page.WaitForFunctionAsync("() => typeof Chart === 'undefined' || document.getElementById('report-bars').width > 0");
        await AssertNoSeriousViolationsAsync(page, "report");
        await page.GotoAsync($"{app.BaseUrl}/schools/PT-277629/rounds");
        await AssertNoSeriousViolationsAsync(page, "rounds");
    }
}
