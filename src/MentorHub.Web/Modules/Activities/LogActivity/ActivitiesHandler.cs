using System.Security.Claims;
using MentorHub.Web.Modules.Activities.Domain;
using MentorHub.Web.Modules.Clusters.Api;
using MentorHub.Web.Modules.Planning.Api;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Modules.Toolbox.Api;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Activities.LogActivity;

internal sealed record ParticipantDto(string SchoolId, int Leaders, int Teachers, int Students);

internal sealed record CostDto(decimal Amount, string Currency);

internal sealed record ActivityDto(
    Guid Id, string Title, string Format, string Mode, DateTime StartsAt, int DurationMinutes, string HostSchoolId,
    IReadOnlyList<ParticipantDto> Participants, CostDto? Cost, IReadOnlyList<Guid> GoalIds, string? MethodId, IReadOnlyList<string> Links,
    string? Topic, IReadOnlyList<string> PriorityIds, string? RecordingUrl, DateTime UpdatedAt)
{
    public static ActivityDto Of(Activity a) => new(a.Id, a.Title, a.Format, a.Mode.Name(), a.StartsAt, a.DurationMinutes, a.HostSchoolId,
        [.. a.Participants.OrderBy(p => p.SchoolId, StringComparer.Ordinal).Select(p => new ParticipantDto(p.SchoolId, p.Leaders, p.Teachers, p.Students))],
        a.CostAmount is { } amount && a.CostCurrency is { } currency ? new CostDto(amount, currency) : null,
        a.GoalIds, a.MethodId, a.Links, a.Topic, a.PriorityIds, a.RecordingUrl, a.UpdatedAt);
}

/// <summary>Logging, listing, editing and deleting a cluster's activities; the API and the pages call it alike.</summary>
internal sealed class ActivitiesHandler(
    AppDbContext db, ActivityClusters clusters, IMethodDirectory methods, IPlanDirectory plans, IProgrammeDirectory programmes, TimeProvider time)
{
    public async Task<ActivityDto> LogAsync(Guid clusterId, ActivityRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var cluster = await clusters.EnsureAsync(clusterId, user, ActivityOperations.Log, ct);
        var details = await CheckAsync(cluster, request, ct);
        var activity = Activity.Log(cluster.Id, cluster.ProgrammeId, details, user.UserId(), time.GetUtcNow().UtcDateTime);
        db.Add(activity);
        await db.SaveChangesAsync(ct);
        return ActivityDto.Of(activity);
    }

    /// <param name="from">yyyy-MM-dd, the first day included.</param>
    /// <param name="to">yyyy-MM-dd, the last day included.</param>
    public async Task<IReadOnlyList<ActivityDto>> ListAsync(Guid clusterId, string? from, string? to, ClaimsPrincipal user, CancellationToken ct)
    {
        var (start, end) = ActivityClusters.Period(from, to);
        await clusters.EnsureAsync(clusterId, user, ActivityOperations.Read, ct);
        return await ListAsync(clusterId, start, end, ct);
    }

    /// <summary>Activities of an already authorized cluster starting in [from, to), in the diary's order (<see cref="DiaryOrder"/>).</summary>
    internal async Task<IReadOnlyList<ActivityDto>> ListAsync(Guid clusterId, DateTime? from, DateTime? to, CancellationToken ct)
    {
        var query = db.Set<Activity>().AsNoTracking().Include(a => a.Participants).Where(a => a.ClusterId == clusterId);
        if (from is { } f)
        {
            query = query.Where(a => a.StartsAt >= f);
        }
        if (to is { } t)
        {
            query = query.Where(a => a.StartsAt < t);
        }
        // Ordered here, not in SQL: the databases sort titles differently, and the diary reads the same on both.
        return [.. DiaryOrder.Activities(await query.ToListAsync(ct)).Select(ActivityDto.Of)];
    }

    public async Task<ActivityDto> GetAsync(Guid clusterId, Guid activityId, ClaimsPrincipal user, CancellationToken ct)
    {
        await clusters.EnsureAsync(clusterId, user, ActivityOperations.Read, ct);
        return ActivityDto.Of(await LoadAsync(clusterId, activityId, ct));
    }

    public async Task<ActivityDto> UpdateAsync(Guid clusterId, Guid activityId, ActivityRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var cluster = await clusters.EnsureAsync(clusterId, user, ActivityOperations.Log, ct);
        var activity = await LoadAsync(clusterId, activityId, ct);
        var details = await CheckAsync(cluster, request, ct);
        activity.Apply(details, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return ActivityDto.Of(activity);
    }

    /// <summary>Deletes the activity and the reflections written on it; deleting one that is gone already succeeds (a repeated request changes nothing).</summary>
    public async Task DeleteAsync(Guid clusterId, Guid activityId, ClaimsPrincipal user, CancellationToken ct)
    {
        await clusters.EnsureAsync(clusterId, user, ActivityOperations.Log, ct);
        var activity = await db.Set<Activity>().FirstOrDefaultAsync(a => a.Id == activityId && a.ClusterId == clusterId, ct);
        if (activity is null)
        {
            return;
        }
        db.RemoveRange(await db.Set<Reflection>().Where(r => r.ActivityId == activityId).ToListAsync(ct));
        db.Remove(activity);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The mode of the cluster's latest logged activity, the log form's default; online when there is none.</summary>
    public async Task<string> LastModeAsync(Guid clusterId, CancellationToken ct)
    {
        var mode = await db.Set<Activity>().AsNoTracking().Where(a => a.ClusterId == clusterId)
            .OrderByDescending(a => a.CreatedAt).Select(a => (ActivityMode?)a.Mode).FirstOrDefaultAsync(ct);
        return (mode ?? ActivityMode.Online).Name();
    }

    /// <summary>What the log form offers: methods and priorities of the programme, goals of the cluster's schools.</summary>
    public async Task<ActivityContext> ContextAsync(ClusterMembers cluster, CancellationToken ct)
    {
        var methodIds = (await methods.MethodsAsync(cluster.ProgrammeId, TextCatalog.CurrentLanguage(), ct)).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var goals = await plans.GoalsAsync(cluster.ProgrammeId, cluster.SchoolIds, ct);
        var priorities = (await programmes.PrioritiesAsync(cluster.ProgrammeId, ct)).Keys.ToHashSet(StringComparer.Ordinal);
        return new ActivityContext(cluster.SchoolIds, methodIds, goals, priorities);
    }

    private async Task<ActivityDetails> CheckAsync(ClusterMembers cluster, ActivityRequest request, CancellationToken ct)
    {
        var (details, errors) = ActivityRules.Check(request, await ContextAsync(cluster, ct));
        return details ?? throw new InputException(new CatalogText("Activities.Error.Invalid"), errors);
    }

    private async Task<Activity> LoadAsync(Guid clusterId, Guid activityId, CancellationToken ct) =>
        await db.Set<Activity>().Include(a => a.Participants).FirstOrDefaultAsync(a => a.Id == activityId && a.ClusterId == clusterId, ct)
            ?? throw new NotFoundException(new CatalogText("Activities.Error.NoSuchActivity", activityId));
}
