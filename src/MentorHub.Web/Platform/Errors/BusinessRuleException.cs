namespace MentorHub.Web.Platform.Errors;

/// <summary>A business rule refused the change: answered as 409 Conflict with the message as title.</summary>
public sealed class BusinessRuleException(string message) : Exception(message);

/// <summary>An id that names nothing the caller may see: answered as 404.</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>Input that passed the shape checks but is still wrong (a bad CSV row, say): answered as 400 with field errors.</summary>
public sealed class InputException(string title, IDictionary<string, string[]> errors) : Exception(title)
{
    public IDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>The caller is known but may not do this: answered as 403.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
