using System.Security.Claims;
using MentorHub.Web.Modules.Evaluation.Domain;
using MentorHub.Web.Platform.Security;
using MentorHub.Web.Platform.Web;

namespace MentorHub.Web.Modules.Evaluation.ReadOutcomes;

/// <summary>
/// The outcome results as CSV or XLSX, one row per scope and statement, from the same reader as the
/// page and the API: a suppressed scope is one row saying so, with no numbers.
/// </summary>
internal static class OutcomesExport
{
    private static readonly string[] Header =
        ["scope", "scopeId", "name", "suppressed", "respondents", "itemId", "statement", "answered", "agreeShare", "ciLow", "ciHigh", "published" + PublishedOutcomes.Source];

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/programmes/{id:guid}/outcomes/export", ExportAsync)
            .WithName("ExportOutcomes").WithSummary("Outcome results per scope (by=programme|hub|cluster|school) as CSV (format=csv) or XLSX (format=xlsx); suppressed scopes carry no numbers.")
            .RequireAuthorization(Policies.SignedIn);

    private static async Task<IResult> ExportAsync(
        Guid id, string? by, string? format, string? lang, ClaimsPrincipal user, OutcomesReader reader, OutcomeScopeNames scopeNames, CancellationToken ct)
    {
        TableFiles.RequireFormat(format);
        var scope = by ?? OutcomeScopes.Programme;
        var (programme, scopes) = await reader.ReadAsync(id, scope, lang ?? Platform.Localisation.TextCatalog.CurrentLanguage(), user, ct);
        var names = await scopeNames.ReadAsync(programme, scope, scopes.Select(s => s.ScopeId), ct);
        var rows = Rows(scopes, names);
        var file = $"outcomes-{scope}-{DateTime.UtcNow:yyyy-MM-dd}";
        return await TableFiles.FileAsync(format!, Header, rows, file, "Outcomes", ct);
    }

    private static List<object?[]> Rows(IEnumerable<OutcomeScopeDto> scopes, IReadOnlyDictionary<string, string> names)
    {
        var rows = new List<object?[]>();
        foreach (var s in scopes.OrderBy(s => names.GetValueOrDefault(s.ScopeId, s.ScopeId), StringComparer.CurrentCulture))
        {
            var name = names.GetValueOrDefault(s.ScopeId, s.ScopeId);
            if (s.Suppressed)
            {
                rows.Add([s.Scope, s.ScopeId, name, true, null, null, null, null, null, null, null, null]);
                continue;
            }
            foreach (var i in s.Items)
            {
                rows.Add([s.Scope, s.ScopeId, name, false, s.Respondents, i.ItemId, i.Text, i.Respondents, i.AgreeShare, i.CiLow, i.CiHigh,
                    PublishedOutcomes.IHub4Schools.TryGetValue(i.ItemId, out var published) ? published : null]);
            }
        }
        return rows;
    }
}
