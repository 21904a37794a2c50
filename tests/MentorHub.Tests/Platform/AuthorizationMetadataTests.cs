using System.Net;
using MentorHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MentorHub.Tests.Platform;

/// <summary>
/// Default deny on the running application: every endpoint it maps (API routes, pages, static files,
/// health, OpenAPI) carries an authorization decision of its own, and whatever has none is refused
/// to anonymous callers by the fallback policy.
/// </summary>
[Trait("Category", Category.Integration)]
public sealed class AuthorizationMetadataTests(AppFixture app) : IClassFixture<AppFixture>
{
    internal static IReadOnlyList<RouteEndpoint> Endpoints(AppFixture app) =>
        app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

    /// <summary>
    /// Plumbing the framework maps itself, without conventions from the app: Blazor's redirect to
    /// addresses outside the app, and the development-time fallback for files added to wwwroot after
    /// the build. Both fall under the fallback policy (signed-in callers only).
    /// </summary>
    private static readonly string[] FrameworkPlumbing = ["Blazor Opaque Redirection", "Fallback {**path:file}"];

    private static bool Declares(Endpoint endpoint) =>
        FrameworkPlumbing.Contains(endpoint.DisplayName) ||
        endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
        || endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0
        || endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>().Count > 0;

    [Fact]
    public void Every_endpoint_declares_who_may_call_it()
    {
        var endpoints = Endpoints(app);
        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/api/v1/programmes");
        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/account/login");
        var undeclared = endpoints.Where(e => !Declares(e))
            .Select(e => $"{e.DisplayName} [{e.RoutePattern.RawText}]")
            .Distinct().ToList();
        Assert.True(undeclared.Count == 0, "Endpoints without authorization metadata: " + string.Join("; ", undeclared));
    }

    [Fact]
    public void Every_api_route_except_sign_in_and_survey_links_needs_a_signed_in_caller()
    {
        string[] anonymousApi = ["/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/invitations/{token}/accept", "/api/v1/surveys/{code}", "/api/v1/surveys/{code}/responses",
            // A calendar app holds only the feed's secret address (ADR 0015).
            "/api/v1/clusters/{id:guid}/calendar-feed.ics"];
        var unexpected = Endpoints(app)
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.RoutePattern.RawText!)
            .Where(route => !anonymousApi.Contains(route))
            .Distinct().ToList();
        Assert.Empty(unexpected);
    }

    [Fact]
    public async Task The_fallback_policy_requires_a_signed_in_person()
    {
        var policy = await app.Factory.Services.GetRequiredService<IAuthorizationPolicyProvider>().GetFallbackPolicyAsync();
        Assert.NotNull(policy);
        var endpoint = Endpoints(app).First(e => e.RoutePattern.RawText == "/programmes");
        var anonymous = new DefaultHttpContext();
        anonymous.SetEndpoint(endpoint);
        var authorization = app.Factory.Services.GetRequiredService<IAuthorizationService>();
        Assert.False((await authorization.AuthorizeAsync(anonymous.User, anonymous, policy!)).Succeeded);
        var signedIn = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity([new("sub", "x")], "test"));
        Assert.True((await authorization.AuthorizeAsync(signedIn, anonymous, policy!)).Succeeded);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/account/login")]
    [InlineData("/account/forgot-password")]
    [InlineData("/not-found")]
    [InlineData("/")]
    [InlineData("/app.css")]
    public async Task Public_routes_answer_anonymous_callers(string route)
    {
        var response = await app.Anonymous().GetAsync(route);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{route}: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Language_switch_and_api_docs_answer_anonymous_callers()
    {
        Assert.Equal(HttpStatusCode.Redirect, (await app.Anonymous().GetAsync("/language/pt?returnUrl=/")).StatusCode);
        Assert.NotEqual(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api-docs")).StatusCode);
        Assert.False((await app.Anonymous().GetAsync("/api-docs")).Headers.Location?.ToString().Contains("/account/login", StringComparison.Ordinal) ?? false);
    }

    [Fact]
    public async Task An_api_route_and_a_signed_in_page_refuse_anonymous_callers()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/programmes")).StatusCode);
        var page = await app.Anonymous().GetAsync("/programmes");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/login", page.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
