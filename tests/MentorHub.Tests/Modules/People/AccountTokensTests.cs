using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Modules.People;

/// <summary>Refresh tokens work once; a password reset ends every token and cookie issued before it.</summary>
[Trait("Category", Category.Integration)]
public sealed class AccountTokensTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string FirstPassword = "a-first-long-password";

    [Fact]
    public async Task A_refresh_token_works_once_and_its_reuse_ends_the_whole_family()
    {
        var email = await NewAccountAsync();
        var first = await LoginAsync(email, FirstPassword);

        var second = await (await RefreshAsync(first.RefreshToken)).Content.ReadFromJsonAsync<AppFixture.TokenResponse>();
        Assert.NotNull(second);
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(second.AccessToken)).StatusCode);

        // A stolen copy of the first token used after its owner: refused, and the owner's newer one with it.
        await (await RefreshAsync(first.RefreshToken)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await RefreshAsync(second.RefreshToken)).AssertProblemAsync(HttpStatusCode.Unauthorized);

        // Signing in again starts a new family.
        var again = await LoginAsync(email, FirstPassword);
        Assert.Equal(HttpStatusCode.OK, (await RefreshAsync(again.RefreshToken)).StatusCode);
        await (await RefreshAsync("not-a-token")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_password_reset_ends_access_tokens_refresh_tokens_and_cookies_issued_before_it()
    {
        var email = await NewAccountAsync();
        var tokens = await LoginAsync(email, FirstPassword);
        var browser = app.Anonymous();
        var signedIn = await SignInThrottlingTests.PostSignInAsync(browser, email, FirstPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(tokens.AccessToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/me")).StatusCode);

        await HtmlForms.PostFormAsync(app.Anonymous(), "/account/forgot-password", "forgot", new() { ["Input.Email"] = email });
        var link = new Uri(app.Mail.LinkTo(email, "/account/reset-password"));
        var reset = await HtmlForms.PostFormAsync(app.Anonymous(), link.PathAndQuery, "reset", new()
        {
            ["Input.Email"] = email,
            ["Input.Code"] = Uri.UnescapeDataString(link.Query.Split("code=")[1].Split('&')[0]),
            ["Input.Password"] = "a-second-long-password",
        });
        Assert.Contains("Your password was changed.", reset);

        Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(tokens.AccessToken)).StatusCode);
        await (await RefreshAsync(tokens.RefreshToken)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/me")).StatusCode);
        var page = await browser.GetAsync("/people");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/login", page.Headers.Location?.OriginalString);

        var fresh = await LoginAsync(email, "a-second-long-password");
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(fresh.AccessToken)).StatusCode);
    }

    /// <summary>An account of its own per test (researcher of the demo programme), made through an invitation.</summary>
    private async Task<string> NewAccountAsync()
    {
        var email = $"tokens.{Guid.NewGuid():N}@example.org";
        var admin = await app.SignedInAsync("admin@demo.example");
        var programme = (await (await admin.GetAsync("/api/v1/programmes")).JsonAsync())[0].GetProperty("id").GetString();
        (await admin.PostAsJsonAsync("/api/v1/invitations", new { email, displayName = "Token Tester", role = "researcher", scopeType = "programme", scopeId = programme }))
            .EnsureSuccessStatusCode();
        var link = app.Mail.LinkTo(email, "/account/invitation/");
        var token = link[(link.LastIndexOf('/') + 1)..];
        (await app.Anonymous().PostAsJsonAsync($"/api/v1/invitations/{token}/accept", new { displayName = "Token Tester", password = FirstPassword }))
            .EnsureSuccessStatusCode();
        return email;
    }

    private async Task<AppFixture.TokenResponse> LoginAsync(string email, string password)
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<AppFixture.TokenResponse>())!;
    }

    private Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        app.Anonymous().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });

    private Task<HttpResponseMessage> MeAsync(string accessToken)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client.GetAsync("/api/v1/me");
    }
}
