using System.Text;
using System.Text.RegularExpressions;

namespace MentorHub.Tests.Infrastructure;

/// <summary>Reads the .eml files the app writes to its pickup folder when no SMTP server is configured.</summary>
public sealed partial class Mailbox(string folder)
{
    /// <summary>The decoded bodies of every message to <paramref name="to"/>, oldest first.</summary>
    public IReadOnlyList<string> BodiesTo(string to)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }
        return Directory.GetFiles(folder, "*.eml")
            .Select(f => (File: f, Time: File.GetLastWriteTimeUtc(f), Text: File.ReadAllText(f)))
            .Where(m => ToHeader(m.Text).Contains(to, StringComparison.OrdinalIgnoreCase))
            .OrderBy(m => m.Time)
            .Select(m => DecodeBody(m.Text))
            .ToList();
    }

    /// <summary>The last link to <paramref name="path"/> mailed to <paramref name="to"/>; fails the test when there is none.</summary>
    public string LinkTo(string to, string path)
    {
        var links = BodiesTo(to).SelectMany(b => LinkPattern().Matches(b).Select(m => m.Value))
            .Where(l => l.Contains(path, StringComparison.Ordinal)).ToList();
        Assert.True(links.Count > 0, $"No mail to {to} with a link to {path} in {folder}");
        return links[^1];
    }

    private static string ToHeader(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').FirstOrDefault(l => l.StartsWith("To:", StringComparison.OrdinalIgnoreCase)) ?? "";

    /// <summary>The body may be base64 or quoted-printable.</summary>
    private static string DecodeBody(string text)
    {
        var split = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", 2);
        if (split.Length < 2)
        {
            return text;
        }
        var (headers, body) = (split[0], split[1]);
        if (headers.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c)))));
        }
        var joined = body.Replace("=\n", "", StringComparison.Ordinal);
        var bytes = new List<byte>();
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length && Uri.IsHexDigit(joined[i + 1]) && Uri.IsHexDigit(joined[i + 2]))
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(joined[i].ToString()));
            }
        }
        return Encoding.UTF8.GetString([.. bytes]);
    }

    [GeneratedRegex(@"https?://[^\s""<>]+")]
    private static partial Regex LinkPattern();
}
