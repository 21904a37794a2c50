using MentorHub.Web.Modules.SelfAssessment.Api;

namespace MentorHub.Web.Modules.Evaluation.Domain;

/// <summary>The level at which outcome shares are reported; the contract's <c>by</c> values.</summary>
internal static class OutcomeScopes
{
    public const string Programme = "programme";
    public const string Hub = "hub";
    public const string Cluster = "cluster";
    public const string School = "school";

    /// <summary>How the school's cluster formed: <c>top-down</c> or <c>bottom-up</c>, the comparison the projects asked for.</summary>
    public const string Mode = "mode";

    public static readonly IReadOnlyList<string> All = [Programme, Hub, Cluster, School, Mode];
}

/// <summary>Running counts of one outcome item at one school: non-null answers and answers of 4 or 5.</summary>
internal sealed record OutcomeItemTally(string ItemId, int Answered, int Agree);

/// <summary>One school's outcome aggregates: submitted responses (for suppression) and per-item tallies.</summary>
internal sealed record OutcomeSchoolTally(string SchoolId, int Responses, IReadOnlyList<OutcomeItemTally> Items);

/// <summary>A suppressed scope has <c>Suppressed</c> true, <c>Respondents</c> null and no items.</summary>
internal sealed record OutcomeScopeResult(
    string Scope,
    string ScopeId,
    bool Suppressed,
    int? Respondents,
    IReadOnlyList<OutcomeItemResult> Items);

/// <param name="Respondents">Respondents who gave the item a value (not "don't know"): the n of the share.</param>
internal sealed record OutcomeItemResult(
    string ItemId,
    int Respondents,
    double? AgreeShare,
    double? CiLow,
    double? CiHigh);

internal static class OutcomeReportBuilder
{
    /// <summary>
    /// Pools school tallies into scopes and computes agree shares with 95% Wilson intervals.
    /// <paramref name="scopeOf"/> maps a school to its scope id (its hub, its cluster...); schools it
    /// maps to null (e.g. not yet in a cluster) are left out. A scope with fewer counted respondents than
    /// <paramref name="policy"/> allows is suppressed, and so is an item answered by too few in it. The
    /// tallies must already hold only cells the policy lets be shown (see <c>ISurveyResults</c>), so
    /// pooled scopes differ from each other by shown cells only. Items come out in <paramref name="itemIds"/>
    /// order, which should list the instrument's scale items (free-text items have no share).
    /// </summary>
    public static IReadOnlyList<OutcomeScopeResult> Build(
        string scope,
        IReadOnlyList<string> itemIds,
        IEnumerable<OutcomeSchoolTally> schools,
        Func<string, string?> scopeOf,
        AnonymityPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        ArgumentNullException.ThrowIfNull(schools);
        ArgumentNullException.ThrowIfNull(scopeOf);
        ArgumentNullException.ThrowIfNull(policy);
        if (!OutcomeScopes.All.Contains(scope))
        {
            throw new ArgumentOutOfRangeException(nameof(scope), scope, $"Scope must be one of {string.Join(", ", OutcomeScopes.All)}.");
        }

        return schools
            .Select(s => (ScopeId: scopeOf(s.SchoolId), School: s))
            .Where(x => x.ScopeId is not null)
            .GroupBy(x => x.ScopeId!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => BuildScope(scope, g.Key, g.Select(x => x.School).ToList(), itemIds, policy))
            .ToList();
    }

    private static OutcomeScopeResult BuildScope(
        string scope, string scopeId, IReadOnlyList<OutcomeSchoolTally> schools, IReadOnlyList<string> itemIds, AnonymityPolicy policy)
    {
        var responses = schools.Sum(s => s.Responses);
        if (!policy.MayShow(responses))
        {
            return new OutcomeScopeResult(scope, scopeId, true, null, []);
        }

        var items = itemIds.Select(itemId =>
        {
            var tallies = schools.SelectMany(s => s.Items).Where(i => i.ItemId == itemId).ToList();
            var shown = policy.MayShow(tallies.Sum(t => t.Answered));
            var answered = shown ? tallies.Sum(t => t.Answered) : 0;
            var agree = shown ? tallies.Sum(t => t.Agree) : 0;
            var interval = WilsonInterval.Compute(agree, answered);
            return new OutcomeItemResult(
                itemId,
                answered,
                answered > 0 ? (double)agree / answered : null,
                interval?.Low,
                interval?.High);
        }).ToList();

        return new OutcomeScopeResult(scope, scopeId, false, responses, items);
    }
}
