using System.Security.Claims;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Modules.Schools.Api;
using MentorHub.Web.Modules.SelfAssessment.Api;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Modules.SelfAssessment.ManageInstruments;
using MentorHub.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.SelfAssessment.CompareSchools;

/// <summary>One school's row of the heatmap: its latest round's area means for one group, or nothing when suppressed.</summary>
internal sealed record ComparedSchool(string SchoolId, string Name, string? RoundId, bool Suppressed, IReadOnlyDictionary<string, double?> Means);

internal sealed record SchoolComparisonResult(Instrument Instrument, string Group, int Threshold, IReadOnlyList<ComparedSchool> Schools, IReadOnlyList<HubSummary> Hubs);

/// <summary>
/// Member schools side by side: each school's latest round of an instrument, read from aggregates.
/// A school whose group is under the programme's threshold shows no number, as in its own report.
/// </summary>
internal sealed class SchoolComparison(AppDbContext db, InstrumentStore instruments, ComparisonScope scope, ISchoolDirectory schools, TimeProvider clock)
{
    public async Task<SchoolComparisonResult?> ReadAsync(
        ClaimsPrincipal user, Guid programmeId, Guid? hubId, Guid? clusterId, string group, string instrumentId, CancellationToken ct)
    {
        if (await scope.ReadAsync(user, programmeId, hubId, clusterId, ct) is not { } compared)
        {
            return null;
        }
        var (programme, hubs, participants) = (compared.Programme, compared.Hubs, compared.Participants);
        var instrument = await instruments.GetAsync(instrumentId, ct);
        var policy = AnonymityPolicy.Of(programme);
        var now = clock.GetUtcNow().UtcDateTime;
        var schoolIds = participants.Select(p => p.SchoolId).ToList();
        // Each school's latest released round: a round that still takes answers shows nothing yet.
        var latest = (await db.Set<SurveyRound>().AsNoTracking()
                .Where(r => r.ProgrammeId == programmeId && r.InstrumentId == instrumentId && schoolIds.Contains(r.SchoolId))
                .Select(r => new { r.Id, r.SchoolId, r.OpensAt, r.ClosesAt, r.ClosedAt }).ToListAsync(ct))
            .Where(r => AnonymityPolicy.IsReleased(r.OpensAt, r.ClosesAt, r.ClosedAt, now))
            .GroupBy(r => r.SchoolId).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.OpensAt).First().Id);
        var roundIds = latest.Values.ToList();
        var counts = (await db.Set<GroupAggregate>().AsNoTracking().Where(g => roundIds.Contains(g.RoundId) && g.Group == group).ToListAsync(ct))
            .GroupBy(g => g.RoundId).ToDictionary(g => g.Key, g => g.Sum(x => x.CountedRespondents));
        var areas = (await db.Set<AreaAggregate>().AsNoTracking().Where(a => roundIds.Contains(a.RoundId) && a.Group == group).ToListAsync(ct))
            .GroupBy(a => (a.RoundId, a.AreaId))
            .ToDictionary(g => g.Key, g => g.Sum(x => x.Respondents) is var n && policy.MayShow(n) ? g.Sum(x => x.SumOfMeans) / n : (double?)null);
        var names = await schools.FindManyAsync(schoolIds, ct);

        var rows = participants.Select(p =>
        {
            var name = names.GetValueOrDefault(p.SchoolId)?.Name ?? p.SchoolId;
            if (!latest.TryGetValue(p.SchoolId, out var roundId))
            {
                return new ComparedSchool(p.SchoolId, name, null, false, new Dictionary<string, double?>());
            }
            if (!policy.MayShow(counts.GetValueOrDefault(roundId)))
            {
                return new ComparedSchool(p.SchoolId, name, roundId, true, new Dictionary<string, double?>());
            }
            return new ComparedSchool(p.SchoolId, name, roundId, false,
                instrument.ScoredAreasFor(group).ToDictionary(a => a.Id, a => areas.GetValueOrDefault((roundId, a.Id))));
        }).OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        return new SchoolComparisonResult(instrument, group, policy.Threshold, rows, hubs);
    }
}
