using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Modules.SelfAssessment.ManageInstruments;
using MentorHub.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace MentorHub.Web.Modules.SelfAssessment.AnswerSurvey;

/// <summary>What a link code opens: the round's window and the form of one group.</summary>
internal sealed record OpenedLink(
    string Code, string RoundId, string Group, Instrument Instrument, DateTime OpensAt, DateTime ClosesAt, RoundStatus Status);

/// <summary>
/// Resolves link codes for the answering page and the anonymous API. A code whose round was open is
/// kept in memory for a few seconds: a whole school answering at once then costs the database one
/// lookup per link, not one per request. The memory is only a hint: the write of a response checks
/// again, in its own transaction, that the round takes answers, so a round closed on another instance
/// refuses answers at once. A code that looked closed or not yet open is always read afresh, so
/// extending or reopening a round shows everywhere at once too.
/// </summary>
internal sealed class SurveyLinks(AppDbContext db, InstrumentStore instruments, TimeProvider clock, IMemoryCache cache)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    private sealed record LinkRow(string RoundId, string Group, DateTime OpensAt, DateTime ClosesAt, DateTime? ClosedAt, string InstrumentId, string ContentHash);

    public static void Forget(IMemoryCache cache, IEnumerable<string> codes)
    {
        foreach (var code in codes)
        {
            cache.Remove(Key(code));
        }
    }

    private static string Key(string code) => "survey-link:" + code;

    public Task<OpenedLink?> FindAsync(string code, CancellationToken ct) => FindAsync(code, fresh: false, ct);

    /// <summary>Reads the link from the database, ignoring (and renewing) what is remembered.</summary>
    public Task<OpenedLink?> FindFreshAsync(string code, CancellationToken ct) => FindAsync(code, fresh: true, ct);

    private async Task<OpenedLink?> FindAsync(string code, bool fresh, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 40)
        {
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (fresh || !cache.TryGetValue(Key(code), out LinkRow? row) || row is null || SurveyRound.StatusAt(row.OpensAt, row.ClosesAt, row.ClosedAt, now) != RoundStatus.Open)
        {
            row = await (
                from l in db.Set<SurveyLink>().AsNoTracking()
                join r in db.Set<SurveyRound>() on l.RoundId equals r.Id
                join i in db.Set<StoredInstrument>() on r.InstrumentId equals i.Id
                where l.Code == code
                select new LinkRow(l.RoundId, l.Group, r.OpensAt, r.ClosesAt, r.ClosedAt, r.InstrumentId, i.ContentHash)).FirstOrDefaultAsync(ct);
            if (row is null)
            {
                // Unknown codes are not cached: garbage must not fill the memory.
                return null;
            }
            cache.Set(Key(code), row, CacheFor);
        }
        var status = SurveyRound.StatusAt(row.OpensAt, row.ClosesAt, row.ClosedAt, now);
        var instrument = await instruments.ByHashAsync(row.InstrumentId, row.ContentHash, ct);
        return new OpenedLink(code, row.RoundId, row.Group, instrument, row.OpensAt, row.ClosesAt, status);
    }
}
