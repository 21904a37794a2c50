using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Modules.SelfAssessment.ManageInstruments;
using MentorHub.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.SelfAssessment.AnswerSurvey;

/// <summary>What a link code opens: the round's window and the form of one group.</summary>
internal sealed record OpenedLink(
    string Code, string RoundId, string Group, Instrument Instrument, DateTime OpensAt, DateTime ClosesAt, RoundStatus Status);

/// <summary>Resolves link codes for the answering page and the anonymous API, in one query.</summary>
internal sealed class SurveyLinks(AppDbContext db, InstrumentStore instruments, TimeProvider clock)
{
    public async Task<OpenedLink?> FindAsync(string code, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 40)
        {
            return null;
        }
        var row = await (
            from l in db.Set<SurveyLink>().AsNoTracking()
            join r in db.Set<SurveyRound>() on l.RoundId equals r.Id
            join i in db.Set<StoredInstrument>() on r.InstrumentId equals i.Id
            where l.Code == code
            select new { l.RoundId, l.Group, r.OpensAt, r.ClosesAt, r.ClosedAt, r.InstrumentId, i.ContentHash }).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var status = row.ClosedAt is not null || now >= row.ClosesAt ? RoundStatus.Closed : now < row.OpensAt ? RoundStatus.Scheduled : RoundStatus.Open;
        var instrument = await instruments.ByHashAsync(row.InstrumentId, row.ContentHash, ct);
        return new OpenedLink(code, row.RoundId, row.Group, instrument, row.OpensAt, row.ClosesAt, status);
    }
}
