using System.Security.Claims;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Modules.SelfAssessment.Api;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Modules.SelfAssessment.ManageInstruments;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.SelfAssessment.ReadSchoolReport;

/// <param name="SharedView">The share the caller reads the report through, or null when they read the school's whole report as one of those who run its rounds.</param>
internal sealed record LoadedReport(SurveyRound Round, Instrument Instrument, SchoolReport Report, SurveyRound? Previous, ReportShare? SharedView = null)
{
    /// <summary>The areas the caller sees: the shared ones, or null for all.</summary>
    public IReadOnlyList<string>? AreaIds => SharedView?.AreaIds;

    public bool ShowsArea(string areaId) => SharedView?.Covers(areaId) ?? true;
}

/// <summary>
/// Builds a round's report from its aggregate rows only (a few hundred rows whatever the number of
/// responses), plus those of the school's previous round of the same instrument. Those who run the
/// school's rounds read the whole report; others read what the school shared with them (ADR 0016),
/// cut from the same report so the anonymity policy holds exactly as in the full one.
/// </summary>
internal sealed class SchoolReportReader(AppDbContext db, InstrumentStore instruments, IProgrammeDirectory programmes, RoundAccess access, ReportShares shares, TimeProvider clock)
{
    public async Task<LoadedReport> ReadAsync(string roundId, ClaimsPrincipal user, CancellationToken ct)
    {
        var round = await db.Set<SurveyRound>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct)
            ?? throw new NotFoundException(new CatalogText("SelfAssessment.Error.NoSuchRound", roundId));
        var now = clock.GetUtcNow().UtcDateTime;
        ReportShare? sharedView = null;
        if (!await access.CanManageAsync(user, round.SchoolId, round.ProgrammeId, ct))
        {
            // Only a released round can be shared; the check repeats here so no later change can widen it.
            sharedView = await shares.FindAsync(round.Id, ct);
            if (sharedView is null || !AnonymityPolicy.IsReleased(round, now) || !await access.CanReadSharedAsync(user, SurveyRoundKey.Of(round), sharedView))
            {
                await access.EnsureCanManageAsync(user, round.SchoolId, round.ProgrammeId, ct, round.Id);
            }
        }
        var loaded = await BuildAsync(round, now, ct);
        return sharedView is null ? loaded
            : loaded with { SharedView = sharedView, Report = sharedView.AreaIds is { } areas ? SchoolReportBuilder.Restrict(loaded.Instrument, loaded.Report, areas) : loaded.Report };
    }

    private async Task<LoadedReport> BuildAsync(SurveyRound round, DateTime now, CancellationToken ct)
    {
        var roundId = round.Id;
        var instrument = await instruments.GetAsync(round.InstrumentId, ct);
        var programme = await programmes.FindAsync(round.ProgrammeId, ct)
            ?? throw new NotFoundException(new CatalogText("SelfAssessment.Error.NoSuchRound", roundId));
        var policy = AnonymityPolicy.Of(programme);
        var current = await AggregatesAsync(round, ct);
        if (!AnonymityPolicy.IsReleased(round, now))
        {
            return new LoadedReport(round, instrument, SchoolReportBuilder.Unreleased(instrument, current, policy), null);
        }

        // Only a released round can be the baseline of a change: an open one has no numbers yet.
        var previous = (await db.Set<SurveyRound>().AsNoTracking()
                .Where(r => r.SchoolId == round.SchoolId && r.InstrumentId == round.InstrumentId && r.Id != round.Id && r.OpensAt < round.OpensAt)
                .OrderByDescending(r => r.OpensAt).ToListAsync(ct))
            .FirstOrDefault(r => AnonymityPolicy.IsReleased(r, now));
        var before = previous is null ? null : await AggregatesAsync(previous, ct);
        return new LoadedReport(round, instrument, SchoolReportBuilder.Build(instrument, current, before, policy), previous);
    }

    public async Task<RoundAggregates> AggregatesAsync(SurveyRound round, CancellationToken ct)
    {
        var groups = await db.Set<GroupAggregate>().AsNoTracking().Where(g => g.RoundId == round.Id).ToListAsync(ct);
        var areas = await db.Set<AreaAggregate>().AsNoTracking().Where(a => a.RoundId == round.Id).ToListAsync(ct);
        var values = await db.Set<ItemValueCount>().AsNoTracking().Where(v => v.RoundId == round.Id && v.Count > 0).ToListAsync(ct);
        return RoundAggregates.FromShards(round.Id, round.SchoolId, groups, areas, values);
    }
}
