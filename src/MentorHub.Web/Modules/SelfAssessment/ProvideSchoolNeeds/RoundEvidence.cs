using MentorHub.Web.Modules.Journey.Api;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Localisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MentorHub.Web.Modules.SelfAssessment.ProvideSchoolNeeds;

/// <summary>
/// Closed self-assessment rounds of a cluster's schools as evidence that they mapped their needs: the
/// round's dates and a link to its report (which applies its own permissions and suppression). Nothing of
/// the answers, not even how many came in: the journey is read by people the report may not be for.
/// </summary>
internal sealed class RoundEvidence(AppDbContext db, TimeProvider clock, IStringLocalizer<RoundEvidence> L) : IJourneyEvidenceSource
{
    public async Task<IReadOnlyList<JourneyEvidence>> EvidenceAsync(Guid programmeId, Guid clusterId, IReadOnlyCollection<string> schoolIds, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = schoolIds.ToList();
        var rounds = await db.Set<SurveyRound>().AsNoTracking()
            .Where(r => r.ProgrammeId == programmeId && ids.Contains(r.SchoolId) && (r.ClosedAt != null || r.ClosesAt <= now))
            .Select(r => new { r.Id, r.SchoolId, r.OpensAt, r.ClosesAt, r.ClosedAt })
            .ToListAsync(ct);
        return [.. rounds
            .Select(r => (r.Id, r.SchoolId, r.OpensAt, Closed: r.ClosedAt ?? r.ClosesAt))
            .OrderBy(r => r.Closed).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => new JourneyEvidence(JourneyPhase.MappingNeeds, r.SchoolId, "round",
                L["SelfAssessment.Journey.Round", Dates.Day(r.OpensAt), Dates.Day(r.Closed)], $"/rounds/{r.Id}/report", r.Closed))];
    }
}
