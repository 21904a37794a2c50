using System.Net;
using System.Net.Http.Json;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Modules.People;

/// <summary>An invitation's link goes only to the invitee's mail; one for an existing account is that account's to accept.</summary>
[Trait("Category", Category.Integration)]
public sealed class InvitationLinkTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_inviter_gets_no_link_or_token_and_only_the_invitee_is_mailed_one()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var response = await coordinator.PostAsJsonAsync("/api/v1/invitations", new
        {
            email = "only.the.invitee@example.org", displayName = "Only The Invitee", role = "researcher", scopeType = "programme", scopeId = await ProgrammeIdAsync(coordinator),
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var link = app.Mail.LinkTo("only.the.invitee@example.org", "/account/invitation/");
        var token = link[(link.LastIndexOf('/') + 1)..];
        Assert.DoesNotContain(token, body, StringComparison.Ordinal);
        Assert.DoesNotContain("/account/invitation/", body, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Mail.BodiesTo("coordinator@demo.example"), b => b.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_invitation_for_an_existing_account_is_accepted_only_by_that_account_signed_in()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var school = await SchoolOfAsync(await app.SignedInAsync("teacher@demo.example"));
        (await coordinator.PostAsJsonAsync("/api/v1/invitations", new
        {
            email = "teacher@demo.example", displayName = "Teresa Professora", role = "school-leader", scopeType = "school", scopeId = school,
        })).EnsureSuccessStatusCode();
        // However the link leaked (a forwarded mail, a shared screen), it is no good to anyone but the account.
        var link = app.Mail.LinkTo("teacher@demo.example", "/account/invitation/");
        var token = link[(link.LastIndexOf('/') + 1)..];
        var accept = new { displayName = "Someone Else", password = "a-password-of-the-inviter" };

        var anonymous = app.Anonymous();
        await (await anonymous.PostAsJsonAsync($"/api/v1/invitations/{token}/accept", accept)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await coordinator.PostAsJsonAsync($"/api/v1/invitations/{token}/accept", accept)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/account/invitation/{token}"));
        Assert.Contains("Sign in as teacher@demo.example", page);
        Assert.DoesNotContain("Accept the invitation", page);
        Assert.DoesNotContain("school-leader", await (await coordinator.GetAsync("/api/v1/me")).Content.ReadAsStringAsync());

        var teacher = await app.SignedInAsync("teacher@demo.example");
        await (await teacher.PostAsJsonAsync($"/api/v1/invitations/{token}/accept", new { displayName = "Teresa Professora" })).JsonAsync();
        var me = await (await (await app.SignedInAsync("teacher@demo.example")).GetAsync("/api/v1/me")).JsonAsync();
        Assert.Contains(me.GetProperty("roles").EnumerateArray(), r => r.GetProperty("role").GetString() == "school-leader" && r.GetProperty("scopeId").GetString() == school);
    }

    private static async Task<string> ProgrammeIdAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/programmes")).JsonAsync())[0].GetProperty("id").GetString()!;

    private static async Task<string> SchoolOfAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("roles").EnumerateArray()
            .First(r => r.GetProperty("scopeType").GetString() == "school").GetProperty("scopeId").GetString()!;
}
