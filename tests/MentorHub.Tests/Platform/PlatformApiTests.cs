using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Platform;

[Trait("Category", Category.Integration)]
public sealed class PlatformApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Health_answers_200_when_the_database_answers()
    {
        var response = await app.Anonymous().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_document_is_3_1_and_lists_the_contract_routes()
    {
        var json = await (await app.Anonymous().GetAsync("/openapi/v1.json")).JsonAsync();
        Assert.StartsWith("3.1", json.GetProperty("openapi").GetString());
        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        string[] expected =
        [
            "/api/v1/auth/login", "/api/v1/programmes", "/api/v1/programmes/{id}", "/api/v1/schools/import",
            "/api/v1/schools", "/api/v1/programmes/{id}/participants",
        ];
        foreach (var path in expected)
        {
            Assert.Contains(path, paths);
        }
        Assert.DoesNotContain(paths, p => !p.StartsWith("/api/v1/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenApi_document_parses_and_validates_without_errors()
    {
        var json = await app.Anonymous().GetStringAsync("/openapi/v1.json");
        var (document, diagnostic) = Microsoft.OpenApi.OpenApiDocument.Parse(json, "json", new Microsoft.OpenApi.Reader.OpenApiReaderSettings());
        Assert.NotNull(document);
        Assert.Empty(diagnostic?.Errors ?? []);
        var problems = Microsoft.OpenApi.OpenApiElementExtensions.Validate(document, Microsoft.OpenApi.ValidationRuleSet.GetDefaultRuleSet());
        Assert.Empty(problems.Select(p => $"{p.Pointer}: {p.Message}"));
        // Every operation is named, so generated clients get readable method names.
        Assert.All(document.Paths.SelectMany(p => p.Value.Operations ?? []), o => Assert.False(string.IsNullOrEmpty(o.Value.OperationId)));
    }

    [Fact]
    public async Task Login_returns_a_bearer_token_that_opens_the_api()
    {
        var client = app.Anonymous();
        var login = await (await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "coordinator@demo.example", password = "mentorhub-demo" })).JsonAsync();
        Assert.Equal("Bearer", login.GetProperty("tokenType").GetString());
        Assert.True(login.GetProperty("expiresIn").GetInt64() > 0);
        Assert.False(string.IsNullOrEmpty(login.GetProperty("refreshToken").GetString()));

        client.DefaultRequestHeaders.Authorization = new("Bearer", login.GetProperty("accessToken").GetString());
        var me = await (await client.GetAsync("/api/v1/me")).JsonAsync();
        Assert.Equal("coordinator@demo.example", me.GetProperty("email").GetString());
        Assert.Contains(me.GetProperty("roles").EnumerateArray(), r => r.GetProperty("role").GetString() == "national-coordinator");
    }

    [Fact]
    public async Task Refresh_token_gives_a_new_access_token()
    {
        var client = app.Anonymous();
        var login = await (await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "hub@demo.example", password = "mentorhub-demo" })).JsonAsync();
        var refreshed = await (await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = login.GetProperty("refreshToken").GetString() })).JsonAsync();
        Assert.False(string.IsNullOrEmpty(refreshed.GetProperty("accessToken").GetString()));
        var bad = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "not-a-token" });
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
    }

    [Fact]
    public async Task Wrong_password_is_401_problem_and_five_failures_throttle_without_locking_the_account()
    {
        var client = app.AnonymousFrom("10.9.9.9");
        for (var i = 0; i < 5; i++)
        {
            var failed = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "policy@demo.example", password = "wrong-password" });
            await failed.AssertProblemAsync(HttpStatusCode.Unauthorized);
        }
        var throttled = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "policy@demo.example", password = "mentorhub-demo" });
        var problem = await throttled.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.DoesNotContain("locked", problem.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(throttled.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Api_without_credentials_is_401_not_a_redirect()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/programmes");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Pages_without_credentials_redirect_to_the_sign_in_page()
    {
        var response = await app.Anonymous().GetAsync("/programmes");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_page_has_labelled_email_and_password_fields()
    {
        var html = await app.Anonymous().GetStringAsync("/account/login");
        Assert.Contains("<label for=\"email\"", html);
        Assert.Contains("id=\"email\"", html);
        Assert.Contains("<label for=\"password\"", html);
        Assert.Contains("type=\"password\"", html);
    }

    [Fact]
    public async Task Pages_speak_portuguese_when_asked()
    {
        var html = await app.Anonymous().GetStringAsync("/account/login?lang=pt");
        Assert.Contains("Entrar no MentorHub", html);
        Assert.Contains("lang=\"pt\"", html);
    }

    [Fact]
    public async Task Unknown_api_route_is_404_problem()
    {
        var client = await app.SignedInAsync("coordinator@demo.example");
        var response = await client.GetAsync("/api/v1/does-not-exist");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Unknown_page_is_404_with_the_not_found_page()
    {
        var response = await app.Anonymous().GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Page not found</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Malformed_json_is_400_problem()
    {
        var client = await app.SignedInAsync("admin@demo.example");
        var response = await client.PostAsync("/api/v1/programmes", new StringContent("{\"name\": ", Encoding.UTF8, "application/json"));
        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Oversize_body_is_413_problem()
    {
        var client = await app.SignedInAsync("admin@demo.example");
        var huge = new string('x', 11 * 1024 * 1024);
        var response = await client.PostAsync("/api/v1/programmes", new StringContent(JsonSerializer.Serialize(new { name = huge }), Encoding.UTF8, "application/json"));
        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }
}
