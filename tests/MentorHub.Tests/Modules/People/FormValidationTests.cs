using System.Net;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Modules.People;

/// <summary>Form validation speaks the reader's language: own messages and the generic ones, with the field's label.</summary>
public sealed class FormValidationTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("en", "Enter your e-mail address.", "Enter your password.")]
    [InlineData("pt", "Indique o seu endereço de e-mail.", "Indique a sua palavra-passe.")]
    public async Task An_empty_sign_in_form_says_what_is_missing_in_the_page_language(string lang, string email, string password)
    {
        var html = await PostAsync($"/account/login?lang={lang}", "login", new() { ["Input.Email"] = "", ["Input.Password"] = "" });
        Assert.Contains(email, WebUtility.HtmlDecode(html));
        Assert.Contains(password, WebUtility.HtmlDecode(html));
    }

    [Theory]
    [InlineData("en", "enter a valid e-mail address.")]
    [InlineData("pt", "indique um endereço de e-mail válido.")]
    public async Task A_generic_message_names_the_field_in_the_page_language(string lang, string message)
    {
        var html = await PostAsync($"/account/forgot-password?lang={lang}", "forgot", new() { ["Input.Email"] = "not-an-address" });
        Assert.Contains(message, WebUtility.HtmlDecode(html));
        Assert.DoesNotContain("field is not a valid", html);
    }

    private Task<string> PostAsync(string url, string formName, Dictionary<string, string> fields) =>
        HtmlForms.PostFormAsync(app.Anonymous(), url, formName, fields);
}
