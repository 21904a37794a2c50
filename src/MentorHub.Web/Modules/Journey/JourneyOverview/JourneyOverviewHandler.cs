using System.Security.Claims;
using MentorHub.Web.Modules.Activities.Api;
using MentorHub.Web.Modules.Clusters.Api;
using MentorHub.Web.Modules.Journey.Api;
using MentorHub.Web.Modules.Journey.Domain;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Modules.SelfAssessment.Api;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Journey.JourneyOverview;

internal sealed record OverviewQuery(Guid? HubId, int? InactiveDays, bool InactiveOnly, int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;
}

internal sealed record OverviewSchoolDto(string SchoolId, int Cycle, string Phase, DateTime? Since);

/// <summary>An open round's progress: how many answered so far. Counts only, never answers.</summary>
internal sealed record OverviewRoundDto(string RoundId, string SchoolId, int Responses, DateTime ClosesAt);

/// <param name="Inactive">Nothing logged for at least the overview's number of days (or never).</param>
internal sealed record OverviewClusterDto(
    Guid ClusterId, string Name, Guid? HubId, string MentorSchoolId, int Cycle, string Phase, DateTime? Since,
    DateTime? LastActivityAt, bool Inactive, IReadOnlyList<OverviewSchoolDto> Schools, IReadOnlyList<OverviewRoundDto> OpenRounds);

/// <param name="ClustersByPhase">Phase name → clusters in it, over every cluster of the overview (not only the page).</param>
/// <param name="SchoolsByPhase">Phase name → schools in it.</param>
/// <param name="InactiveSince">The moment the flags were judged against: a cluster whose last activity is earlier (or that has none) is inactive.</param>
internal sealed record JourneyOverviewDto(
    Guid ProgrammeId, Guid? HubId, int InactiveDays, int Clusters, int InactiveClusters,
    IReadOnlyDictionary<string, int> ClustersByPhase, IReadOnlyDictionary<string, int> SchoolsByPhase,
    int Total, int Page, int PageSize, IReadOnlyList<OverviewClusterDto> Items, DateTime InactiveSince);

/// <summary>
/// Every cluster of a programme (or hub) and its schools by phase, the clusters that logged nothing for a
/// while, and open rounds' response counts: a handful of set-based reads, whatever the number of clusters.
/// </summary>
internal sealed class JourneyOverviewHandler(
    AppDbContext db, IClusterDirectory clusters, IProgrammeDirectory programmes, IAuthorizationService authorization,
    IActivityLog activities, IRoundProgress rounds, IConfiguration configuration, TimeProvider clock)
{
    public const int DefaultInactiveDays = 30;

    public async Task<JourneyOverviewDto> GetAsync(Guid programmeId, OverviewQuery query, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await programmes.FindAsync(programmeId, ct) is null || !await authorization.AllowsAsync(user, new ProgrammeResource(programmeId), ProgrammeOperations.Read))
        {
            throw new NotFoundException(new CatalogText("Journey.Error.NoSuchProgramme", programmeId));
        }
        var hubs = await programmes.HubsOfProgrammeAsync(programmeId, ct);
        var errors = new Dictionary<string, CatalogText[]>();
        if (query.HubId is { } hub && hubs.All(h => h.Id != hub))
        {
            errors["hubId"] = [new("Journey.Error.NoSuchHubInProgramme", hub)];
        }
        if (query.InactiveDays is < 1 or > 3650)
        {
            errors["inactiveDays"] = [new("Journey.Error.InactiveDaysRange")];
        }
        if (query.Page < 1)
        {
            errors["page"] = [new("Journey.Error.PageRange")];
        }
        if (query.PageSize is < 1 or > OverviewQuery.MaxPageSize)
        {
            errors["pageSize"] = [new("Journey.Error.PageSizeRange", OverviewQuery.MaxPageSize)];
        }
        if (errors.Count > 0)
        {
            throw new InputException(new CatalogText("Journey.Error.BadOverviewQuery"), errors);
        }
        if (!await authorization.AllowsAsync(user, new JourneyOverviewResource(programmeId, query.HubId), JourneyOverviewOperations.Read))
        {
            throw new ForbiddenException(new CatalogText("Journey.Error.Forbidden.Overview"));
        }

        // A hub coordinator sees the clusters of the hubs they coordinate.
        var all = await clusters.MembersOfProgrammeAsync(programmeId, query.HubId, ct);
        if (!programmes.CanManage(user, programmeId))
        {
            var held = hubs.Where(h => user.Holds(Role.HubCoordinator, ScopeType.Hub, h.Id.ToString())).Select(h => (Guid?)h.Id).ToHashSet();
            all = [.. all.Where(c => held.Contains(c.HubId))];
        }

        var tracks = (await db.Set<JourneyTrack>().AsNoTracking().Where(t => t.ProgrammeId == programmeId)
                .Select(t => new { t.ClusterId, t.SchoolId, t.Cycle, t.Phase, t.Since }).ToListAsync(ct))
            .ToDictionary(t => (t.ClusterId, t.SchoolId), t => (t.Cycle, t.Phase, t.Since));
        var ids = all.Select(c => c.Id).ToList();
        var lastLogged = await activities.LastLoggedAsync(ids, ct);
        var open = (await rounds.OpenRoundsAsync(programmeId, ct)).ToLookup(r => r.SchoolId);
        var days = query.InactiveDays ?? configuration.GetValue<int?>("Journey:InactiveDays") ?? DefaultInactiveDays;
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-days);

        // Counts and the inactivity flag cover every cluster; schools and rounds are listed for the page only.
        var clustersByPhase = JourneyPhases.All.ToDictionary(p => p.Name(), _ => 0);
        var schoolsByPhase = JourneyPhases.All.ToDictionary(p => p.Name(), _ => 0);
        var rows = new List<Row>(all.Count);
        foreach (var c in all.OrderBy(c => c.Name, StringComparer.CurrentCulture).ThenBy(c => c.Id))
        {
            var own = tracks.TryGetValue((c.Id, JourneyTrack.ClusterWide), out var t) ? t : (Cycle: 1, Phase: JourneyPhase.Initiative, Since: (DateTime?)null);
            clustersByPhase[own.Phase.Name()]++;
            foreach (var s in c.SchoolIds)
            {
                schoolsByPhase[(tracks.TryGetValue((c.Id, s), out var st) ? st : own).Phase.Name()]++;
            }
            DateTime? last = lastLogged.TryGetValue(c.Id, out var l) ? l : null;
            rows.Add(new Row(c, own, last, last is null || last < cutoff));
        }
        var listed = query.InactiveOnly ? rows.Where(r => r.Inactive).ToList() : rows;
        var page = listed.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(r =>
            {
                var (c, own) = (r.Cluster, r.Own);
                var schools = c.SchoolIds.Select(s => tracks.TryGetValue((c.Id, s), out var st) ? st : own)
                    .Select((st, i) => new OverviewSchoolDto(c.SchoolIds[i], st.Cycle, st.Phase.Name(), st.Since)).ToList();
                return new OverviewClusterDto(c.Id, c.Name, c.HubId, c.MentorSchoolId, own.Cycle, own.Phase.Name(), own.Since, r.Last, r.Inactive, schools,
                    [.. c.SchoolIds.SelectMany(s => open[s]).Select(o => new OverviewRoundDto(o.RoundId, o.SchoolId, o.Responses, o.ClosesAt))]);
            })
            .ToList();
        return new JourneyOverviewDto(programmeId, query.HubId, days, rows.Count, rows.Count(r => r.Inactive), clustersByPhase, schoolsByPhase,
            listed.Count, query.Page, query.PageSize, page, cutoff);
    }

    public Task<IReadOnlyList<HubSummary>> HubsAsync(Guid programmeId, CancellationToken ct) => programmes.HubsOfProgrammeAsync(programmeId, ct);

    /// <summary>One cluster of the overview before it is listed: where it stands and whether it is inactive.</summary>
    private readonly record struct Row(ClusterMembers Cluster, (int Cycle, JourneyPhase Phase, DateTime? Since) Own, DateTime? Last, bool Inactive);
}
