using MentorHub.Web.Modules.Clusters.Domain;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Clusters.ManageCluster;

/// <summary>
/// A mentee school that withdraws from the programme leaves its cluster on the same date; the
/// membership keeps its history, as when a school leaves by itself. A withdrawing mentor school is
/// left in place: its cluster would lose its lead, and what becomes of its mentees is not decided.
/// </summary>
internal sealed class LeaveClusterOnWithdrawal(AppDbContext db, IProgrammeDirectory programmes) : IParticipationWithdrawalListener
{
    public const string Reason = "withdrew from the programme";

    public async Task SchoolWithdrawnAsync(Guid programmeId, string schoolId, DateTime withdrawnAt, CancellationToken ct)
    {
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
