namespace MentorHub.Web.Modules.Toolbox.Api;

/// <summary>The ids of the methods the toolbox ships with; activity formats are methods too.</summary>
public static class ToolboxIds
{
    public const string FutureSchool = "future-school";
    public const string Digipeda = "digipeda";
    public const string Tisl = "tisl";

    /// <summary>The activity formats of the contract: an activity's <c>format</c> is one of these.</summary>
    public static readonly IReadOnlyList<string> Formats =
    [
        "workshop", "online-workshop", "webinar", "school-visit", "lesson-observation", "job-shadowing", "teachmeet",
        "expert-talk", "peer-exchange", "industry-meeting", "planning-meeting", "reflection-meeting", "course",
    ];

    public static bool IsFormat(string? id) => id is not null && Formats.Contains(id, StringComparer.Ordinal);
}

/// <summary>A method as other modules show it: its name in the reader's language.</summary>
public sealed record MethodName(string Id, string Name, bool IsFormat);

/// <summary>What other modules may read of the toolbox.</summary>
public interface IMethodDirectory
{
    /// <returns>The methods a programme may use (shipped ones and the programme's own), named in <paramref name="language"/>.</returns>
    Task<IReadOnlyList<MethodName>> MethodsAsync(Guid programmeId, string language, CancellationToken ct);
}
