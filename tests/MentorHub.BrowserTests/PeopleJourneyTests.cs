using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MentorHub.BrowserTests;

/// <summary>A coordinator invites a person by link; the person accepts, later forgets the password and resets it.</summary>
public sealed partial class PeopleJourneyTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_invited_teacher_accepts_signs_in_and_resets_a_forgotten_password()
    {
        var coordinator = await app.NewPageAsync();
        await app.SignInAsync(coordinator, "coordinator@demo.example");
        await coordinator.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "People" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("People");
        await coordinator.GetByLabel("Name", new() { Exact = true }).FillAsync("Beatriz Santos");
        await coordinator.GetByLabel("E-mail", new() { Exact = true }).FillAsync("beatriz.santos@example.org");
        await coordinator.GetByLabel("Role").SelectOptionAsync(new SelectOptionValue { Label = "Teacher" });
        await coordinator.GetByLabel("Where").SelectOptionAsync(new SelectOptionValue { Label = "School: Escola Básica de Talaíde" });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        var status = coordinator.GetByRole(AriaRole.Status);
        await Assertions.Expect(status).ToContainTextAsync("An invitation was sent to beatriz.santos@example.org");
        await BrowserFixture.ScreenshotAsync(coordinator, "10-people-invited");
        await BrowserFixture.AssertAccessibleAsync(coordinator);
        // The link goes only to the invited person's mail; she opens it in another browser.
        var link = await ReadLinkAsync("beatriz.santos@example.org", "/account/invitation/");
        var teacher = await app.NewPageAsync(390, 844);
        await teacher.GotoAsync(new Uri(link).PathAndQuery);
        await Assertions.Expect(teacher.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Accept your invitation");
        await BrowserFixture.AssertAccessibleAsync(teacher);
        await teacher.GetByLabel("New password", new() { Exact = true }).FillAsync("a-long-first-password");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Accept the invitation" }).ClickAsync();
        await Assertions.Expect(teacher.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Welcome");
        await Assertions.Expect(teacher.Locator(".who")).ToHaveTextAsync("Beatriz Santos");
        await BrowserFixture.ScreenshotAsync(teacher, "11-invitation-accepted-phone");

        // She signs out, forgets the password and resets it through the mailed link.
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await teacher.GetByRole(AriaRole.Link, new() { Name = "Forgot your password?" }).ClickAsync();
        await teacher.GetByLabel("E-mail").FillAsync("beatriz.santos@example.org");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();
        await Assertions.Expect(teacher.GetByRole(AriaRole.Status)).ToContainTextAsync("a link to choose a new password is on its way");
        await BrowserFixture.AssertAccessibleAsync(teacher);

        var resetLink = await ReadLinkAsync("beatriz.santos@example.org", "/account/reset-password");
        await teacher.GotoAsync(new Uri(resetLink).PathAndQuery);
        await teacher.GetByLabel("New password", new() { Exact = true }).FillAsync("a-long-second-password");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Save the new password" }).ClickAsync();
        await Assertions.Expect(teacher.GetByRole(AriaRole.Status)).ToContainTextAsync("Your password was changed");
        await BrowserFixture.ScreenshotAsync(teacher, "12-password-reset-phone");

        await teacher.GotoAsync("/account/login");
        await teacher.GetByLabel("E-mail").FillAsync("beatriz.santos@example.org");
        await teacher.GetByLabel("Password").FillAsync("a-long-second-password");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(teacher.Locator(".who")).ToHaveTextAsync("Beatriz Santos");
    }

    [Fact]
    public async Task A_wrong_password_says_so_and_keeps_the_form_accessible()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail").FillAsync("researcher@demo.example");
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The e-mail or password is wrong.");
        await BrowserFixture.ScreenshotAsync(page, "13-sign-in-failed");
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    private async Task<string> ReadLinkAsync(string to, string path)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            foreach (var file in Directory.Exists(app.MailFolder) ? Directory.GetFiles(app.MailFolder, "*.eml") : [])
            {
                var text = await File.ReadAllTextAsync(file);
                if (!text.Contains(to, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                var decoded = DecodeBody(text);
                var match = LinkPattern().Match(decoded);
                if (match.Success && match.Value.Contains(path, StringComparison.Ordinal))
                {
                    return match.Value;
                }
            }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"No mail to {to} with a link to {path} in {app.MailFolder}");
    }

    /// <summary>The pickup folder holds whole messages; the body may be base64 or quoted-printable.</summary>
    private static string DecodeBody(string text)
    {
        var split = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", 2);
        if (split.Length < 2)
        {
            return text;
        }
        var (headers, body) = (split[0], split[1]);
        if (headers.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
        {
            return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c)))));
        }
        var joined = body.Replace("=\n", "", StringComparison.Ordinal);
        return QuotedByte().Replace(joined, m => ((char)Convert.ToByte(m.Value[1..], 16)).ToString());
    }

    [GeneratedRegex(@"https?://[^\s""<>]+")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("=[0-9A-F]{2}")]
    private static partial Regex QuotedByte();

}
