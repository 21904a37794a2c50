using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Web.Platform.Errors;

/// <summary>
/// A refusal the caller can understand and act on, answered as a 4xx problem. Its <see cref="Exception.Message"/>
/// is English (the API's problem title). Made from a <see cref="CatalogText"/>, it also keeps the text's
/// key, so a page can show it in the reader's language (<see cref="ErrorLocalizerExtensions.Error"/>).
/// </summary>
public abstract class ProblemException : Exception
{
    protected ProblemException(string message) : base(message)
    {
    }

    protected ProblemException(CatalogText text) : base(text.InEnglish()) => Text = text;

    /// <summary>The message as a text key with arguments; null when it was thrown as English only.</summary>
    public CatalogText? Text { get; }
}

/// <summary>A business rule refused the change: answered as 409 Conflict with the message as title.</summary>
public sealed class BusinessRuleException : ProblemException
{
    public BusinessRuleException(string message) : base(message)
    {
    }

    public BusinessRuleException(CatalogText text) : base(text)
    {
    }
}

/// <summary>An id that names nothing the caller may see: answered as 404.</summary>
public sealed class NotFoundException : ProblemException
{
    public NotFoundException(string message) : base(message)
    {
    }

    public NotFoundException(CatalogText text) : base(text)
    {
    }
}

/// <summary>Input that passed the shape checks but is still wrong (a bad CSV row, say): answered as 400 with field errors.</summary>
public sealed class InputException : ProblemException
{
    public InputException(string title, IDictionary<string, string[]> errors) : base(title) => Errors = errors;

    public InputException(CatalogText title, IDictionary<string, CatalogText[]> errors) : base(title)
    {
        FieldTexts = errors.ToDictionary(e => e.Key, e => e.Value);
        Errors = errors.ToDictionary(e => e.Key, e => e.Value.Select(t => t.InEnglish()).ToArray());
    }

    /// <summary>Field → English messages, as the API's validation problem lists them.</summary>
    public IDictionary<string, string[]> Errors { get; }

    /// <summary>The same messages as texts; null when they were given in English only.</summary>
    public IReadOnlyDictionary<string, CatalogText[]>? FieldTexts { get; }
}

/// <summary>The caller is known but may not do this: answered as 403.</summary>
public sealed class ForbiddenException : ProblemException
{
    public ForbiddenException(string message) : base(message)
    {
    }

    public ForbiddenException(CatalogText text) : base(text)
    {
    }
}

/// <summary>
/// The app cannot take the request just now (it is shutting down) but another try soon will work:
/// answered as 503 with a Retry-After, so a client sends it again instead of giving up.
/// </summary>
public sealed class UnavailableException : ProblemException
{
    public UnavailableException(string message) : base(message)
    {
    }
}
