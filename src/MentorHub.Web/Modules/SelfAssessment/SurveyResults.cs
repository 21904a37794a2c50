using MentorHub.Web.Modules.SelfAssessment.Api;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Modules.SelfAssessment.ManageInstruments;
using MentorHub.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.SelfAssessment;

internal sealed class SurveyResults(AppDbContext db, InstrumentStore instruments, TimeProvider clock) : ISurveyResults
{
    /// <summary>Sums aggregate rows in the database: the cost grows with rounds, not responses.</summary>
    public async Task<OutcomeTallies> OutcomeTalliesAsync(Guid programmeId, string language, AnonymityPolicy policy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(policy);
        // Released rounds only (closed, by hand or by time): an open round's numbers would change with each answer.
        var now = clock.GetUtcNow().UtcDateTime;
        var programmeRounds = db.Set<SurveyRound>()
            .Where(r => r.ProgrammeId == programmeId)
            .Join(db.Set<StoredInstrument>().Where(i => i.Purpose == InstrumentPurposes.Outcome), r => r.InstrumentId, i => i.Id, (r, i) => r);
        var released = (await programmeRounds.Select(r => new { r.Id, r.OpensAt, r.ClosesAt, r.ClosedAt }).ToListAsync(ct))
            .Where(r => AnonymityPolicy.IsReleased(r.OpensAt, r.ClosesAt, r.ClosedAt, now))
            .Select(r => r.Id).ToList();
        var outcomeRounds = programmeRounds.Where(r => released.Contains(r.Id));
        var instrumentIds = await outcomeRounds.Select(r => r.InstrumentId).Distinct().ToListAsync(ct);
        var itemIds = new List<string>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var groupOfItem = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in instrumentIds.Order(StringComparer.Ordinal))
        {
            var instrument = await instruments.GetAsync(id, ct);
            foreach (var item in instrument.Items.Where(i => i.Kind == ItemKind.Scale))
            {
                groupOfItem.TryAdd(item.Id, item.Group);
                if (!itemIds.Contains(item.Id))
                {
                    itemIds.Add(item.Id);
                    texts[item.Id] = item.Text.Get(language);
                }
            }
        }

        var groups = await outcomeRounds
            .Join(db.Set<GroupAggregate>(), r => r.Id, g => g.RoundId, (r, g) => new { r.SchoolId, g.RoundId, g.Group, g.CountedRespondents })
            .GroupBy(x => new { x.SchoolId, x.RoundId, x.Group })
            .Select(g => new { g.Key.SchoolId, g.Key.RoundId, g.Key.Group, Respondents = g.Sum(x => x.CountedRespondents) })
            .ToListAsync(ct);
        var counts = await outcomeRounds
            .Join(db.Set<ItemValueCount>().Where(v => v.Value > ItemValueCount.DontKnowValue), r => r.Id, v => v.RoundId, (r, v) => new { v.RoundId, v.ItemId, v.Value, v.Count })
            .GroupBy(x => new { x.RoundId, x.ItemId })
            .Select(g => new { g.Key.RoundId, g.Key.ItemId, Answered = g.Sum(x => x.Count), Agree = g.Sum(x => x.Value >= InstrumentScale.AgreeFrom ? x.Count : 0) })
            .ToListAsync(ct);

        // Only cells the policy lets a school report show are added in: a round's group with enough
        // counted respondents, and in it an item with enough answers. Every pooled total (school, hub,
        // cluster, programme) is then a sum of shown cells, so the difference between two totals is too.
        // A school whose groups are all smaller is still listed, with no responses, so it shows as suppressed.
        var shown = groups.Where(g => policy.MayShow(g.Respondents)).Select(g => (g.RoundId, g.Group)).ToHashSet();
        var countsOfRound = counts.ToLookup(c => c.RoundId);
        var schools = groups.GroupBy(g => g.SchoolId).Select(school =>
        {
            var items = school.Select(g => g.RoundId).Distinct().SelectMany(r => countsOfRound[r])
                .Where(c => groupOfItem.TryGetValue(c.ItemId, out var group) && shown.Contains((c.RoundId, group)) && policy.MayShow(c.Answered))
                .GroupBy(c => c.ItemId)
                .Select(c => new ItemTally(c.Key, c.Sum(x => x.Answered), c.Sum(x => x.Agree)))
                .ToList();
            return new SchoolOutcomeTally(school.Key, school.Where(g => shown.Contains((g.RoundId, g.Group))).Sum(g => g.Respondents), items);
        }).ToList();
        return new OutcomeTallies(itemIds, texts, schools);
    }
}
