using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.SelfAssessment;

/// <summary>What schools shared of their reports: read by the report, the rounds page and the cluster's needs.</summary>
internal sealed class ReportShares(AppDbContext db)
{
    public Task<ReportShare?> FindAsync(string roundId, CancellationToken ct) =>
        db.Set<ReportShare>().AsNoTracking().FirstOrDefaultAsync(s => s.RoundId == roundId, ct);

    /// <returns>Active shares of the given rounds, by round id.</returns>
    public async Task<IReadOnlyDictionary<string, ReportShare>> ActiveAsync(IReadOnlyCollection<string> roundIds, CancellationToken ct)
    {
        var ids = roundIds.ToList();
        return (await db.Set<ReportShare>().AsNoTracking().Where(s => ids.Contains(s.RoundId) && (s.MentorSchool || s.OwnStaff)).ToListAsync(ct))
            .ToDictionary(s => s.RoundId);
    }
}
