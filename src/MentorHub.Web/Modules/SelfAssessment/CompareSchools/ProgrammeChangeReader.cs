using System.Security.Claims;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Modules.SelfAssessment.Api;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Modules.SelfAssessment.ManageInstruments;
using MentorHub.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.SelfAssessment.CompareSchools;

internal sealed record ProgrammeChangeResult(
    Instrument Instrument, int Threshold, int SchoolsWithTwoRounds, IReadOnlyList<PooledAreaChange> Changes, IReadOnlyList<HubSummary> Hubs);

/// <summary>
/// How the programme's schools moved between their first and latest round of an instrument, read from
/// aggregate rows summed in the database (a few rows per round and area, whatever the responses).
/// </summary>
internal sealed class ProgrammeChangeReader(AppDbContext db, InstrumentStore instruments, ComparisonScope scope, TimeProvider clock)
{
    public async Task<ProgrammeChangeResult?> ReadAsync(ClaimsPrincipal user, Guid programmeId, Guid? hubId, string instrumentId, CancellationToken ct)
    {
        if (await scope.ReadAsync(user, programmeId, hubId, null, ct) is not { } compared)
        {
            return null;
        }
        var instrument = await instruments.GetAsync(instrumentId, ct);
        var policy = AnonymityPolicy.Of(compared.Programme);
        var now = clock.GetUtcNow().UtcDateTime;
        var schoolIds = compared.Participants.Select(p => p.SchoolId).ToList();
        // Only released rounds: an open round's numbers would change with each answer.
        var rounds = (await db.Set<SurveyRound>().AsNoTracking()
                .Where(r => r.ProgrammeId == programmeId && r.InstrumentId == instrumentId && schoolIds.Contains(r.SchoolId))
                .Select(r => new { r.Id, r.SchoolId, r.OpensAt, r.ClosesAt, r.ClosedAt }).ToListAsync(ct))
            .Where(r => AnonymityPolicy.IsReleased(r.OpensAt, r.ClosesAt, r.ClosedAt, now))
            .GroupBy(r => r.SchoolId)
            .Where(g => g.Count() >= 2)
            .Select(g => (SchoolId: g.Key, Baseline: g.MinBy(r => r.OpensAt)!.Id, Latest: g.MaxBy(r => r.OpensAt)!.Id))
            .ToList();
        var roundIds = rounds.SelectMany(r => new[] { r.Baseline, r.Latest }).ToList();
        var groups = await db.Set<GroupAggregate>().AsNoTracking().Where(g => roundIds.Contains(g.RoundId))
            .GroupBy(g => new { g.RoundId, g.Group })
            .Select(g => new { g.Key.RoundId, g.Key.Group, Respondents = g.Sum(x => x.CountedRespondents) })
            .ToListAsync(ct);
        var areas = await db.Set<AreaAggregate>().AsNoTracking().Where(a => roundIds.Contains(a.RoundId))
            .GroupBy(a => new { a.RoundId, a.Group, a.AreaId })
            .Select(a => new { a.Key.RoundId, a.Key.Group, a.Key.AreaId, N = a.Sum(x => x.Respondents), Sum = a.Sum(x => x.SumOfMeans), Squares = a.Sum(x => x.SumOfSquaredMeans) })
            .ToListAsync(ct);

        var groupsOfRound = groups.ToLookup(g => g.RoundId);
        var areasOfGroup = areas.ToLookup(a => (a.RoundId, a.Group));
        IReadOnlyList<GroupMoments> Moments(string roundId) => groupsOfRound[roundId]
            .Select(g => new GroupMoments(g.Group, g.Respondents, areasOfGroup[(roundId, g.Group)]
                .ToDictionary(a => a.AreaId, a => new SampleMoments(a.N, a.Sum, a.Squares))))
            .ToList();
        var pairs = rounds.Select(r => new SchoolRoundPair(r.SchoolId, Moments(r.Baseline), Moments(r.Latest))).ToList();
        var changes = ProgrammeChangeBuilder.Build(instrument, pairs, policy);
        return new ProgrammeChangeResult(instrument, policy.Threshold, rounds.Count, changes, compared.Hubs);
    }
}
