using System.Net;
using MentorHub.Tests.Infrastructure;
using MentorHub.Tests.Modules.People;

namespace MentorHub.Tests.Platform;

/// <summary>
/// Form posts of the server-rendered pages, like the API's bodies, never bring a NUL character to
/// the database (PostgreSQL cannot store or compare it): the form is refused with 400 (its
/// antiforgery check fails) before any page or handler sees it, never a 500.
/// </summary>
[Trait("Category", Category.Integration)]
public sealed class FormTextTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_nul_character_in_a_page_form_answers_400_before_any_handler_sees_it()
    {
        var client = app.AnonymousFrom("10.77.0.1");

        var response = await SignInThrottlingTests.PostSignInAsync(client, "someone\u0000@demo.example", "not-the-password");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_page_form_with_ordinary_text_is_not_affected()
    {
        var client = app.AnonymousFrom("10.77.0.2");

        var response = await SignInThrottlingTests.PostSignInAsync(client, "someone@demo.example", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
