using System.Globalization;
using System.Text;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.SelfAssessment.SubmitResponse;

/// <summary>
/// Stores a batch of responses and their aggregate increments on SQLite in one transaction. The
/// transaction takes the database's write lock when it begins (BEGIN IMMEDIATE), so the checks read
/// here (round still open, submission id new) cannot change before the commit.
/// </summary>
internal static class SqliteResponseStore
{
    public static async Task<HashSet<Guid>> StoreAsync(AppDbContext db, IReadOnlyList<PendingResponse> batch, int shard, DateTime now)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var roundIds = batch.Select(p => p.Response.RoundId).Distinct().ToList();
        var open = await db.Set<SurveyRound>().AsNoTracking()
            .Where(r => roundIds.Contains(r.Id) && r.ClosedAt == null && r.OpensAt <= now && r.ClosesAt > now)
            .Select(r => r.Id).ToListAsync();
        var ids = batch.Select(p => p.Response.SubmissionId).ToList();
        var known = await db.Set<SurveyResponse>().AsNoTracking().Where(r => ids.Contains(r.SubmissionId)).Select(r => r.SubmissionId).ToListAsync();
        var accepted = batch.Where(p => open.Contains(p.Response.RoundId) && !known.Contains(p.Response.SubmissionId)).ToList();
        if (accepted.Count > 0)
        {
            var (sql, parameters) = Statement(accepted, shard);
            await db.Database.ExecuteSqlRawAsync(sql, parameters);
        }
        await transaction.CommitAsync();
        return accepted.Select(p => p.Response.SubmissionId).ToHashSet();
    }

    /// <summary>
    /// One multi-statement command: the response rows, then "x = x + d" upserts of the batch's
    /// summed increments, group rows first and every part in key order.
    /// </summary>
    // The SQL text is built only from placeholders ({n}); every value travels as a parameter.
#pragma warning disable EF1002, EF1003
    private static (string Sql, List<object> Parameters) Statement(IReadOnlyList<PendingResponse> accepted, int shard)
    {
        var parameters = new List<object> { shard };
        string P(object? value)
        {
            // EF maps raw-SQL parameters by CLR type, and DBNull has none: a null is written as NULL.
            if (value is null)
            {
                return "NULL";
            }
            parameters.Add(value);
            return $"{{{parameters.Count - 1}}}";
        }

        // SQLite keeps GUIDs and dates as text in the format EF Core writes, so rows read back the same.
        var sql = new StringBuilder("INSERT INTO selfassessment_responses (submission_id, round_id, respondent_group, language, answers, comments, submitted_on) VALUES ");
        sql.AppendJoin(", ", accepted.Select(p =>
            $"({P(p.Response.SubmissionId.ToString().ToUpperInvariant())}, {P(p.Response.RoundId)}, {P(p.Response.Group)}, {P(p.Response.Language)}, "
            + $"{P(p.Response.Answers)}, {P(p.Response.Comments)}, {P(p.Response.SubmittedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))})"));
        sql.Append(';');

        var groups = accepted.GroupBy(p => (p.Response.RoundId, p.Response.Group)).OrderBy(g => g.Key.RoundId, StringComparer.Ordinal).ThenBy(g => g.Key.Group, StringComparer.Ordinal);
        sql.Append(" INSERT INTO selfassessment_group_totals (round_id, respondent_group, shard, respondents, counted_respondents) VALUES ");
        sql.AppendJoin(", ", groups.Select(g => $"({P(g.Key.RoundId)}, {P(g.Key.Group)}, {{0}}, {P(g.Count())}, {P(g.Count(p => p.Increments.Counted))})"));
        sql.Append(" ON CONFLICT (round_id, respondent_group, shard) DO UPDATE SET respondents = selfassessment_group_totals.respondents + excluded.respondents, "
            + "counted_respondents = selfassessment_group_totals.counted_respondents + excluded.counted_respondents;");

        var areas = accepted
            .SelectMany(p => p.Increments.Areas.Where(a => a.Respondents > 0).Select(a => (p.Response.RoundId, p.Response.Group, Area: a)))
            .GroupBy(a => (a.RoundId, a.Group, a.Area.AreaId))
            .OrderBy(a => a.Key.RoundId, StringComparer.Ordinal).ThenBy(a => a.Key.Group, StringComparer.Ordinal).ThenBy(a => a.Key.AreaId, StringComparer.Ordinal)
            .ToList();
        if (areas.Count > 0)
        {
            sql.Append(" INSERT INTO selfassessment_area_totals (round_id, respondent_group, area_id, shard, respondents, sum_of_means, sum_of_squared_means, answered, agree) VALUES ");
            sql.AppendJoin(", ", areas.Select(a =>
                $"({P(a.Key.RoundId)}, {P(a.Key.Group)}, {P(a.Key.AreaId)}, {{0}}, {P(a.Sum(x => x.Area.Respondents))}, {P(a.Sum(x => x.Area.RespondentMean))}, "
                + $"{P(a.Sum(x => x.Area.RespondentMeanSquared))}, {P(a.Sum(x => x.Area.Answered))}, {P(a.Sum(x => x.Area.Agree))})"));
            sql.Append(" ON CONFLICT (round_id, respondent_group, area_id, shard) DO UPDATE SET "
                + "respondents = selfassessment_area_totals.respondents + excluded.respondents, "
                + "sum_of_means = selfassessment_area_totals.sum_of_means + excluded.sum_of_means, "
                + "sum_of_squared_means = selfassessment_area_totals.sum_of_squared_means + excluded.sum_of_squared_means, "
                + "answered = selfassessment_area_totals.answered + excluded.answered, "
                + "agree = selfassessment_area_totals.agree + excluded.agree;");
        }

        var values = accepted
            .SelectMany(p => p.Increments.ItemValues.Select(v => (p.Response.RoundId, v.ItemId, Value: ItemValueCount.StoredValue(v.Value))))
            .GroupBy(v => v)
            .OrderBy(v => v.Key.RoundId, StringComparer.Ordinal).ThenBy(v => v.Key.ItemId, StringComparer.Ordinal).ThenBy(v => v.Key.Value)
            .ToList();
        if (values.Count > 0)
        {
            sql.Append(" INSERT INTO selfassessment_item_counts (round_id, item_id, answer_value, shard, answer_count) VALUES ");
            sql.AppendJoin(", ", values.Select(v => $"({P(v.Key.RoundId)}, {P(v.Key.ItemId)}, {P(v.Key.Value)}, {{0}}, {P(v.Count())})"));
            sql.Append(" ON CONFLICT (round_id, item_id, answer_value, shard) DO UPDATE SET answer_count = selfassessment_item_counts.answer_count + excluded.answer_count;");
        }
        return (sql.ToString(), parameters);
    }
#pragma warning restore EF1002, EF1003
}
