using System.Security.Claims;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Platform.Security;
using MentorHub.Web.Platform.Web;
using Microsoft.Extensions.Localization;

namespace MentorHub.Web.Modules.Programs;

/// <summary>Start-page entries for the programmes and hubs a person holds a role in.</summary>
internal sealed class ProgrammeStartLinks(IProgrammeDirectory programmes, IStringLocalizer<ProgrammeStartLinks> L) : IStartLinkSource
{
    public int Order => 10;

    public async Task<IReadOnlyList<StartLink>> LinksAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var links = new List<StartLink>();
        // One entry per programme: a person with several roles on it goes to the programme page unless all
        // of them only read results.
        foreach (var roles in user.ScopedRoles().Where(r => r.ScopeType == ScopeType.Programme).GroupBy(r => r.ScopeId))
        {
            if (Guid.TryParse(roles.Key, out var programmeId) && await programmes.FindAsync(programmeId, ct) is { } programme)
            {
                var researchOnly = roles.All(r => r.Role is Role.Researcher or Role.PolicyViewer);
                links.Add(researchOnly
                    ? new StartLink(programme.Name, $"/programmes/{programmeId}/outcomes", L["Programs.Start.Outcomes"])
                    : new StartLink(programme.Name, $"/programmes/{programmeId}", L["Programs.Start.Programme"]));
            }
        }
        var hubIds = user.ScopeIds(ScopeType.Hub).Select(h => Guid.TryParse(h, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToList();
        if (hubIds.Count > 0)
        {
            links.AddRange((await programmes.HubsAsync(hubIds, ct)).Select(h => new StartLink(h.Name, $"/hubs/{h.Id}", L["Programs.Start.Hub"])));
        }
        return links;
    }
}
