namespace MentorHub.Web.Modules.Toolbox.Domain;

/// <summary>Who a method is made for: the whole school, a team of teachers, one teacher.</summary>
internal static class MethodLevels
{
    public const string School = "school";
    public const string Team = "team";
    public const string Teacher = "teacher";

    public static readonly IReadOnlyList<string> All = [School, Team, Teacher];

    public static bool IsKnown(string? level) => level is not null && All.Contains(level, StringComparer.Ordinal);
}

/// <summary>A method's words in one language.</summary>
internal sealed record MethodText(string Name, string Purpose, IReadOnlyList<string> Steps, IReadOnlyList<string> Resources);

/// <summary>
/// One method of the toolbox, shipped or a programme's own, in every language it is written in.
/// </summary>
/// <param name="DurationMinutes">How long one session typically takes (a seminar, a visit, a meeting).</param>
/// <param name="AreaIds">The areas of the default self-assessment the method serves.</param>
/// <param name="ProgrammeId">The programme that wrote it; null for shipped methods.</param>
internal sealed record Method(
    string Id, string Level, int DurationMinutes, IReadOnlyList<string> AreaIds, bool IsFormat,
    IReadOnlyDictionary<string, MethodText> Texts, Guid? ProgrammeId)
{
    public const string Fallback = "en";

    public bool Shipped => ProgrammeId is null;

    /// <summary>The words in <paramref name="language"/>, else English, else the first language written.</summary>
    public MethodText Text(string? language) =>
        language is not null && Texts.TryGetValue(language, out var exact) ? exact
        : Texts.TryGetValue(Fallback, out var english) ? english
        : Texts.Values.First();
}
