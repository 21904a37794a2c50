using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Platform.Demo;

namespace MentorHub.Tests.Modules.People;

/// <summary>
/// Failed sign-ins slow down the address they come from, not the account: 5 failures for one e-mail
/// from one address, or 50 from one address, within 15 minutes answer 429 with Retry-After, the same
/// whether or not the account exists, while its owner signs in from elsewhere. In tests the client's
/// address is X-Forwarded-For (the test server has no address of its own).
/// </summary>
[Trait("Category", Category.Integration)]
public sealed class SignInThrottlingTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Five_failures_slow_that_address_for_that_e_mail_only_and_say_nothing_about_the_account()
    {
        var attacker = app.AnonymousFrom("10.1.1.1");
        var answers = new Dictionary<string, (HttpResponseMessage Response, string Body)>();
        foreach (var email in new[] { "researcher@demo.example", "nobody.here@example.org" })
        {
            for (var i = 0; i < 5; i++)
            {
                await (await LoginAsync(attacker, email, "not-the-password")).AssertProblemAsync(HttpStatusCode.Unauthorized);
            }
            // Even the right password is not tried any more from this address.
            var throttled = await LoginAsync(attacker, email, DemoAccounts.Password);
            answers[email] = (throttled, await throttled.Content.ReadAsStringAsync());
        }
        foreach (var (response, _) in answers.Values)
        {
            await response.AssertProblemAsync(HttpStatusCode.TooManyRequests);
            var retryAfter = response.Headers.RetryAfter?.Delta;
            Assert.True(retryAfter > TimeSpan.Zero && retryAfter <= TimeSpan.FromMinutes(15), $"Retry-After: {response.Headers.RetryAfter}");
        }
        Assert.Equal(WithoutTrace(answers["nobody.here@example.org"].Body), WithoutTrace(answers["researcher@demo.example"].Body));

        // The owner, from another address, is not locked out; another account from the first address neither.
        (await LoginAsync(app.AnonymousFrom("10.2.2.2"), "researcher@demo.example", DemoAccounts.Password)).EnsureSuccessStatusCode();
        (await LoginAsync(attacker, "policy@demo.example", DemoAccounts.Password)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Fifty_failures_from_one_address_slow_every_e_mail_from_it()
    {
        var attacker = app.AnonymousFrom("10.3.3.3");
        for (var i = 0; i < 50; i++)
        {
            await (await LoginAsync(attacker, $"guess.{i}@example.org", "not-the-password")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        }
        var throttled = await LoginAsync(attacker, "coordinator@demo.example", DemoAccounts.Password);
        await throttled.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(throttled.Headers.RetryAfter?.Delta);

        (await LoginAsync(app.AnonymousFrom("10.4.4.4"), "coordinator@demo.example", DemoAccounts.Password)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task The_sign_in_page_is_slowed_the_same_way_and_its_owner_still_signs_in_elsewhere()
    {
        var attacker = app.AnonymousFrom("10.5.5.5");
        for (var i = 0; i < 5; i++)
        {
            var failed = await PostSignInAsync(attacker, "mentor-school@demo.example", "not-the-password");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            Assert.Contains("The e-mail or password is wrong.", await failed.Content.ReadAsStringAsync());
        }
        var throttled = await PostSignInAsync(attacker, "mentor-school@demo.example", DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.NotNull(throttled.Headers.RetryAfter?.Delta);
        var html = WebUtility.HtmlDecode(await throttled.Content.ReadAsStringAsync());
        Assert.Contains("Too many failed sign-ins from your connection", html);
        Assert.DoesNotContain("locked", html, StringComparison.OrdinalIgnoreCase);

        var owner = await PostSignInAsync(app.AnonymousFrom("10.6.6.6"), "mentor-school@demo.example", DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
    }


    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });

    internal static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password)
    {
        var page = await (await client.GetAsync("/account/login")).Content.ReadAsStringAsync();
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            [HtmlForms.AntiforgeryField] = HtmlForms.AntiforgeryToken(page),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    private static string WithoutTrace(string problem)
    {
        var json = JsonDocument.Parse(problem).RootElement;
        return string.Join("|", json.EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value}"));
    }
}
