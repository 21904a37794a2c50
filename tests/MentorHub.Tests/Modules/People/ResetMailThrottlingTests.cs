using System.Net;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Modules.People;

/// <summary>
/// The forgot-password form cannot flood a mailbox or be used without limit: beyond three requests for
/// one e-mail within 15 minutes no more reset mail goes out (the page answers the same), and a client
/// past its budget of attempts gets 429 with Retry-After. In tests the client's address is X-Forwarded-For.
/// </summary>
[Trait("Category", Category.Integration)]
public sealed class ResetMailThrottlingTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Many_reset_requests_for_one_account_send_three_mails_and_answer_the_same()
    {
        var pages = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            // From different addresses: the limit is the mailbox's, not only the sender's.
            var client = app.AnonymousFrom($"10.60.0.{i + 1}");
            pages.Add(await HtmlForms.PostFormAsync(client, "/account/forgot-password", "forgot", new() { ["Input.Email"] = "mentor-school@demo.example" }));
        }

        Assert.Equal(3, app.Mail.BodiesTo("mentor-school@demo.example").Count(b => b.Contains("/account/reset-password", StringComparison.Ordinal)));
        Assert.All(pages, p => Assert.Contains("role=\"status\"", p));
    }

    [Fact]
    public async Task A_client_past_its_budget_gets_429_with_retry_after_and_no_mail()
    {
        var client = app.AnonymousFrom("10.61.0.1");
        for (var i = 0; i < 50; i++)
        {
            await HtmlForms.PostFormAsync(client, "/account/forgot-password", "forgot", new() { ["Input.Email"] = $"nobody.{i}@example.org" });
        }

        var refused = await HtmlForms.SubmitAsync(client, "/account/forgot-password", "forgot", new() { ["Input.Email"] = "hub@demo.example" });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        Assert.Contains("Too many requests from your connection", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Empty(app.Mail.BodiesTo("hub@demo.example"));
    }

}
