using MentorHub.Web.Modules.Journey.Api;
using MentorHub.Web.Modules.Journey.Domain;
using MentorHub.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MentorHub.Web.Modules.Journey.KeepAgreement;

/// <summary>The anchoring agreement and each school's confirmation are the evidence of the anchoring meeting.</summary>
internal sealed class AgreementEvidence(AppDbContext db, IStringLocalizer<AgreementEvidence> L) : IJourneyEvidenceSource
{
    public async Task<IReadOnlyList<JourneyEvidence>> EvidenceAsync(Guid programmeId, Guid clusterId, IReadOnlyCollection<string> schoolIds, CancellationToken ct)
    {
        var agreement = await db.Set<Agreement>().AsNoTracking().Include(a => a.Confirmations).SingleOrDefaultAsync(a => a.ClusterId == clusterId, ct);
        if (agreement is null || agreement.Version == 0)
        {
            return [];
        }
        var path = $"/clusters/{clusterId}/agreement";
        var confirmed = agreement.Confirmations.Where(c => schoolIds.Contains(c.SchoolId)).ToList();
        return
        [
            new JourneyEvidence(JourneyPhase.AnchoringMeeting, null, "agreement",
                L["Journey.Evidence.Agreement", agreement.Version, confirmed.Count, schoolIds.Count], path, agreement.UpdatedAt ?? DateTime.UnixEpoch),
            .. confirmed.Select(c => new JourneyEvidence(JourneyPhase.AnchoringMeeting, c.SchoolId, "agreement-confirmation",
                L["Journey.Evidence.Confirmation", c.Version, c.ByName], path, c.At)),
        ];
    }
}
