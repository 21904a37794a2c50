using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using MentorHub.Web.Modules.Activities.Domain;
using MentorHub.Web.Modules.Clusters.Api;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Activities.Reflect;

internal sealed record ReflectionRequest(
    [property: StringLength(Reflection.TextMaxLength)] string? Did,
    [property: StringLength(Reflection.TextMaxLength)] string? Learned,
    [property: StringLength(Reflection.TextMaxLength)] string? Hard,
    [property: StringLength(Reflection.TextMaxLength)] string? Next);

internal sealed record CommentRequest([property: StringLength(Reflection.TextMaxLength)] string? Text);

/// <param name="At">When it belongs in the diary: the activity's start, or the last day of the term.</param>
internal sealed record ReflectionDto(
    Guid Id, string SchoolId, Guid? ActivityId, string? ActivityTitle, DateOnly? TermStart, DateOnly? TermEnd,
    string Did, string Learned, string Hard, string Next, DateTime WrittenAt, string? MentorComment, DateTime? CommentedAt, DateTime At);

/// <summary>Schools' reflections on activities and terms, and the mentor school's comments on them.</summary>
internal sealed class ReflectionsHandler(AppDbContext db, ActivityClusters clusters, TimeProvider time)
{
    /// <summary>The reflections of the period the caller may read (their own school's, or all for coordinators and the mentor school), in the diary's order.</summary>
    public async Task<IReadOnlyList<ReflectionDto>> ListAsync(Guid clusterId, string? from, string? to, ClaimsPrincipal user, CancellationToken ct)
    {
        var (start, end) = ActivityClusters.Period(from, to);
        var cluster = await clusters.EnsureAsync(clusterId, user, ActivityOperations.Read, ct);
        return await ListAsync(cluster, start, end, user, ct);
    }

    internal async Task<IReadOnlyList<ReflectionDto>> ListAsync(ClusterMembers cluster, DateTime? from, DateTime? to, ClaimsPrincipal user, CancellationToken ct)
    {
        var readable = new List<string>();
        foreach (var school in cluster.SchoolIds)
        {
            if (await clusters.AllowsAsync(user, cluster, school, ReflectionOperations.Read))
            {
                readable.Add(school);
            }
        }
        var rows = await db.Set<Reflection>().AsNoTracking()
            .Where(r => r.ClusterId == cluster.Id && readable.Contains(r.SchoolId))
            .Select(r => new { Reflection = r, Activity = db.Set<Activity>().Where(a => a.Id == r.ActivityId).Select(a => new { a.Title, a.StartsAt, a.CreatedAt }).FirstOrDefault() })
            .ToListAsync(ct);
        var list = new List<(ReflectionDto Dto, ReflectionPlace Place)>();
        foreach (var row in rows)
        {
            var r = row.Reflection;
            var term = r.TermStart is { } s ? Term.Of(s) : (Term?)null;
            var at = row.Activity?.StartsAt ?? term!.Value.End.ToDateTime(new TimeOnly(23, 59), DateTimeKind.Utc);
            var periodStart = term?.Start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? at;
            // A term reflection belongs to every period that overlaps its term.
            if ((from is { } f && at < f) || (to is { } t && periodStart >= t))
            {
                continue;
            }
            list.Add((new ReflectionDto(r.Id, r.SchoolId, r.ActivityId, row.Activity?.Title, term?.Start, term?.End,
                r.Did, r.Learned, r.Hard, r.Next, r.WrittenAt, r.MentorComment, r.CommentedAt, at),
                new ReflectionPlace(row.Activity?.StartsAt, row.Activity?.Title, row.Activity?.CreatedAt, r.ActivityId, r.TermStart, r.SchoolId)));
        }
        return [.. DiaryOrder.Reflections(list, x => x.Place).Select(x => x.Dto)];
    }

    public async Task<ReflectionDto> ReflectOnActivityAsync(Guid clusterId, Guid activityId, string schoolId, ReflectionRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var cluster = await EnsureWriteAsync(clusterId, schoolId, user, ct);
        if (!await db.Set<Activity>().AnyAsync(a => a.Id == activityId && a.ClusterId == clusterId, ct))
        {
            throw new NotFoundException(new CatalogText("Activities.Error.NoSuchActivity", activityId));
        }
        var reflection = await db.Set<Reflection>().FirstOrDefaultAsync(r => r.ActivityId == activityId && r.SchoolId == schoolId, ct);
        return await SaveAsync(cluster, reflection ?? new Reflection { ClusterId = clusterId, SchoolId = schoolId, ActivityId = activityId }, request, user, ct);
    }

    /// <param name="term">The term's first day, yyyy-MM-dd (<see cref="Term"/>).</param>
    public async Task<ReflectionDto> ReflectOnTermAsync(Guid clusterId, string term, string schoolId, ReflectionRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!Term.TryParse(term, out var period))
        {
            throw new InputException(new CatalogText("Activities.Error.BadTerm"), new Dictionary<string, CatalogText[]> { ["term"] = [new("Activities.Error.BadTerm")] });
        }
        var cluster = await EnsureWriteAsync(clusterId, schoolId, user, ct);
        var reflection = await db.Set<Reflection>().FirstOrDefaultAsync(r => r.ClusterId == clusterId && r.SchoolId == schoolId && r.TermStart == period.Start, ct);
        return await SaveAsync(cluster, reflection ?? new Reflection { ClusterId = clusterId, SchoolId = schoolId, TermStart = period.Start }, request, user, ct);
    }

    public async Task<ReflectionDto> CommentAsync(Guid clusterId, Guid reflectionId, CommentRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var (cluster, _) = await clusters.FindAsync(clusterId, ct);
        var reflection = await db.Set<Reflection>().FirstOrDefaultAsync(r => r.Id == reflectionId && r.ClusterId == clusterId, ct);
        if (reflection is null || !await clusters.AllowsAsync(user, cluster, reflection.SchoolId, ReflectionOperations.Read))
        {
            throw new NotFoundException(new CatalogText("Activities.Error.NoSuchReflection", reflectionId));
        }
        if (!await clusters.AllowsAsync(user, cluster, reflection.SchoolId, ReflectionOperations.Comment))
        {
            throw new ForbiddenException(new CatalogText("Activities.Error.OnlyMentorComments"));
        }
        reflection.Comment(request.Text, user.UserId(), time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return (await ListAsync(cluster, null, null, user, ct)).Single(r => r.Id == reflectionId);
    }

    private async Task<ClusterMembers> EnsureWriteAsync(Guid clusterId, string schoolId, ClaimsPrincipal user, CancellationToken ct)
    {
        var cluster = await clusters.EnsureAsync(clusterId, user, ActivityOperations.Read, ct);
        if (!cluster.SchoolIds.Contains(schoolId))
        {
            throw new NotFoundException(new CatalogText("Activities.Error.NotInCluster", schoolId));
        }
        if (!await clusters.AllowsAsync(user, cluster, schoolId, ReflectionOperations.Write))
        {
            throw new ForbiddenException(new CatalogText("Activities.Error.OnlyOwnSchool"));
        }
        return cluster;
    }

    private async Task<ReflectionDto> SaveAsync(ClusterMembers cluster, Reflection reflection, ReflectionRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        reflection.Write(request.Did, request.Learned, request.Hard, request.Next, user.UserId(), time.GetUtcNow().UtcDateTime);
        if (db.Entry(reflection).State == EntityState.Detached)
        {
            db.Add(reflection);
        }
        await db.SaveChangesAsync(ct);
        return (await ListAsync(cluster, null, null, user, ct)).Single(r => r.Id == reflection.Id);
    }
}
