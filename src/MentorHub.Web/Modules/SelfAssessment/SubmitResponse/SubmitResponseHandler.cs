using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MentorHub.Web.Modules.SelfAssessment.AnswerSurvey;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace MentorHub.Web.Modules.SelfAssessment.SubmitResponse;

internal sealed record SubmissionReceipt(Guid SubmissionId, string RoundId, string Group, DateOnly SubmittedOn);

internal enum SubmitOutcome
{
    Stored,
    Repeated,
    UnknownLink,
    Closed,
}

internal sealed record SubmitResult(SubmitOutcome Outcome, SubmissionReceipt? Receipt, OpenedLink? Link);

/// <summary>
/// Stores one response and folds it into the round's aggregates in the same transaction, so a 2xx
/// means both are durable and a report never needs the raw answers. Shared by the API and the page.
/// </summary>
internal sealed class SubmitResponseHandler(AppDbContext db, SurveyLinks links, TimeProvider clock)
{
    public const int MaxCommentLength = 4000;

    // SQLite admits one writer at a time and makes the others sleep and retry in growing steps,
    // which wrecks latency under load. Queueing writers here hands the lock over without the sleeps.
    private static readonly SemaphoreSlim SqliteWriter = new(1, 1);

    public async Task<SubmitResult> SubmitAsync(
        string code, Guid submissionId, string? language, IReadOnlyDictionary<string, int?> answers,
        IReadOnlyDictionary<string, string?>? comments, CancellationToken ct)
    {
        var link = await links.FindAsync(code, ct);
        if (link is null)
        {
            return new SubmitResult(SubmitOutcome.UnknownLink, null, null);
        }

        if (link.Status == RoundStatus.Closed)
        {
            // A repeat is answered from what was stored, even after the round closed: the client only
            // wants to know that its earlier submission arrived.
            return await ExistingAsync(submissionId, link, ct) is { } earlier
                ? new SubmitResult(SubmitOutcome.Repeated, earlier, link)
                : new SubmitResult(SubmitOutcome.Closed, null, link);
        }
        if (link.Status == RoundStatus.Scheduled)
        {
            throw new BusinessRuleException($"This survey opens on {link.OpensAt:yyyy-MM-dd HH:mm} UTC.");
        }

        var instrument = link.Instrument;
        var errors = new Dictionary<string, string[]>(ResponseScorer.Validate(instrument, link.Group, answers));
        var storedComments = ValidateComments(instrument, link.Group, comments, errors);
        if (errors.Count > 0)
        {
            throw new InputException("Some answers are not valid.", errors);
        }
        var increments = ResponseScorer.Score(instrument, link.Group, answers);
        var receipt = new SubmissionReceipt(submissionId, link.RoundId, link.Group, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var response = new SurveyResponse
        {
            SubmissionId = submissionId,
            RoundId = link.RoundId,
            Group = link.Group,
            Language = Languages(instrument, language),
            Answers = JsonSerializer.Serialize(answers),
            Comments = storedComments is null ? null : JsonSerializer.Serialize(storedComments),
            SubmittedOn = receipt.SubmittedOn,
        };

        // The response row and every aggregate increment go in one batch and one transaction. A
        // repeated submission id fails the batch on the primary key, and nothing of it is kept.
        try
        {
            if (db.Database.GetDbConnection() is NpgsqlConnection)
            {
                await StorePostgresAsync(response, increments, ct);
            }
            else
            {
                await StoreSqliteAsync(response, increments, ct);
            }
        }
        catch (Exception e) when (e is DbException or DbUpdateException)
        {
            if (await ExistingAsync(submissionId, link, ct) is { } earlier)
            {
                return new SubmitResult(SubmitOutcome.Repeated, earlier, link);
            }
            throw;
        }
        return new SubmitResult(SubmitOutcome.Stored, receipt, link);
    }

    private async Task<SubmissionReceipt?> ExistingAsync(Guid submissionId, OpenedLink link, CancellationToken ct)
    {
        var stored = await db.Set<SurveyResponse>().AsNoTracking().Where(r => r.SubmissionId == submissionId)
            .Select(r => new SubmissionReceipt(r.SubmissionId, r.RoundId, r.Group, r.SubmittedOn)).FirstOrDefaultAsync(ct);
        if (stored is not null && (stored.RoundId != link.RoundId || stored.Group != link.Group))
        {
            throw new BusinessRuleException("This submission id was already used for another survey; make a new one.");
        }
        return stored;
    }

    // PostgreSQL: one NpgsqlBatch on the context's connection, sent in one round trip. Without an
    // explicit transaction PostgreSQL runs the whole batch (up to its single Sync) as one implicit
    // transaction and commits it at the end: the response and all increments are stored together or
    // not at all, and the commit is durable (synchronous_commit stays on). The statement texts never
    // change (arrays go through unnest), so each is parsed and planned once per physical connection
    // and then runs as a prepared statement.
    private const string InsertResponseSql =
        "INSERT INTO selfassessment_responses (submission_id, round_id, respondent_group, language, answers, comments, submitted_on) "
        + "VALUES ($1, $2, $3, $4, $5, $6, $7)";

    private const string UpsertGroupSql =
        "INSERT INTO selfassessment_group_totals (round_id, respondent_group, shard, respondents) VALUES ($1, $2, $3, 1) "
        + "ON CONFLICT (round_id, respondent_group, shard) DO UPDATE SET respondents = selfassessment_group_totals.respondents + 1";

    private const string UpsertAreasSql =
        "INSERT INTO selfassessment_area_totals (round_id, respondent_group, area_id, shard, respondents, sum_of_means, sum_of_squared_means, answered, agree) "
        + "SELECT $1, $2, a.area_id, $3, 1, a.mean, a.mean_squared, a.answered, a.agree "
        + "FROM unnest($4::text[], $5::float8[], $6::float8[], $7::int[], $8::int[]) AS a(area_id, mean, mean_squared, answered, agree) "
        + "ON CONFLICT (round_id, respondent_group, area_id, shard) DO UPDATE SET "
        + "respondents = selfassessment_area_totals.respondents + excluded.respondents, "
        + "sum_of_means = selfassessment_area_totals.sum_of_means + excluded.sum_of_means, "
        + "sum_of_squared_means = selfassessment_area_totals.sum_of_squared_means + excluded.sum_of_squared_means, "
        + "answered = selfassessment_area_totals.answered + excluded.answered, "
        + "agree = selfassessment_area_totals.agree + excluded.agree";

    private const string UpsertItemsSql =
        "INSERT INTO selfassessment_item_counts (round_id, item_id, answer_value, shard, answer_count) "
        + "SELECT $1, v.item_id, v.answer_value, $2, 1 FROM unnest($3::text[], $4::int[]) AS v(item_id, answer_value) "
        + "ON CONFLICT (round_id, item_id, answer_value, shard) DO UPDATE SET answer_count = selfassessment_item_counts.answer_count + 1";

    private async Task StorePostgresAsync(SurveyResponse response, ResponseIncrements increments, CancellationToken ct)
    {
        var shard = Random.Shared.Next(AggregateShards.Count);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var batch = new NpgsqlBatch(connection);

            var insert = new NpgsqlBatchCommand(InsertResponseSql);
            insert.Parameters.Add(new NpgsqlParameter<Guid> { NpgsqlDbType = NpgsqlDbType.Uuid, TypedValue = response.SubmissionId });
            insert.Parameters.Add(Text(response.RoundId));
            insert.Parameters.Add(Text(increments.Group));
            insert.Parameters.Add(Text(response.Language));
            insert.Parameters.Add(Text(response.Answers));
            insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)response.Comments ?? DBNull.Value });
            insert.Parameters.Add(new NpgsqlParameter<DateOnly> { NpgsqlDbType = NpgsqlDbType.Date, TypedValue = response.SubmittedOn });
            batch.BatchCommands.Add(insert);

            // Every transaction takes its shard's group row first, so two transactions on one shard
            // queue there and never hold each other's area or item rows: no deadlock is possible.
            var group = new NpgsqlBatchCommand(UpsertGroupSql);
            group.Parameters.Add(Text(response.RoundId));
            group.Parameters.Add(Text(increments.Group));
            group.Parameters.Add(Int(shard));
            batch.BatchCommands.Add(group);

            var areas = increments.Areas.Where(a => a.Respondents > 0).OrderBy(a => a.AreaId, StringComparer.Ordinal).ToArray();
            if (areas.Length > 0)
            {
                var upsert = new NpgsqlBatchCommand(UpsertAreasSql);
                upsert.Parameters.Add(Text(response.RoundId));
                upsert.Parameters.Add(Text(increments.Group));
                upsert.Parameters.Add(Int(shard));
                upsert.Parameters.Add(Array(areas.Select(a => a.AreaId).ToArray(), NpgsqlDbType.Text));
                upsert.Parameters.Add(Array(areas.Select(a => a.RespondentMean).ToArray(), NpgsqlDbType.Double));
                upsert.Parameters.Add(Array(areas.Select(a => a.RespondentMeanSquared).ToArray(), NpgsqlDbType.Double));
                upsert.Parameters.Add(Array(areas.Select(a => a.Answered).ToArray(), NpgsqlDbType.Integer));
                upsert.Parameters.Add(Array(areas.Select(a => a.Agree).ToArray(), NpgsqlDbType.Integer));
                batch.BatchCommands.Add(upsert);
            }

            var values = increments.ItemValues
                .Select(v => (v.ItemId, Value: ItemValueCount.StoredValue(v.Value)))
                .OrderBy(v => v.ItemId, StringComparer.Ordinal).ThenBy(v => v.Value).ToArray();
            if (values.Length > 0)
            {
                var upsert = new NpgsqlBatchCommand(UpsertItemsSql);
                upsert.Parameters.Add(Text(response.RoundId));
                upsert.Parameters.Add(Int(shard));
                upsert.Parameters.Add(Array(values.Select(v => v.ItemId).ToArray(), NpgsqlDbType.Text));
                upsert.Parameters.Add(Array(values.Select(v => v.Value).ToArray(), NpgsqlDbType.Integer));
                batch.BatchCommands.Add(upsert);
            }

            await batch.PrepareAsync(ct);
            await batch.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        static NpgsqlParameter<string> Text(string value) => new() { NpgsqlDbType = NpgsqlDbType.Text, TypedValue = value };
        static NpgsqlParameter<int> Int(int value) => new() { NpgsqlDbType = NpgsqlDbType.Integer, TypedValue = value };
        static NpgsqlParameter<T[]> Array<T>(T[] value, NpgsqlDbType element) => new() { NpgsqlDbType = NpgsqlDbType.Array | element, TypedValue = value };
    }

    /// <summary>
    /// One batch of upserts, "x = x + d" on conflict, so concurrent submissions add up instead of
    /// overwriting each other, on both providers. The rows are those of one random shard: two
    /// submissions only queue on each other's row locks when they draw the same shard, so commits
    /// (and their fsyncs) overlap instead of running one after another. Every statement touches the
    /// group row first and the others in key order, which rules out deadlocks.
    /// </summary>
    // The SQL text is built only from placeholders ({n}); every value travels as a parameter.
#pragma warning disable EF1002, EF1003
    private async Task StoreSqliteAsync(SurveyResponse response, ResponseIncrements increments, CancellationToken ct)
    {
        await SqliteWriter.WaitAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await StoreSqliteBatchAsync(response, increments, ct);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            SqliteWriter.Release();
        }
    }

    private async Task StoreSqliteBatchAsync(SurveyResponse response, ResponseIncrements increments, CancellationToken ct)
    {
        var shard = Random.Shared.Next(AggregateShards.Count);
        var parameters = new List<object> { response.RoundId, increments.Group, shard };
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
        var sql = new StringBuilder(
            "INSERT INTO selfassessment_responses (submission_id, round_id, respondent_group, language, answers, comments, submitted_on) VALUES ("
            + $"{P(response.SubmissionId.ToString().ToUpperInvariant())}, {{0}}, {{1}}, {P(response.Language)}, {P(response.Answers)}, {P(response.Comments)}, "
            + $"{P(response.SubmittedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))});"
            + " INSERT INTO selfassessment_group_totals (round_id, respondent_group, shard, respondents) VALUES ({0}, {1}, {2}, 1) "
            + "ON CONFLICT (round_id, respondent_group, shard) DO UPDATE SET respondents = selfassessment_group_totals.respondents + excluded.respondents;");

        var areas = increments.Areas.Where(a => a.Respondents > 0).OrderBy(a => a.AreaId, StringComparer.Ordinal).ToList();
        if (areas.Count > 0)
        {
            sql.Append(" INSERT INTO selfassessment_area_totals (round_id, respondent_group, area_id, shard, respondents, sum_of_means, sum_of_squared_means, answered, agree) VALUES ");
            sql.AppendJoin(", ", areas.Select(a => $"({{0}}, {{1}}, {P(a.AreaId)}, {{2}}, {P(a.Respondents)}, {P(a.RespondentMean)}, {P(a.RespondentMeanSquared)}, {P(a.Answered)}, {P(a.Agree)})"));
            sql.Append(" ON CONFLICT (round_id, respondent_group, area_id, shard) DO UPDATE SET "
                + "respondents = selfassessment_area_totals.respondents + excluded.respondents, "
                + "sum_of_means = selfassessment_area_totals.sum_of_means + excluded.sum_of_means, "
                + "sum_of_squared_means = selfassessment_area_totals.sum_of_squared_means + excluded.sum_of_squared_means, "
                + "answered = selfassessment_area_totals.answered + excluded.answered, "
                + "agree = selfassessment_area_totals.agree + excluded.agree;");
        }

        var values = increments.ItemValues
            .Select(v => (v.ItemId, Value: ItemValueCount.StoredValue(v.Value)))
            .OrderBy(v => v.ItemId, StringComparer.Ordinal).ThenBy(v => v.Value).ToList();
        if (values.Count > 0)
        {
            sql.Append(" INSERT INTO selfassessment_item_counts (round_id, item_id, answer_value, shard, answer_count) VALUES ");
            sql.AppendJoin(", ", values.Select(v => $"({{0}}, {P(v.ItemId)}, {P(v.Value)}, {{2}}, 1)"));
            sql.Append(" ON CONFLICT (round_id, item_id, answer_value, shard) DO UPDATE SET answer_count = selfassessment_item_counts.answer_count + excluded.answer_count;");
        }

        await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, ct);
    }

#pragma warning restore EF1002, EF1003

    private static Dictionary<string, string>? ValidateComments(Instrument instrument, string group, IReadOnlyDictionary<string, string?>? comments, Dictionary<string, string[]> errors)
    {
        if (comments is null || comments.Count == 0)
        {
            return null;
        }
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (itemId, text) in comments)
        {
            var item = instrument.FindItem(itemId);
            if (item is null || item.Group != group || item.Kind != ItemKind.Text)
            {
                errors[$"comments.{itemId}"] = [$"'{itemId}' is not a free-text item of this form."];
            }
            else if (text is { Length: > MaxCommentLength })
            {
                errors[$"comments.{itemId}"] = [$"A comment may hold {MaxCommentLength} characters at most."];
            }
            else if (!string.IsNullOrWhiteSpace(text))
            {
                kept[itemId] = text.Trim();
            }
        }
        return kept.Count > 0 ? kept : null;
    }

    private static string Languages(Instrument instrument, string? language) =>
        ManageInstruments.InstrumentsEndpoints.Language(instrument, language);
}
