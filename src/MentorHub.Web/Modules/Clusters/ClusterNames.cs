using MentorHub.Web.Modules.Clusters.Domain;
using MentorHub.Web.Modules.Schools.Api;
using Microsoft.Extensions.Localization;

namespace MentorHub.Web.Modules.Clusters;

/// <summary>
/// The name a new cluster starts with, "Cluster of" its mentor school, in the language of whoever
/// forms it; people who may edit the cluster rename it later. Shared by every way clusters are formed.
/// </summary>
internal sealed class ClusterNames(ISchoolDirectory schools, IStringLocalizer<ClusterNames> L)
{
    public async Task<string> DefaultAsync(string mentorSchoolId, CancellationToken ct)
    {
        var school = await schools.FindAsync(mentorSchoolId, ct);
        return Fit(L["Clusters.DefaultName", school?.Name ?? mentorSchoolId].Value);
    }

    public async Task<IReadOnlyDictionary<string, string>> DefaultsAsync(IEnumerable<string> mentorSchoolIds, CancellationToken ct)
    {
        var ids = mentorSchoolIds.Distinct(StringComparer.Ordinal).ToList();
        var found = await schools.FindManyAsync(ids, ct);
        return ids.ToDictionary(id => id, id => Fit(L["Clusters.DefaultName", found.GetValueOrDefault(id)?.Name ?? id].Value), StringComparer.Ordinal);
    }

    private static string Fit(string name) => name.Length <= Cluster.NameMaxLength ? name : name[..Cluster.NameMaxLength].TrimEnd();
}
