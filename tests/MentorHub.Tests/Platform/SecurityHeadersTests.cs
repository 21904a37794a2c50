using System.Net;
using System.Text.RegularExpressions;
using MentorHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MentorHub.Tests.Platform;

/// <summary>
/// Every response, whatever answers it (a page, the API, a static file, an error page, a problem),
/// carries the security headers; pages hold no inline script, so the policy can forbid it.
/// </summary>
[Trait("Category", Category.Integration)]
public sealed partial class SecurityHeadersTests(AppFixture app) : IClassFixture<AppFixture>
{
    public static TheoryData<string> Paths() =>
    [
        "/", "/account/login", "/api/v1/programmes", "/api/v1/no-such-route", "/no-such-page", "/app.css",
        "/openapi/v1.json", "/health", "/s/no-such-link", "/language/pt?returnUrl=/account/login",
    ];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var response = await app.Anonymous().GetAsync(path);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var directives = csp.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d);
        Assert.Equal("script-src 'self'", directives["script-src"]);
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.Equal("object-src 'none'", directives["object-src"]);
        Assert.Equal("base-uri 'self'", directives["base-uri"]);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        // Over plain HTTP a browser ignores HSTS; it is sent on HTTPS only.
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Https_responses_carry_hsts_outside_development()
    {
        var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://mentorhub.example/"), AllowAutoRedirect = false });
        var response = await client.GetAsync("/account/login");
        var hsts = Assert.Single(response.Headers.GetValues("Strict-Transport-Security"));
        Assert.Contains("max-age=31536000", hsts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_hold_no_inline_script_and_no_event_handler_attributes()
    {
        var client = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = (await (await client.GetAsync("/api/v1/programmes")).JsonAsync()).EnumerateArray()
            .First(p => p.GetProperty("country").GetString() == "PT").GetProperty("id").GetString();
        string[] pages =
        [
            "/account/login", $"/programmes/{programmeId}/clusters", $"/programmes/{programmeId}/cluster-proposals",
            "/schools/PT-277629", "/s/no-such-link", "/s/no-such-link/thanks",
        ];
        // Pages are server-rendered for the cookie; a bearer client sees the same markup where allowed.
        foreach (var path in pages)
        {
            var html = await (await client.GetAsync(path)).Content.ReadAsStringAsync();
            foreach (Match script in ScriptTag().Matches(html))
            {
                var attributes = script.Groups["attributes"].Value;
                Assert.True(attributes.Contains("src=", StringComparison.Ordinal) || attributes.Contains("type=\"application/json\"", StringComparison.Ordinal),
                    $"{path} holds an inline script: {script.Value[..Math.Min(200, script.Value.Length)]}");
            }
            Assert.DoesNotMatch(EventHandlerAttribute(), html);
        }
    }

    [GeneratedRegex("<script(?<attributes>[^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex("<[a-z][^>]*\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();
}
