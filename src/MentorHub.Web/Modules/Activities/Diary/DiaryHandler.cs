using System.Security.Claims;
using MentorHub.Web.Modules.Activities.Domain;
using MentorHub.Web.Modules.Activities.LogActivity;
using MentorHub.Web.Modules.Activities.Reflect;
using MentorHub.Web.Modules.Schools.Api;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;

namespace MentorHub.Web.Modules.Activities.Diary;

/// <summary>A cluster's diary of one period: its activities and the reflections the reader may read, both in date order.</summary>
internal sealed record ClusterDiary(
    Guid ClusterId, string ClusterName, DateOnly From, DateOnly To, IReadOnlyList<ActivityDto> Activities, IReadOnlyList<ReflectionDto> Reflections,
    IReadOnlyDictionary<string, string> SchoolNames)
{
    public string School(string id) => SchoolNames.GetValueOrDefault(id, id);

    /// <summary>The reflections grouped by school, schools in name order, each school's in date order.</summary>
    public IEnumerable<IGrouping<string, ReflectionDto>> BySchool() =>
        Reflections.GroupBy(r => r.SchoolId).OrderBy(g => School(g.Key), StringComparer.CurrentCulture);
}

internal sealed class DiaryHandler(ActivityClusters clusters, ActivitiesHandler activities, ReflectionsHandler reflections, ISchoolDirectory schools, TimeProvider time)
{
    public const string Docx = "docx";
    public const string Html = "html";

    /// <param name="from">yyyy-MM-dd; without from and to, the current term.</param>
    public async Task<ClusterDiary> ReadAsync(Guid clusterId, string? from, string? to, ClaimsPrincipal user, CancellationToken ct)
    {
        var (start, end) = ActivityClusters.Period(from, to);
        var cluster = await clusters.EnsureAsync(clusterId, user, ActivityOperations.Read, ct);
        var term = Term.Of(time.GetUtcNow().UtcDateTime);
        var first = start is { } s ? DateOnly.FromDateTime(s) : end is { } e0 ? Term.Of(DateOnly.FromDateTime(e0.AddDays(-1))).Start : term.Start;
        var last = end is { } e ? DateOnly.FromDateTime(e.AddDays(-1)) : start is not null ? Term.Of(first).End : term.End;
        if (last < first)
        {
            throw new InputException(new CatalogText("Activities.Error.BadPeriod"), new Dictionary<string, CatalogText[]> { ["to"] = [new("Activities.Error.ToBeforeFrom")] });
        }
        var (fromAt, toAt) = (first.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), last.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var list = await activities.ListAsync(clusterId, fromAt, toAt, ct);
        var written = await reflections.ListAsync(cluster, fromAt, toAt, user, ct);
        var names = await schools.FindManyAsync(cluster.SchoolIds.Concat(list.Select(a => a.HostSchoolId)).Concat(written.Select(r => r.SchoolId)).Distinct(), ct);
        return new ClusterDiary(cluster.Id, cluster.Name, first, last, list, written, names.ToDictionary(n => n.Key, n => n.Value.Name));
    }

    public static string? CheckFormat(string? format)
    {
        var f = string.IsNullOrWhiteSpace(format) ? Docx : format.Trim().ToLowerInvariant();
        return f is Docx or Html ? f : throw new InputException(new CatalogText("Activities.Error.DiaryFormat"),
            new Dictionary<string, CatalogText[]> { ["format"] = [new("Activities.Error.DiaryFormat")] });
    }

    public static string FileName(ClusterDiary diary, string extension) => $"cluster-diary-{diary.From:yyyy-MM-dd}-{diary.To:yyyy-MM-dd}.{extension}";
}
