using MentorHub.Web.Modules.Clusters.Api;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Modules.SelfAssessment.Api;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.SelfAssessment.ProvideSchoolNeeds;

/// <summary>
/// Each school's needs from its latest released (closed) round of the default self-assessment in the
/// programme: for the cluster optimiser, development plans, the toolbox and the cluster page. Only the
/// group areas the anonymity policy lets a school report show count, and each counted group weighs the
/// same, so leaders and teachers speak equally.
/// </summary>
internal sealed class SchoolNeedsFromSurveys(AppDbContext db, IProgrammeDirectory programmes, TimeProvider clock) : ISchoolNeedsSource, ISchoolNeeds
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>>> LatestAreaScoresAsync(
        Guid programmeId, IReadOnlyCollection<string> schoolIds, CancellationToken ct) =>
        (await LatestAsync(programmeId, schoolIds, ct))
            .ToDictionary(s => s.Key, s => (IReadOnlyDictionary<string, double>)s.Value.Areas.ToDictionary(a => a.AreaId, a => a.Mean));

    public async Task<IReadOnlyDictionary<string, SchoolNeeds>> LatestAsync(Guid programmeId, IReadOnlyCollection<string> schoolIds, CancellationToken ct)
    {
        if (await programmes.FindAsync(programmeId, ct) is not { } programme)
        {
            return new Dictionary<string, SchoolNeeds>();
        }
        var policy = AnonymityPolicy.Of(programme);
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = schoolIds.ToList();
        var latest = (await db.Set<SurveyRound>().AsNoTracking()
                .Where(r => r.ProgrammeId == programmeId && r.InstrumentId == InstrumentCatalog.DefaultSelfAssessmentId && ids.Contains(r.SchoolId))
                .Select(r => new { r.Id, r.SchoolId, r.OpensAt, r.ClosesAt, r.ClosedAt }).ToListAsync(ct))
            .Where(r => AnonymityPolicy.IsReleased(r.OpensAt, r.ClosesAt, r.ClosedAt, now))
            .GroupBy(r => r.SchoolId).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.OpensAt).First());
        var roundIds = latest.Values.Select(r => r.Id).ToList();
        var shown = (await db.Set<GroupAggregate>().AsNoTracking().Where(g => roundIds.Contains(g.RoundId)).ToListAsync(ct))
            .GroupBy(g => (g.RoundId, g.Group))
            .Where(g => policy.MayShow(g.Sum(x => x.CountedRespondents)))
            .Select(g => g.Key)
            .ToHashSet();
        var groupMeans = (await db.Set<AreaAggregate>().AsNoTracking().Where(a => roundIds.Contains(a.RoundId)).ToListAsync(ct))
            .GroupBy(a => (a.RoundId, a.Group, a.AreaId))
            .Where(g => shown.Contains((g.Key.RoundId, g.Key.Group)) && policy.MayShow(g.Sum(x => x.Respondents)))
            .Select(g => (g.Key.RoundId, g.Key.Group, g.Key.AreaId, Mean: g.Sum(x => x.SumOfMeans) / g.Sum(x => x.Respondents)))
            .ToList();

        var result = new Dictionary<string, SchoolNeeds>();
        foreach (var (schoolId, round) in latest)
        {
            var areas = groupMeans.Where(m => m.RoundId == round.Id)
                .GroupBy(m => m.AreaId)
                .Select(g =>
                {
                    double? leaders = g.Where(m => m.Group == RespondentGroups.Leaders).Select(m => (double?)m.Mean).SingleOrDefault();
                    double? teachers = g.Where(m => m.Group == RespondentGroups.Teachers).Select(m => (double?)m.Mean).SingleOrDefault();
                    return new AreaNeed(g.Key, g.Average(m => m.Mean), leaders, teachers, leaders - teachers);
                })
                .OrderBy(a => a.Mean).ThenBy(a => a.AreaId, StringComparer.Ordinal)
                .ToList();
            if (areas.Count > 0)
            {
                result[schoolId] = new SchoolNeeds(schoolId, round.Id, round.ClosedAt ?? round.ClosesAt, areas);
            }
        }
        return result;
    }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> AreaNames() =>
        Areas().ToDictionary(a => a.AreaId, a => a.Names);

    public IReadOnlyList<(string AreaId, IReadOnlyDictionary<string, string> Names)> Areas() =>
        InstrumentCatalog.Find(InstrumentCatalog.DefaultSelfAssessmentId)?.Areas
            .Select(a => (a.Id, (IReadOnlyDictionary<string, string>)a.Name.Values.ToDictionary(v => v.Key, v => v.Value)))
            .ToList()
        ?? [];
}
