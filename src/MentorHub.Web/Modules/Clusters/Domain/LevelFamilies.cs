namespace MentorHub.Web.Modules.Clusters.Domain;

/// <summary>
/// The level rule, written down once:
/// <list type="bullet">
/// <item>families: <c>primary</c>; <c>secondary</c> = lower_secondary, upper_secondary, vocational;
/// <c>combined</c> (a school spanning several levels) belongs to every family.</item>
/// <item>mismatch 0 — the same level (compared case-insensitively);</item>
/// <item>mismatch 0.5 — different levels that are compatible: same family (e.g. lower_secondary and
/// vocational) or either side is combined;</item>
/// <item>mismatch 1 — different families (primary vs a secondary level). An unknown level string is its
/// own family: it matches only itself and combined.</item>
/// </list>
/// "Same level family" as a hard rule means mismatch &lt; 1.
/// </summary>
internal static class LevelFamilies
{
    public const string Primary = "primary";
    public const string Secondary = "secondary";
    public const string Combined = "combined";

    public static string FamilyOf(string level)
    {
        string l = Normalise(level);
        return l switch
        {
            "primary" => Primary,
            "lower_secondary" or "upper_secondary" or "vocational" => Secondary,
            "combined" => Combined,
            _ => l,
        };
    }

    public static double Mismatch(string a, string b)
    {
        string la = Normalise(a), lb = Normalise(b);
        if (la == lb)
        {
            return 0;
        }
        return AreCompatible(la, lb) ? 0.5 : 1;
    }

    public static bool AreCompatible(string a, string b)
    {
        string fa = FamilyOf(a), fb = FamilyOf(b);
        return fa == fb || fa == Combined || fb == Combined;
    }

    public static string Normalise(string level) => level.Trim().ToLowerInvariant();
}
