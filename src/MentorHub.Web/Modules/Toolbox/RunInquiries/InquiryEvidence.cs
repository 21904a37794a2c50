using MentorHub.Web.Modules.Journey.Api;
using MentorHub.Web.Modules.Toolbox.Domain;
using MentorHub.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Toolbox.RunInquiries;

/// <summary>
/// Shared TISL inquiries of a cluster's schools as journey evidence, by title only: one in progress shows
/// development action, a completed one reflection. Unshared inquiries stay with their school.
/// </summary>
internal sealed class InquiryEvidence(AppDbContext db) : IJourneyEvidenceSource
{
    public async Task<IReadOnlyList<JourneyEvidence>> EvidenceAsync(Guid programmeId, Guid clusterId, IReadOnlyCollection<string> schoolIds, CancellationToken ct)
    {
        var ids = schoolIds.ToList();
        var shared = await db.Set<Inquiry>().AsNoTracking()
            .Where(i => i.ProgrammeId == programmeId && i.Shared && ids.Contains(i.SchoolId) && i.Status != InquiryStatus.Draft)
            .Select(i => new { i.Id, i.SchoolId, i.Title, i.Status, i.UpdatedAt, i.CompletedAt })
            .ToListAsync(ct);
        return [.. shared
            .OrderBy(i => i.CompletedAt ?? i.UpdatedAt).ThenBy(i => i.Id)
            .Select(i => new JourneyEvidence(
                i.Status == InquiryStatus.Completed ? JourneyPhase.Reflection : JourneyPhase.DevelopmentAction,
                i.SchoolId, "inquiry", i.Title, $"/inquiries/{i.Id}", i.CompletedAt ?? i.UpdatedAt))];
    }
}
