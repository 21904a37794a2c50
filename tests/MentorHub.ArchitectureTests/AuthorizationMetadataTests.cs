using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace MentorHub.ArchitectureTests;

/// <summary>
/// Default deny is only safe when every page says who may open it: a page with <c>@page</c> and neither
/// <c>[Authorize]</c> nor <c>[AllowAnonymous]</c> falls back to "signed in", which is wrong for an
/// anonymous page and too little for a coordinator's page. (Endpoints are checked on the running app
/// in MentorHub.Tests, AuthorizationMetadataTests.)
/// </summary>
public sealed class AuthorizationMetadataTests
{
    private static readonly Assembly Web = typeof(Program).Assembly;

    private static IReadOnlyList<Type> Pages() =>
        Web.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttributes<RouteAttribute>(inherit: false).Any())
            .OrderBy(t => t.FullName)
            .ToList();

    [Fact]
    public void The_rule_finds_the_pages()
    {
        var pages = Pages();
        Assert.Contains(pages, p => p.Name == "SignInPage");
        Assert.Contains(pages, p => p.Name == "ProgrammePage");
        Assert.True(pages.Count >= 20, $"only {pages.Count} pages found");
    }

    [Fact]
    public void Every_page_declares_who_may_open_it()
    {
        var undeclared = Pages()
            .Where(p => !p.GetCustomAttributes(inherit: true).Any(a => a is IAuthorizeData or IAllowAnonymous))
            .Select(p => $"{p.FullName} ({string.Join(", ", p.GetCustomAttributes<RouteAttribute>().Select(r => r.Template))})")
            .ToList();
        Assert.True(undeclared.Count == 0, "Pages without [Authorize] or [AllowAnonymous]: " + string.Join("; ", undeclared));
    }

    [Fact]
    public void No_page_is_both_anonymous_and_restricted()
    {
        var both = Pages()
            .Where(p => p.GetCustomAttributes(inherit: true).Any(a => a is IAuthorizeData) && p.GetCustomAttributes(inherit: true).Any(a => a is IAllowAnonymous))
            .Select(p => p.FullName)
            .ToList();
        Assert.Empty(both);
    }
}
