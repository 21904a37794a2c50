using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Tests.Platform;

public sealed class TextCatalogTests
{
    [Fact]
    public void Every_text_exists_in_english_and_portuguese()
    {
        var catalog = new TextCatalog();
        var english = catalog.Keys("en").ToHashSet();
        var portuguese = catalog.Keys("pt").ToHashSet();
        Assert.NotEmpty(english);
        Assert.Empty(english.Except(portuguese));
        Assert.Empty(portuguese.Except(english));
    }

    [Fact]
    public void A_missing_translation_falls_back_to_english_then_to_the_key()
    {
        var catalog = new TextCatalog();
        Assert.Equal("Sign in", catalog.Find("en", "Shell.SignIn"));
        Assert.Equal("Entrar", catalog.Find("pt", "Shell.SignIn"));
        Assert.Equal("Sign in", catalog.Find("xx", "Shell.SignIn"));
        Assert.Null(catalog.Find("pt", "No.Such.Key"));
    }
}
