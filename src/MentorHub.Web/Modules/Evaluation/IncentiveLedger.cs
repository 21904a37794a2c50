using System.Security.Claims;
using MentorHub.Web.Modules.Evaluation.Api;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;

namespace MentorHub.Web.Modules.Evaluation;

internal sealed class IncentiveLedger(IAuthorizationService authorization) : IIncentiveLedger
{
    public async Task<bool> MayReadAsync(Guid programmeId, ClaimsPrincipal user) =>
        await authorization.AllowsAsync(user, new IncentiveResource(programmeId), IncentiveOperations.Read);
}
