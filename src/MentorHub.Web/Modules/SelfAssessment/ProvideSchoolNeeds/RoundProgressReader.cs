using MentorHub.Web.Modules.SelfAssessment.Api;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.SelfAssessment.ProvideSchoolNeeds;

/// <summary>Live counts of a programme's open rounds (the same counts the rounds page shows its school), for coordinators' overviews.</summary>
internal sealed class RoundProgressReader(AppDbContext db, TimeProvider clock) : IRoundProgress
{
    public async Task<IReadOnlyList<OpenRoundProgress>> OpenRoundsAsync(Guid programmeId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rounds = await db.Set<SurveyRound>().AsNoTracking()
            .Where(r => r.ProgrammeId == programmeId && r.ClosedAt == null && r.OpensAt <= now && r.ClosesAt > now)
            .Select(r => new { r.Id, r.SchoolId, r.InstrumentId, r.OpensAt, r.ClosesAt })
            .ToListAsync(ct);
        var roundIds = rounds.Select(r => r.Id).ToList();
        var counts = (await db.Set<GroupAggregate>().AsNoTracking()
                .Where(g => roundIds.Contains(g.RoundId))
                .GroupBy(g => new { g.RoundId, g.Group })
                .Select(g => new { g.Key.RoundId, g.Key.Group, Respondents = g.Sum(x => x.Respondents) })
                .ToListAsync(ct))
            .ToLookup(c => c.RoundId);
        var expected = (await db.Set<ExpectedRespondents>().AsNoTracking().Where(e => roundIds.Contains(e.RoundId)).ToListAsync(ct)).ToLookup(e => e.RoundId);
        return rounds
            .Select(r =>
            {
                var byGroup = counts[r.Id].ToDictionary(c => c.Group, c => c.Respondents);
                return new OpenRoundProgress(r.Id, r.SchoolId, r.InstrumentId, r.OpensAt, r.ClosesAt, byGroup.Values.Sum(), byGroup,
                    expected[r.Id].ToDictionary(e => e.Group, e => e.Count));
            })
            .OrderBy(r => r.ClosesAt).ThenBy(r => r.SchoolId, StringComparer.Ordinal)
            .ToList();
    }
}
