using System.Text;
using Microsoft.Playwright;

namespace MentorHub.BrowserTests;

/// <summary>An administrator imports schools into the registry; a national coordinator sets up the programme: create a hub, add schools.</summary>
public sealed class CoordinatorJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private const string Header = "id,name,country,region,municipality,level,pupils,latitude,longitude";

    [Fact]
    public async Task Administrator_imports_schools_then_the_coordinator_creates_a_hub_and_adds_them_to_the_programme()
    {
        var page = await app.NewPageAsync();

        await page.GotoAsync("/account/login");
        await BrowserFixture.ScreenshotAsync(page, "01-sign-in");
        await BrowserFixture.AssertAccessibleAsync(page);
        // The national school registry is the administrators' to import into.
        await app.SignInAsync(page, "admin@demo.example");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Welcome");
        await BrowserFixture.ScreenshotAsync(page, "02-home");
        await BrowserFixture.AssertAccessibleAsync(page);

        // A bad file first: nothing is stored and every problem is named by line and field.
        await page.GetByRole(AriaRole.Link, new() { Name = "Import schools" }).ClickAsync();
        await page.GetByLabel("Register file (CSV, UTF-8)").SetInputFilesAsync(new FilePayload
        {
            Name = "bad.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes($"{Header}\nBR-1,Escola Boa,PT,Lisboa,Sintra,primary,,38.8,-9.3\nBR-2,,PT,Lisboa,Sintra,kindergarten,,95,-9.3\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        var errors = page.Locator("#import-errors");
        await Assertions.Expect(errors).ToContainTextAsync("nothing was imported");
        await Assertions.Expect(errors).ToContainTextAsync("line 3: level");
        await Assertions.Expect(errors).ToContainTextAsync("line 3: latitude");
        await BrowserFixture.ScreenshotAsync(page, "03-import-errors");
        await BrowserFixture.AssertAccessibleAsync(page);

        // The corrected file imports.
        await page.GetByLabel("Register file (CSV, UTF-8)").SetInputFilesAsync(new FilePayload
        {
            Name = "good.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes($"{Header}\nBR-1,Escola Boa,PT,Lisboa,Sintra,primary,,38.8,-9.3\nBR-2,Escola Nova da Serra,PT,Lisboa,Sintra,primary,210,38.79,-9.38\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("2 new schools, 0 updated");
        await BrowserFixture.ScreenshotAsync(page, "04-import-done");

        await app.SignInAsync(page, "coordinator@demo.example");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Import schools" })).ToHaveCountAsync(0);

        // The programme: create a hub.
        await page.GetByRole(AriaRole.Link, new() { Name = "Programmes" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Escolas Mentoras 2026–2027" }).ClickAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Hub de Sintra");
        await page.GetByLabel("Region").FillAsync("Sintra");
        await page.GetByLabel("How clusters form").SelectOptionAsync(new SelectOptionValue { Label = "Bottom-up: schools organise themselves" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Create hub" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Hub de Sintra");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Hub de Sintra" })).ToBeVisibleAsync();

        // Add the two imported schools: one mentor, one mentee, in the new hub.
        await page.GetByLabel("Find a school in the registry").FillAsync("escola boa sintra");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).Last.ClickAsync();
        await page.GetByLabel("Hub", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Hub de Sintra" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add Escola Boa as mentor school" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Escola Boa now takes part");
        await page.GetByLabel("Find a school in the registry").FillAsync("nova da serra");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).Last.ClickAsync();
        await page.GetByLabel("Hub", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Hub de Sintra" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add Escola Nova da Serra as mentee school" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Escola Nova da Serra now takes part");

        var participants = page.Locator("#participants-table");
        await Assertions.Expect(participants).ToContainTextAsync("Escola Boa");
        await Assertions.Expect(participants).ToContainTextAsync("Escola Nova da Serra");

        // The application is accepted, then the school becomes active.
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept Escola Boa" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Escola Boa is now: Accepted");
        await page.GetByRole(AriaRole.Button, new() { Name = "Activate Escola Boa" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Escola Boa is now: Active");
        await BrowserFixture.ScreenshotAsync(page, "05-programme-with-new-schools");
        await BrowserFixture.AssertAccessibleAsync(page);

        // The hub page lists it with its stakeholders form.
        await page.GetByRole(AriaRole.Link, new() { Name = "Hub de Sintra" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hub de Sintra");
        await BrowserFixture.ScreenshotAsync(page, "06-hub");
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task School_pages_read_well_on_a_phone_and_in_portuguese()
    {
        var page = await app.NewPageAsync(390, 844);
        await app.SignInAsync(page, "mentee-school@demo.example");
        await page.GetByRole(AriaRole.Link, new() { Name = "Português" }).ClickAsync();
        await page.GotoAsync("/schools?q=setubal");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Escolas");
        await BrowserFixture.ScreenshotAsync(page, "07-schools-phone-pt");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.Locator("table a").First.ClickAsync();
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("Concelho");
        await BrowserFixture.ScreenshotAsync(page, "08-school-phone-pt");
        await BrowserFixture.AssertAccessibleAsync(page);
    }
}
