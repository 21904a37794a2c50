using Microsoft.Extensions.Localization;

namespace MentorHub.Web.Modules.Clusters.Domain;

/// <summary>
/// Why a school joined or left a cluster. The reasons MentorHub writes itself are stored in English (the
/// API gives them so) and each has a catalogue text, so pages show them in the reader's language; a reason
/// a person typed is shown as typed.
/// </summary>
internal static class MemberReasons
{
    public const string Proposed = "proposed by the optimiser";
    public const string Pinned = "pinned by the coordinator";
    public const string Reformed = "re-formed top-down";
    public const string Invited = "invited by the mentor school";
    public const string Asked = "asked the mentor school";
    public const string Left = "left the cluster";
    public const string Withdrew = "withdrew from the programme";

    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        [Proposed] = "Clusters.MemberReason.Proposed",
        [Pinned] = "Clusters.MemberReason.Pinned",
        [Reformed] = "Clusters.MemberReason.Reformed",
        [Invited] = "Clusters.MemberReason.Invited",
        [Asked] = "Clusters.MemberReason.Asked",
        [Left] = "Clusters.MemberReason.Left",
        [Withdrew] = "Clusters.MemberReason.Withdrew",
    };

    public static string Show(string stored, IStringLocalizer texts) =>
        Keys.TryGetValue(stored, out var key) ? texts[key] : stored;
}
