namespace MentorHub.Web.Modules.Schools.Api;

/// <summary>What other modules may know about a school of the registry.</summary>
public sealed record SchoolSummary(
    string Id, string Name, string Country, string Region, string Municipality, string Level,
    int? Pupils, double? Latitude, double? Longitude, string Language);

public interface ISchoolDirectory
{
    Task<SchoolSummary?> FindAsync(string id, CancellationToken ct);

    Task<IReadOnlyDictionary<string, SchoolSummary>> FindManyAsync(IEnumerable<string> ids, CancellationToken ct);

    /// <summary>Schools whose name, municipality or id match every word of the query (accents and case ignored).</summary>
    Task<IReadOnlyList<SchoolSummary>> SearchAsync(string query, int take, CancellationToken ct);
}
