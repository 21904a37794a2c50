using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorHub.Web.Platform.Web;

/// <summary>An entity tag as RFC 9110 writes it: <c>"3"</c>, or <c>W/"3"</c> when weak.</summary>
/// <param name="Opaque">What stands between the double quotes.</param>
internal readonly record struct EntityTag(string Opaque, bool IsWeak)
{
    /// <summary>The strong tag of a document's version counter: the number in double quotes (<c>"3"</c>).</summary>
    public static EntityTag Of(int version) => new(version.ToString(CultureInfo.InvariantCulture), IsWeak: false);

    /// <summary>The tag as the <c>ETag</c> and <c>If-Match</c> headers carry it.</summary>
    public override string ToString() => IsWeak ? $"W/\"{Opaque}\"" : $"\"{Opaque}\"";
}

/// <summary>How an <c>If-Match</c> compares with the version stored now.</summary>
internal enum PreconditionOutcome
{
    /// <summary>A strong tag in the list is the stored version's: the write may go ahead.</summary>
    Met,

    /// <summary>No <c>If-Match</c> (or one naming no tag at all): 428.</summary>
    Missing,

    /// <summary><c>If-Match: *</c>, which names no version: 428, like a missing one.</summary>
    Wildcard,

    /// <summary>The tags name other versions only: someone saved in between, 412.</summary>
    Stale,

    /// <summary>Only a weak tag names the stored version; <c>If-Match</c> compares strongly, so 412.</summary>
    Weak,

    /// <summary>The value is not a list of entity tags (an unquoted number, a stray character): 412, it matches nothing.</summary>
    Unreadable,
}

/// <summary>
/// The <c>If-Match</c> of a write, read as RFC 9110 defines the field: <c>*</c> or a comma-separated list of
/// entity tags, each <c>"opaque"</c> or <c>W/"opaque"</c>, with optional spaces or tabs around the commas and
/// empty list elements ignored. Several header lines arrive joined by commas, which is the same list.
/// </summary>
internal sealed class IfMatch
{
    private enum Kind { Absent, Any, Tags, Unreadable }

    private readonly Kind kind;

    private IfMatch(Kind kind, IReadOnlyList<EntityTag> tags) => (this.kind, Tags) = (kind, tags);

    /// <summary>No <c>If-Match</c> was sent.</summary>
    public static IfMatch Absent { get; } = new(Kind.Absent, []);

    /// <summary><c>If-Match: *</c>.</summary>
    public static IfMatch Any { get; } = new(Kind.Any, []);

    private static IfMatch Unreadable { get; } = new(Kind.Unreadable, []);

    /// <summary>The tags the list names, in the order sent; empty for <c>*</c>, an absent or an unreadable value.</summary>
    public IReadOnlyList<EntityTag> Tags { get; }

    public bool IsAbsent => kind == Kind.Absent;

    public bool IsAny => kind == Kind.Any;

    /// <summary>False when the value is neither <c>*</c> nor a list of entity tags.</summary>
    public bool IsReadable => kind != Kind.Unreadable;

    /// <summary>
    /// True without <c>If-Match</c> and for <c>If-Match: *</c>: neither names the version the change was made from, so
    /// neither can protect it from overwriting a newer one, and the write is refused with 428 (see <see cref="Preconditions"/>).
    /// </summary>
    public bool IsUnconditional => kind is Kind.Absent or Kind.Any;

    /// <summary>What a page's form means when it posts the version it showed: that version's strong tag.</summary>
    public static IfMatch Of(int version) => new(Kind.Tags, [EntityTag.Of(version)]);

    /// <summary>Reads an <c>If-Match</c> header value; null, empty or blank is <see cref="Absent"/>.</summary>
    public static IfMatch Parse(string? value)
    {
        var text = (value ?? "").AsSpan().Trim(" \t");
        if (text.IsEmpty)
        {
            return Absent;
        }
        if (text is "*")
        {
            return Any;
        }
        var tags = new List<EntityTag>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && text[i] is ' ' or '\t' or ',')
            {
                i++;
            }
            if (i == text.Length)
            {
                break;
            }
            var weak = text[i..].StartsWith("W/", StringComparison.Ordinal);
            if (weak)
            {
                i += 2;
            }
            if (i == text.Length || text[i] != '"')
            {
                return Unreadable;
            }
            var length = text[(i + 1)..].IndexOf('"');
            if (length < 0)
            {
                return Unreadable;
            }
            var opaque = text.Slice(i + 1, length);
            foreach (var c in opaque)
            {
                // etagc = %x21 / %x23-7E / obs-text: no spaces, no controls, nothing beyond Latin-1.
                if (c is < '\x21' or '\x7F' or > '\xFF')
                {
                    return Unreadable;
                }
            }
            tags.Add(new EntityTag(opaque.ToString(), weak));
            i += length + 2;
            while (i < text.Length && text[i] is ' ' or '\t')
            {
                i++;
            }
            if (i < text.Length && text[i] != ',')
            {
                return Unreadable;
            }
        }
        // Only empty list elements (", ,"): nothing was named, the same as no header.
        return tags.Count == 0 ? Absent : new IfMatch(Kind.Tags, tags);
    }

    /// <summary>
    /// Compares with the version stored now, strongly as RFC 9110 requires for <c>If-Match</c>: a tag matches
    /// when it is strong and its opaque part is exactly the version's (<c>"3"</c>; not <c>W/"3"</c>, <c>"03"</c> or <c>3</c>).
    /// </summary>
    public PreconditionOutcome Check(int current)
    {
        switch (kind)
        {
            case Kind.Absent:
                return PreconditionOutcome.Missing;
            case Kind.Any:
                return PreconditionOutcome.Wildcard;
            case Kind.Unreadable:
                return PreconditionOutcome.Unreadable;
        }
        var wanted = EntityTag.Of(current).Opaque;
        var weakly = false;
        foreach (var tag in Tags)
        {
            if (string.Equals(tag.Opaque, wanted, StringComparison.Ordinal))
            {
                if (!tag.IsWeak)
                {
                    return PreconditionOutcome.Met;
                }
                weakly = true;
            }
        }
        return weakly ? PreconditionOutcome.Weak : PreconditionOutcome.Stale;
    }

    /// <summary>Whether the write may go ahead over <paramref name="current"/>.</summary>
    public bool Matches(int current) => Check(current) == PreconditionOutcome.Met;

    public override string ToString() => kind switch
    {
        Kind.Absent => "",
        Kind.Any => "*",
        Kind.Unreadable => "(unreadable)",
        _ => string.Join(", ", Tags),
    };
}

/// <summary>
/// Optimistic concurrency over HTTP, one way for every editable document (plans, agreements, TISL inquiries; ADR 0017).
/// A document's version counter is its strong <c>ETag</c> (<see cref="EntityTag.Of"/>). A change must carry
/// <c>If-Match</c> naming the version it was made from:
/// <list type="bullet">
/// <item>without <c>If-Match</c>: <b>428</b> (<see cref="Required"/>);</item>
/// <item><c>If-Match: *</c>: <b>428</b> too. RFC 9110 makes <c>*</c> match any current representation, so it
/// would turn the write into a blind overwrite, the lost update the header is required to prevent
/// (ARCHITECTURE.md, "Optimistic concurrency"; the contract's plan route "requires If-Match with the plan's ETag").
/// It is not a 412 either: by RFC 9110 the condition <c>*</c> holds, so "precondition failed" would be untrue;
/// what is missing is a condition on the version, which is what 428 says;</item>
/// <item>a list with the stored version's strong tag: the write goes ahead (the check and the write are one
/// conditional UPDATE in each handler);</item>
/// <item>anything else (older versions, a weak tag, a value that is not a list of entity tags): <b>412</b>
/// (<see cref="Failed"/>) with the stored version.</item>
/// </list>
/// Authorization comes first everywhere: who may not change the document gets 404 or 403, never 428 or 412.
/// </summary>
internal static class Preconditions
{
    /// <summary>428 for a change sent without <c>If-Match</c> or with <c>If-Match: *</c>.</summary>
    /// <param name="document">What is being changed, as the title names it ("plan").</param>
    /// <param name="readRoute">Where its ETag comes from ("GET /api/v1/plans/…").</param>
    public static ProblemHttpResult Required(IfMatch sent, string document, string readRoute)
    {
        ArgumentNullException.ThrowIfNull(sent);
        var title = sent.IsAny
            ? $"If-Match: * is not accepted here: it matches whatever version of the {document} is stored, so it cannot keep this change from overwriting someone else's newer one. Send If-Match with the {document}'s ETag (from {readRoute})."
            : $"This change needs the If-Match header with the {document}'s ETag (from {readRoute}), so it cannot overwrite someone else's newer version.";
        return TypedResults.Problem(title: title, statusCode: StatusCodes.Status428PreconditionRequired);
    }

    /// <summary>
    /// 412 for a change whose <c>If-Match</c> does not name the stored version <paramref name="current"/>. The title says
    /// why: <paramref name="staleTitle"/> when the tags name older versions (the document's own words: who saved, what to
    /// do), otherwise what is wrong with the header. The body carries <c>currentVersion</c> and <c>currentETag</c>,
    /// plus <paramref name="extensions"/> (the newer document as <c>current</c>).
    /// </summary>
    public static ProblemHttpResult Failed(IfMatch sent, int current, string staleTitle, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(sent);
        var etag = EntityTag.Of(current).ToString();
        var title = sent.Check(current) switch
        {
            PreconditionOutcome.Weak => $"If-Match compares entity tags strongly, so the weak tag W/{etag} names no version; nothing was saved. Send the ETag exactly as it was given: If-Match: {etag}.",
            PreconditionOutcome.Unreadable => "The If-Match header is not a list of entity tags; nothing was saved. Send the ETag exactly as GET gave it, with its double quotes.",
            _ => staleTitle,
        };
        var body = new Dictionary<string, object?>(StringComparer.Ordinal) { ["currentVersion"] = current, ["currentETag"] = etag };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            body[key] = value;
        }
        return TypedResults.Problem(title: title, statusCode: StatusCodes.Status412PreconditionFailed, extensions: body);
    }
}
