using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using MentorHub.Web.Modules.Activities.Domain;
using MentorHub.Web.Modules.Activities.LogActivity;
using MentorHub.Web.Modules.Clusters.Api;
using MentorHub.Web.Modules.Schools.Api;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Mail;
using MentorHub.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Activities.Calendar;

internal sealed record CalendarFeedDto(string Url);

/// <summary>The cluster's activities as an iCalendar feed, for signed-in clients and, by a secret address, for calendar apps.</summary>
internal sealed class CalendarHandler(AppDbContext db, ActivityClusters clusters, ActivitiesHandler activities, ISchoolDirectory schools, IPublicLinks links, TimeProvider time)
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public async Task<string> IcsAsync(Guid clusterId, ClaimsPrincipal user, CancellationToken ct)
    {
        var cluster = await clusters.EnsureAsync(clusterId, user, ActivityOperations.Read, ct);
        return await BuildAsync(cluster, ct);
    }

    /// <summary>The feed for a calendar app holding the cluster's secret token; a wrong or revoked token looks like no cluster (404).</summary>
    public async Task<string> FeedAsync(Guid clusterId, string? token, CancellationToken ct)
    {
        var feed = await db.Set<CalendarFeed>().AsNoTracking().FirstOrDefaultAsync(f => f.ClusterId == clusterId, ct);
        if (feed is null || string.IsNullOrEmpty(token) || token.Length > 100
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(feed.TokenHash)))
        {
            throw new NotFoundException(new CatalogText("Activities.Error.NoSuchCluster", clusterId));
        }
        var (members, _) = await clusters.FindAsync(clusterId, ct);
        return await BuildAsync(members, ct);
    }

    public async Task<bool> HasFeedAsync(Guid clusterId, CancellationToken ct) =>
        await db.Set<CalendarFeed>().AnyAsync(f => f.ClusterId == clusterId, ct);

    /// <summary>Makes a new secret address (the previous one stops working); only now is its token ever shown.</summary>
    public async Task<CalendarFeedDto> CreateFeedAsync(Guid clusterId, ClaimsPrincipal user, CancellationToken ct)
    {
        await clusters.EnsureAsync(clusterId, user, ActivityOperations.Log, ct);
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var feed = await db.Set<CalendarFeed>().FirstOrDefaultAsync(f => f.ClusterId == clusterId, ct);
        if (feed is null)
        {
            feed = new CalendarFeed { ClusterId = clusterId, TokenHash = "" };
            db.Add(feed);
        }
        feed.TokenHash = Hash(token);
        feed.CreatedBy = user.UserId();
        feed.CreatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return new CalendarFeedDto(links.To($"/api/v1/clusters/{clusterId}/calendar-feed.ics?token={token}"));
    }

    public async Task RevokeFeedAsync(Guid clusterId, ClaimsPrincipal user, CancellationToken ct)
    {
        await clusters.EnsureAsync(clusterId, user, ActivityOperations.Log, ct);
        await db.Set<CalendarFeed>().Where(f => f.ClusterId == clusterId).ExecuteDeleteAsync(ct);
    }

    private async Task<string> BuildAsync(ClusterMembers cluster, CancellationToken ct)
    {
        var list = await activities.ListAsync(cluster.Id, null, null, ct);
        var names = await schools.FindManyAsync(list.Select(a => a.HostSchoolId).Distinct(), ct);
        return Serialize(cluster.Name, list, id => names.GetValueOrDefault(id)?.Name ?? id);
    }

    /// <summary>One VEVENT per activity: its title as SUMMARY, UTC start and end, a UID that stays the same across edits, the host school or "Online" as LOCATION.</summary>
    public static string Serialize(string calendarName, IEnumerable<ActivityDto> activities, Func<string, string> schoolName)
    {
        var calendar = new Ical.Net.Calendar();
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        foreach (var a in activities)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{a.Id:D}@mentorhub",
                Summary = a.Title,
                DtStart = new CalDateTime(DateTime.SpecifyKind(a.StartsAt, DateTimeKind.Utc)),
                DtEnd = new CalDateTime(DateTime.SpecifyKind(a.StartsAt.AddMinutes(a.DurationMinutes), DateTimeKind.Utc)),
                DtStamp = new CalDateTime(DateTime.SpecifyKind(a.UpdatedAt, DateTimeKind.Utc)),
                Location = a.Mode == ActivityMode.Online.Name() ? "Online" : schoolName(a.HostSchoolId),
                Description = a.Topic,
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
