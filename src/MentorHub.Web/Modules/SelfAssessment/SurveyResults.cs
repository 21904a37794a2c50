using MentorHub.Web.Modules.SelfAssessment.Api;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Modules.SelfAssessment.ManageInstruments;
using MentorHub.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.SelfAssessment;

internal sealed class SurveyResults(AppDbContext db, InstrumentStore instruments) : ISurveyResults
{
    /// <summary>Sums item counts per school in the database: the cost grows with rounds, not responses.</summary>
    public async Task<OutcomeTallies> OutcomeTalliesAsync(Guid programmeId, string language, CancellationToken ct)
    {
        var outcomeRounds = db.Set<SurveyRound>()
            .Where(r => r.ProgrammeId == programmeId)
            .Join(db.Set<StoredInstrument>().Where(i => i.Purpose == InstrumentPurposes.Outcome), r => r.InstrumentId, i => i.Id, (r, i) => r);
        var instrumentIds = await outcomeRounds.Select(r => r.InstrumentId).Distinct().ToListAsync(ct);
        var itemIds = new List<string>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in instrumentIds.Order(StringComparer.Ordinal))
        {
            var instrument = await instruments.GetAsync(id, ct);
            foreach (var item in instrument.Items.Where(i => i.Kind == ItemKind.Scale && !itemIds.Contains(i.Id)))
            {
                itemIds.Add(item.Id);
                texts[item.Id] = item.Text.Get(language);
            }
        }

        var responses = await outcomeRounds
            .Join(db.Set<GroupAggregate>(), r => r.Id, g => g.RoundId, (r, g) => new { r.SchoolId, g.Respondents })
            .GroupBy(x => x.SchoolId).Select(g => new { SchoolId = g.Key, Responses = g.Sum(x => x.Respondents) })
            .ToListAsync(ct);
        var counts = await outcomeRounds
            .Join(db.Set<ItemValueCount>().Where(v => v.Value > ItemValueCount.DontKnowValue), r => r.Id, v => v.RoundId, (r, v) => new { r.SchoolId, v.ItemId, v.Value, v.Count })
            .GroupBy(x => new { x.SchoolId, x.ItemId })
            .Select(g => new { g.Key.SchoolId, g.Key.ItemId, Answered = g.Sum(x => x.Count), Agree = g.Sum(x => x.Value >= InstrumentScale.AgreeFrom ? x.Count : 0) })
            .ToListAsync(ct);

        var schools = responses.Select(s => new SchoolOutcomeTally(
            s.SchoolId, s.Responses,
            counts.Where(c => c.SchoolId == s.SchoolId).Select(c => new ItemTally(c.ItemId, c.Answered, c.Agree)).ToList())).ToList();
        return new OutcomeTallies(itemIds, texts, schools);
    }
}
