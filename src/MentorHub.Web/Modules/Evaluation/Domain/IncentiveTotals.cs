namespace MentorHub.Web.Modules.Evaluation.Domain;

/// <summary>The scopes the ledger is totalled by.</summary>
internal static class IncentiveScopes
{
    public const string Programme = "programme";
    public const string Hub = "hub";
    public const string Cluster = "cluster";
    public const string School = "school";

    public static readonly IReadOnlyList<string> All = [Programme, Hub, Cluster, School];
}

internal sealed record CashTotal(string Currency, decimal Amount);

/// <param name="ScopeId">The programme, hub or cluster id, or the school's registry id; null for schools outside any hub or cluster.</param>
/// <param name="Counts">Kind → number of incentives, every kind listed (0 when none).</param>
internal sealed record IncentiveTotal(string Scope, string? ScopeId, IReadOnlyList<CashTotal> Cash, IReadOnlyDictionary<string, int> Counts);

/// <summary>One ledger line with the scope it counts in.</summary>
internal sealed record ScopedIncentive(string? ScopeId, string Kind, decimal? Amount, string? Currency);

/// <summary>
/// Totals of the ledger per scope: cash summed per currency (currencies are never added together, there is
/// no exchange rate that everyone would accept) and the number of incentives of each kind. Only cash
/// counts as money: an amount given for equipment is its value, not money paid.
/// </summary>
internal static class IncentiveTotals
{
    public static IReadOnlyList<IncentiveTotal> Of(string scope, IEnumerable<ScopedIncentive> lines) =>
        [.. lines
            .GroupBy(l => l.ScopeId)
            .OrderBy(g => g.Key is null)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new IncentiveTotal(
                scope,
                g.Key,
                [.. g.Where(l => l.Kind == IncentiveKinds.Cash && l.Amount is not null && l.Currency is not null)
                    .GroupBy(l => l.Currency!)
                    .OrderBy(c => c.Key, StringComparer.Ordinal)
                    .Select(c => new CashTotal(c.Key, c.Sum(l => l.Amount!.Value)))],
                IncentiveKinds.All.ToDictionary(k => k, k => g.Count(l => l.Kind == k))))];
}
