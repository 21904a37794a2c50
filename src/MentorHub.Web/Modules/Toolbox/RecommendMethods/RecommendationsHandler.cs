using System.Security.Claims;
using MentorHub.Web.Modules.Activities.Api;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Modules.SelfAssessment.Api;
using MentorHub.Web.Modules.Toolbox.Domain;
using MentorHub.Web.Platform.Security;

namespace MentorHub.Web.Modules.Toolbox.RecommendMethods;

internal sealed record ReasonDto(string Kind, string? AreaId, string Text);

internal sealed record RecommendationDto(string MethodId, IReadOnlyList<string> AreaIds, IReadOnlyList<ReasonDto> Reasons);

/// <summary>What a school's recommendations page shows: the methods with their names, and whether the school has needs yet.</summary>
internal sealed record Recommended(SchoolNeeds? Needs, IReadOnlyList<(Recommendation Recommendation, Method Method)> Methods);

/// <summary>
/// Methods for one school's needs: its latest released self-assessment (weakest areas, leader–teacher gaps, through
/// <see cref="ISchoolNeeds"/>), the programme's methods, and how other clusters used them (<see cref="IActivityLog"/>)
/// and fared in the outcome survey (<see cref="ISurveyResults"/>, cells the anonymity policy shows only).
/// </summary>
internal sealed class RecommendationsHandler(
    ToolboxAccess access, MethodCatalog catalog, ISchoolNeeds needs, IActivityLog activities, ISurveyResults results, IProgrammeDirectory programmes)
{
    public async Task<Recommended> RecommendAsync(string schoolId, Guid programmeId, ClaimsPrincipal user, CancellationToken ct)
    {
        var (programme, place) = await access.EnsureSchoolAsync(user, programmeId, schoolId, ToolboxOperations.ReadRecommendations, ct);
        var found = (await needs.LatestAsync(programmeId, [schoolId], ct)).GetValueOrDefault(schoolId);
        if (found is null)
        {
            return new Recommended(null, []);
        }
        var methods = await catalog.MethodsAsync(programmeId, ct);
        var use = await OthersUseAsync(programme, place, ct);
        var recommended = RecommendationPolicy.Recommend(
            [.. found.Areas.Select(a => new NeedArea(a.AreaId, a.Mean, a.Gap))],
            [.. methods.Select(m => new Candidate(m.Id, m.AreaIds))],
            use);
        var byId = methods.ToDictionary(m => m.Id, StringComparer.Ordinal);
        return new Recommended(found, [.. recommended.Select(r => (r, byId[r.MethodId]))]);
    }

    public RecommendationDto ToDto(Recommendation r, string language)
    {
        var names = catalog.Areas(language).ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        return new(r.MethodId, r.AreaIds, [.. r.Reasons.Select(x => new ReasonDto(x.Kind, x.AreaId, ReasonTexts.Sentence(x, x.AreaId is { } a ? names.GetValueOrDefault(a, a) : "", language)))]);
    }

    /// <summary>
    /// Per method, the other clusters of the programme that used it and, when their schools have shown outcome
    /// cells, the pooled agree share of those cells. Pools of shown cells only: a total never isolates a hidden one.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, OthersUse>> OthersUseAsync(ProgrammeSummary programme, SchoolPlaceResource place, CancellationToken ct)
    {
        var uses = await activities.MethodUseAsync(programme.Id, ct);
        if (uses.Count == 0)
        {
            return new Dictionary<string, OthersUse>();
        }
        var clusterOf = (await programmes.ParticipantsAsync(programme.Id, ct))
            .Where(p => p.ClusterId is not null).ToDictionary(p => p.SchoolId, p => p.ClusterId!.Value, StringComparer.Ordinal);
        var language = Platform.Localisation.TextCatalog.DefaultLanguage;
        var tallies = await results.OutcomeTalliesAsync(programme.Id, language, AnonymityPolicy.Of(programme), ct);
        // cluster → (answered, agree) over its schools' shown cells
        var byCluster = tallies.Schools
            .Where(s => clusterOf.ContainsKey(s.SchoolId))
            .GroupBy(s => clusterOf[s.SchoolId])
            .ToDictionary(g => g.Key, g => (Answered: g.Sum(s => s.Items.Sum(i => i.Answered)), Agree: g.Sum(s => s.Items.Sum(i => i.Agree))));
        var result = new Dictionary<string, OthersUse>(StringComparer.Ordinal);
        foreach (var use in uses)
        {
            var others = use.ClusterIds.Where(c => c != place.ClusterId).Distinct().ToList();
            if (others.Count == 0)
            {
                continue;
            }
            var withOutcomes = others.Where(c => byCluster.TryGetValue(c, out var t) && t.Answered > 0).ToList();
            var answered = withOutcomes.Sum(c => byCluster[c].Answered);
            var agree = withOutcomes.Sum(c => byCluster[c].Agree);
            result[use.MethodId] = new OthersUse(others.Count, withOutcomes.Count, answered > 0 ? (double)agree / answered : null);
        }
        return result;
    }
}
