using MentorHub.Web.Modules.Clusters.Api;
using MentorHub.Web.Modules.Evaluation.Domain;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Modules.Schools.Api;
using Microsoft.Extensions.Localization;

namespace MentorHub.Web.Modules.Evaluation.ReadOutcomes;

/// <summary>Readable names for outcome scopes (the programme, its hubs, clusters, schools or cluster modes); shared by the page and the export.</summary>
internal sealed class OutcomeScopeNames(
    IProgrammeDirectory programmes, ISchoolDirectory schools, IClusterDirectory clusters, IStringLocalizer<OutcomeScopeNames> L)
{
    public async Task<IReadOnlyDictionary<string, string>> ReadAsync(ProgrammeSummary programme, string by, IEnumerable<string> scopeIds, CancellationToken ct)
    {
        Dictionary<string, string> names = by switch
        {
            OutcomeScopes.Programme => new() { [programme.Id.ToString()] = programme.Name },
            OutcomeScopes.Hub => (await programmes.HubsOfProgrammeAsync(programme.Id, ct)).ToDictionary(h => h.Id.ToString(), h => h.Name),
            OutcomeScopes.Cluster => (await clusters.ClustersAsync(programme.Id, ct)).ToDictionary(c => c.Id.ToString(), c => c.Name),
            OutcomeScopes.Mode => scopeIds.Distinct().ToDictionary(m => m, m => L["Evaluation.Mode." + m].Value),
            _ => (await schools.FindManyAsync(scopeIds, ct)).ToDictionary(s => s.Key, s => s.Value.Name),
        };
        // An unnamed scope (a cluster without a name) is shown by its id rather than as a blank.
        return scopeIds.Distinct().ToDictionary(id => id, id => names.TryGetValue(id, out var n) && !string.IsNullOrWhiteSpace(n) ? n : id);
    }
}
