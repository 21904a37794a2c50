using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Web.Modules.Activities.Domain;

/// <summary>
/// What one school of a cluster wrote about one activity, or about one term: what it did, learned,
/// found hard and does next. The school's staff write it; the mentor school adds a comment.
/// </summary>
internal sealed class Reflection
{
    public const int TextMaxLength = 4000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ClusterId { get; init; }
    public required string SchoolId { get; init; }

    /// <summary>The activity reflected on, or null for a term reflection.</summary>
    public Guid? ActivityId { get; init; }

    /// <summary>The term reflected on (its first day), or null for an activity reflection.</summary>
    public DateOnly? TermStart { get; init; }

    public string Did { get; private set; } = "";
    public string Learned { get; private set; } = "";
    public string Hard { get; private set; } = "";
    public string Next { get; private set; } = "";
    public Guid? WrittenBy { get; private set; }
    public DateTime WrittenAt { get; private set; }
    public string? MentorComment { get; private set; }
    public Guid? CommentedBy { get; private set; }
    public DateTime? CommentedAt { get; private set; }

    /// <summary>Keeps the four parts, trimmed; at least one says something and none is longer than <see cref="TextMaxLength"/>.</summary>
    public void Write(string? did, string? learned, string? hard, string? next, Guid? by, DateTime now)
    {
        string[] names = ["did", "learned", "hard", "next"];
        var texts = new[] { did, learned, hard, next }.Select(t => t?.Trim() ?? "").ToArray();
        var errors = new Dictionary<string, CatalogText[]>();
        for (var i = 0; i < texts.Length; i++)
        {
            if (texts[i].Length > TextMaxLength)
            {
                errors[names[i]] = [TooLong];
            }
        }
        if (texts.All(t => t.Length == 0))
        {
            errors["did"] = [new("Activities.Error.ReflectionEmpty")];
        }
        if (errors.Count > 0)
        {
            throw new InputException(errors.Values.First()[0], errors);
        }
        (Did, Learned, Hard, Next) = (texts[0], texts[1], texts[2], texts[3]);
        WrittenBy = by;
        WrittenAt = now;
    }

    /// <summary>The mentor school's comment, trimmed, at most <see cref="TextMaxLength"/> characters; an empty one removes it.</summary>
    public void Comment(string? text, Guid? by, DateTime now)
    {
        var comment = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (comment?.Length > TextMaxLength)
        {
            // Pages post the comment straight to the handler: the limit is kept here, not only by the API's annotations.
            throw new InputException(TooLong, new Dictionary<string, CatalogText[]> { ["text"] = [TooLong] });
        }
        MentorComment = comment;
        CommentedBy = by;
        CommentedAt = MentorComment is null ? null : now;
    }

    private static CatalogText TooLong => new("Activities.Error.ReflectionTooLong", TextMaxLength);
}

/// <summary>
/// The secret address of a cluster's calendar for calendar apps, which cannot sign in: only a hash of
/// its token is stored, so the database never holds a working address; the cluster's staff replace or
/// revoke it.
/// </summary>
internal sealed class CalendarFeed
{
    public Guid ClusterId { get; init; }
    public required string TokenHash { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}
