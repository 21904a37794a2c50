using System.Security.Claims;
using MentorHub.Web.Modules.Schools.Api;
using MentorHub.Web.Platform.Security;
using MentorHub.Web.Platform.Web;
using Microsoft.Extensions.Localization;

namespace MentorHub.Web.Modules.SelfAssessment;

/// <summary>Start-page entries for the schools whose surveys a person runs (school coordinators and leaders).</summary>
internal sealed class SchoolStartLinks(ISchoolDirectory schools, IStringLocalizer<SchoolStartLinks> L) : IStartLinkSource
{
    public int Order => 30;

    public async Task<IReadOnlyList<StartLink>> LinksAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var ids = user.ScopedRoles()
            .Where(r => r.ScopeType == ScopeType.School && r.Role is Role.SchoolCoordinator or Role.SchoolLeader)
            .Select(r => r.ScopeId).Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }
        var found = await schools.FindManyAsync(ids, ct);
        return ids.Where(found.ContainsKey)
            .Select(id => new StartLink(L["SelfAssessment.Start.Surveys", found[id].Name], $"/schools/{Uri.EscapeDataString(id)}/rounds", L["SelfAssessment.Start.SurveysHint"]))
            .ToList();
    }
}
