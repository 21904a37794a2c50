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

internal sealed record LoadedReport(SurveyRound Round, Instrument Instrument, SchoolReport Report, SurveyRound? Previous);

/// <summary>
/// Builds a round's report from its aggregate rows only (a few hundred rows whatever the number of
/// responses), plus those of the school's previous round of the same instrument.
/// </summary>
internal sealed class SchoolReportReader(AppDbContext db, InstrumentStore instruments, IProgrammeDirectory programmes, RoundAccess access, TimeProvider clock)
{
    public async Task<LoadedReport> ReadAsync(string roundId, ClaimsPrincipal user, CancellationToken ct)
    {
        var round = await db.Set<SurveyRound>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct)
            ?? throw new NotFoundException(new CatalogText("SelfAssessment.Error.NoSuchRound", roundId));
        await access.EnsureCanManageAsync(user, round.SchoolId, round.ProgrammeId, ct, round.Id);
        var instrument = await instruments.GetAsync(round.InstrumentId, ct);
        var programme = await programmes.FindAsync(round.ProgrammeId, ct)
            ?? throw new NotFoundException(new CatalogText("SelfAssessment.Error.NoSuchRound", roundId));
        var policy = AnonymityPolicy.Of(programme);
        var now = clock.GetUtcNow().UtcDateTime;
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
