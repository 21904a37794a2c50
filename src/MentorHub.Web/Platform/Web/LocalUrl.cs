using System.Text;

namespace MentorHub.Web.Platform.Web;

/// <summary>
/// Where a "return to" address may send the reader: only to a path of this site. Browsers read
/// <c>//host</c> and <c>/\host</c> as another site and drop tabs and line breaks inside an address
/// (<c>/\t/host</c> is <c>//host</c>), so those, control characters and anything not starting with a
/// single <c>/</c> go to the start page instead.
/// </summary>
internal static class LocalUrl
{
    public const string Home = "/";

    /// <summary>
    /// <paramref name="url"/> when it is a path of this site (letters beyond ASCII percent-encoded, so
    /// the address fits a <c>Location</c> header), otherwise <see cref="Home"/>.
    /// </summary>
    public static string OrHome(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/' || (url.Length > 1 && url[1] is '/' or '\\') || url.Any(char.IsControl))
        {
            return Home;
        }
        if (Ascii.IsValid(url))
        {
            return url;
        }
        var encoded = new StringBuilder(url.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                encoded.Append((char)rune.Value);
                continue;
            }
            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return encoded.ToString();
    }
}
