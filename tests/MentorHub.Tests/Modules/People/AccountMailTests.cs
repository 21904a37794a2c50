using System.Net;
using System.Net.Http.Json;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Modules.People;

/// <summary>Mailed links come from configuration, never from the request; mail secrets never reach the log.</summary>
[Trait("Category", Category.Integration)]
public sealed class AccountMailTests(AppFixture app) : IClassFixture<AppFixture>
{
    /// <summary>The Testing environment's default public address (no PublicUrl is configured in tests).</summary>
    private const string PublicUrl = "http://localhost:5080/";

    [Fact]
    public async Task A_reset_asked_for_with_a_foreign_host_header_mails_a_link_to_the_public_address()
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Host = "evil.example";
        await HtmlForms.PostFormAsync(client, "/account/forgot-password", "forgot", new() { ["Input.Email"] = "researcher@demo.example" });

        var link = app.Mail.LinkTo("researcher@demo.example", "/account/reset-password");
        Assert.StartsWith(PublicUrl + "account/reset-password?", link, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", string.Join("\n", app.Mail.BodiesTo("researcher@demo.example")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_invitation_sent_with_a_foreign_host_header_links_to_the_public_address()
    {
        var admin = await app.SignedInAsync("admin@demo.example");
        admin.DefaultRequestHeaders.Host = "evil.example";
        var programme = await ProgrammeIdAsync(admin);
        (await admin.PostAsJsonAsync("/api/v1/invitations", new
        {
            email = "host.check@example.org", displayName = "Host Check", role = "researcher", scopeType = "programme", scopeId = programme,
        })).EnsureSuccessStatusCode();

        var link = app.Mail.LinkTo("host.check@example.org", "/account/invitation/");
        Assert.StartsWith(PublicUrl + "account/invitation/", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_smtp_the_log_says_a_mail_was_written_but_never_holds_its_code_or_link()
    {
        await HtmlForms.PostFormAsync(app.Anonymous(), "/account/forgot-password", "forgot", new() { ["Input.Email"] = "policy@demo.example" });
        var admin = await app.SignedInAsync("admin@demo.example");
        (await admin.PostAsJsonAsync("/api/v1/invitations", new
        {
            email = "log.check@example.org", displayName = "Log Check", role = "researcher", scopeType = "programme", scopeId = await ProgrammeIdAsync(admin),
        })).EnsureSuccessStatusCode();

        var reset = app.Mail.LinkTo("policy@demo.example", "/account/reset-password");
        var invitation = app.Mail.LinkTo("log.check@example.org", "/account/invitation/");
        var code = reset[(reset.IndexOf("code=", StringComparison.Ordinal) + 5)..];
        var token = invitation[(invitation.LastIndexOf('/') + 1)..];
        var log = string.Join("\n", app.Logs.Messages);
        Assert.Contains("was written to the pickup folder", log);
        Assert.Contains(app.MailFolder, log);
        Assert.DoesNotContain(code, log);
        Assert.DoesNotContain(token, log);
        Assert.DoesNotContain("/account/reset-password", log);
        Assert.DoesNotContain("/account/invitation/", log);
    }

    [Fact]
    public async Task Sign_out_without_an_antiforgery_token_is_a_400_and_with_one_signs_out()
    {
        var client = app.Anonymous();
        var forged = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>()));
        await forged.AssertProblemAsync(HttpStatusCode.BadRequest);

        var page = await (await client.GetAsync("/account/login")).Content.ReadAsStringAsync();
        var real = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [HtmlForms.AntiforgeryField] = HtmlForms.AntiforgeryToken(page),
        }));
        Assert.Equal(HttpStatusCode.Redirect, real.StatusCode);
        Assert.Equal("/account/login?signedOut=1", real.Headers.Location?.OriginalString);
    }

    private static async Task<string> ProgrammeIdAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/programmes")).JsonAsync())[0].GetProperty("id").GetString()!;
}
