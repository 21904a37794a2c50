using System.Security.Claims;

namespace MentorHub.Web.Modules.Evaluation.Api;

/// <summary>What other modules may ask of the incentives ledger (ADR 0018).</summary>
public interface IIncentiveLedger
{
    /// <summary>Whether the caller may read any part of the programme's ledger (for links to its page).</summary>
    Task<bool> MayReadAsync(Guid programmeId, ClaimsPrincipal user);
}
