using MentorHub.Web.Modules.Clusters.Domain;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Clusters.ManageCluster;

/// <summary>
/// A mentee school that withdraws from the programme leaves its cluster on the same date; the
/// membership keeps its history, as when a school leaves by itself. A mentor school that still leads
/// mentee schools cannot withdraw: the coordinator first lets its mentees leave (they can then join
/// another cluster), so no school is left in a cluster without a mentor by accident.
/// </summary>
internal sealed class LeaveClusterOnWithdrawal(AppDbContext db, IProgrammeDirectory programmes) : IParticipationWithdrawalListener
{
    public const string Reason = MemberReasons.Withdrew;

    public async Task SchoolWithdrawnAsync(Guid programmeId, string schoolId, DateTime withdrawnAt, CancellationToken ct)
    {
        var led = await db.Set<Cluster>().AsNoTracking()
            .Where(c => c.ProgrammeId == programmeId && c.MentorSchoolId == schoolId)
            .Select(c => new { c.Name, Mentees = c.Members.Count(m => m.Role == MemberRole.Mentee && m.LeftAt == null) })
            .Where(c => c.Mentees > 0)
            .FirstOrDefaultAsync(ct);
        if (led is not null)
        {
            throw new BusinessRuleException(new CatalogText("Clusters.Error.MentorLeadsMentees", led.Name, led.Mentees));
        }

        var clusters = await db.Set<Cluster>().Include(c => c.Members)
            .Where(c => c.ProgrammeId == programmeId
                && c.Members.Any(m => m.SchoolId == schoolId && m.Role == MemberRole.Mentee && m.LeftAt == null))
            .ToListAsync(ct);
        foreach (var cluster in clusters)
        {
            cluster.Leave(schoolId, withdrawnAt, Reason);
        }
        if (clusters.Count > 0)
        {
            await programmes.AssignClusterAsync(programmeId, schoolId, null, ct);
        }
    }
}
