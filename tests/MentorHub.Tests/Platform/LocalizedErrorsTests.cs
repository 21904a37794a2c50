using System.Globalization;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Tests.Platform;

/// <summary>Errors thrown with a text key: English for the API, the reader's language on pages.</summary>
public sealed class LocalizedErrorsTests
{
    private static readonly JsonStringLocalizer L = new(TextCatalog.Shared);

    [Fact]
    public void The_message_is_the_english_text_with_its_arguments()
    {
        var e = new BusinessRuleException(new CatalogText("Programs.Hubs.Created", "Lisboa"));
        Assert.Equal("The hub Lisboa was created.", e.Message);
        Assert.Equal("Programs.Hubs.Created", e.Text!.Key);
    }

    [Fact]
    public void The_english_message_does_not_depend_on_the_current_culture()
    {
        var e = InCulture("pt", () => new NotFoundException(new CatalogText("Programs.Participant.Changed", "Escola", new CatalogText("Programs.Status.active"))));
        Assert.Equal("Escola is now: Active.", e.Message);
    }

    [Fact]
    public void A_page_shows_the_error_in_the_current_language_with_text_arguments_in_that_language_too()
    {
        var e = new BusinessRuleException(new CatalogText("Programs.Participant.Changed", "Escola", new CatalogText("Programs.Status.active")));
        Assert.Equal("Escola está agora: Ativa.", InCulture("pt", () => L.Error(e)));
        Assert.Equal("Escola is now: Active.", InCulture("en", () => L.Error(e)));
    }

    [Fact]
    public void An_error_thrown_as_english_only_shows_its_message()
    {
        var e = new ForbiddenException("Only coordinators may do this.");
        Assert.Null(e.Text);
        Assert.Equal("Only coordinators may do this.", InCulture("pt", () => L.Error(e)));
        Assert.Equal("Only coordinators may do this.", L.Error(new InvalidOperationException("Only coordinators may do this.")));
    }

    [Fact]
    public void Input_errors_keep_english_field_messages_for_the_api_and_translate_them_on_pages()
    {
        var e = new InputException(new CatalogText("Programs.Hubs.Created", "Norte"), new Dictionary<string, CatalogText[]>
        {
            ["hubId"] = [new CatalogText("Programs.Status.applied"), CatalogText.Plain("PT-1 > PT-2")],
        });
        Assert.Equal("The hub Norte was created.", e.Message);
        Assert.Equal(["Applied", "PT-1 > PT-2"], e.Errors["hubId"]);
        Assert.Equal(["Candidata", "PT-1 > PT-2"], InCulture("pt", () => L.FieldErrors(e).ToList()));
        Assert.Equal("O hub Norte foi criado. Candidata PT-1 > PT-2", InCulture("pt", () => L.ErrorWithFields(e)));
    }

    [Fact]
    public void Input_errors_thrown_as_english_show_their_field_messages_as_thrown()
    {
        var e = new InputException("Bad file.", new Dictionary<string, string[]> { ["line 2"] = ["No date."] });
        Assert.Equal("Bad file. No date.", InCulture("pt", () => L.ErrorWithFields(e)));
    }

    [Fact]
    public void A_key_nobody_wrote_shows_as_itself_and_a_missing_translation_falls_back_to_english()
    {
        Assert.Equal("No.Such.Key", new BusinessRuleException(new CatalogText("No.Such.Key", 1)).Message);
        Assert.Equal("No.Such.Key", InCulture("pt", () => L.Error(new BusinessRuleException(new CatalogText("No.Such.Key")))));
    }

    private static T InCulture<T>(string language, Func<T> action)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(language);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }
}
