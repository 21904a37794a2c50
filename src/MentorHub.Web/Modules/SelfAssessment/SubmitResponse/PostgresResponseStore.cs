using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace MentorHub.Web.Modules.SelfAssessment.SubmitResponse;

/// <summary>
/// Stores a batch of responses and their aggregate increments on PostgreSQL in one statement, so in
/// one round trip and one implicit transaction that commits durably (synchronous_commit stays on).
/// </summary>
/// <remarks>
/// The first part inserts the responses whose round takes answers at <c>now</c> and whose submission
/// id is new, and returns their ids; the aggregate parts join that list, so a repeat or a late answer
/// adds nothing. Each aggregate part groups its rows by key first, so a key is updated once per batch,
/// and the statement text never changes (every list travels as an array parameter), so it is parsed
/// and planned once per connection and then runs prepared.
/// </remarks>
internal static class PostgresResponseStore
{
    private const string Sql = """
        WITH incoming AS (
            SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $19::int[])
                AS u(submission_id, round_id, respondent_group, language, answers, comments, submitted_on, counted)
        ),
        stored AS (
            INSERT INTO selfassessment_responses (submission_id, round_id, respondent_group, language, answers, comments, submitted_on)
            SELECT i.submission_id, i.round_id, i.respondent_group, i.language, i.answers, i.comments, i.submitted_on
            FROM incoming i JOIN selfassessment_rounds r ON r.id = i.round_id
            WHERE r.closed_at IS NULL AND r.opens_at <= $8 AND r.closes_at > $8
            ON CONFLICT (submission_id) DO NOTHING
            RETURNING submission_id, round_id, respondent_group
        ),
        groups AS (
            INSERT INTO selfassessment_group_totals (round_id, respondent_group, shard, respondents, counted_respondents)
            SELECT s.round_id, s.respondent_group, $9, count(*), sum(i.counted)
            FROM stored s JOIN incoming i ON i.submission_id = s.submission_id
            GROUP BY s.round_id, s.respondent_group ORDER BY s.round_id, s.respondent_group
            ON CONFLICT (round_id, respondent_group, shard) DO UPDATE SET
                respondents = selfassessment_group_totals.respondents + excluded.respondents,
                counted_respondents = selfassessment_group_totals.counted_respondents + excluded.counted_respondents
        ),
        areas AS (
            INSERT INTO selfassessment_area_totals (round_id, respondent_group, area_id, shard, respondents, sum_of_means, sum_of_squared_means, answered, agree)
            SELECT s.round_id, s.respondent_group, a.area_id, $9, count(*), sum(a.mean), sum(a.mean_squared), sum(a.answered), sum(a.agree)
            FROM unnest($10::uuid[], $11::text[], $12::float8[], $13::float8[], $14::int[], $15::int[])
                AS a(submission_id, area_id, mean, mean_squared, answered, agree)
            JOIN stored s ON s.submission_id = a.submission_id
            GROUP BY s.round_id, s.respondent_group, a.area_id ORDER BY s.round_id, s.respondent_group, a.area_id
            ON CONFLICT (round_id, respondent_group, area_id, shard) DO UPDATE SET
                respondents = selfassessment_area_totals.respondents + excluded.respondents,
                sum_of_means = selfassessment_area_totals.sum_of_means + excluded.sum_of_means,
                sum_of_squared_means = selfassessment_area_totals.sum_of_squared_means + excluded.sum_of_squared_means,
                answered = selfassessment_area_totals.answered + excluded.answered,
                agree = selfassessment_area_totals.agree + excluded.agree
        ),
        items AS (
            INSERT INTO selfassessment_item_counts (round_id, item_id, answer_value, shard, answer_count)
            SELECT s.round_id, v.item_id, v.answer_value, $9, count(*)
            FROM unnest($16::uuid[], $17::text[], $18::int[]) AS v(submission_id, item_id, answer_value)
            JOIN stored s ON s.submission_id = v.submission_id
            GROUP BY s.round_id, v.item_id, v.answer_value ORDER BY s.round_id, v.item_id, v.answer_value
            ON CONFLICT (round_id, item_id, answer_value, shard) DO UPDATE
                SET answer_count = selfassessment_item_counts.answer_count + excluded.answer_count
        )
        SELECT submission_id FROM stored
        """;

    public static async Task<HashSet<Guid>> StoreAsync(AppDbContext db, IReadOnlyList<PendingResponse> batch, int shard, DateTime now)
    {
        var areas = batch.SelectMany(p => p.Increments.Areas.Where(a => a.Respondents > 0).Select(a => (p.Response.SubmissionId, Area: a))).ToList();
        var values = batch.SelectMany(p => p.Increments.ItemValues.Select(v => (p.Response.SubmissionId, v.ItemId, Value: ItemValueCount.StoredValue(v.Value)))).ToList();

        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = new NpgsqlCommand(Sql, (NpgsqlConnection)db.Database.GetDbConnection());
            var p = command.Parameters;
            p.Add(Array(batch.Select(x => x.Response.SubmissionId), NpgsqlDbType.Uuid));
            p.Add(Array(batch.Select(x => x.Response.RoundId), NpgsqlDbType.Text));
            p.Add(Array(batch.Select(x => x.Response.Group), NpgsqlDbType.Text));
            p.Add(Array(batch.Select(x => x.Response.Language), NpgsqlDbType.Text));
            p.Add(Array(batch.Select(x => x.Response.Answers), NpgsqlDbType.Text));
            p.Add(Array(batch.Select(x => x.Response.Comments), NpgsqlDbType.Text));
            p.Add(Array(batch.Select(x => x.Response.SubmittedOn), NpgsqlDbType.Date));
            p.Add(new NpgsqlParameter<DateTime> { NpgsqlDbType = NpgsqlDbType.TimestampTz, TypedValue = DateTime.SpecifyKind(now, DateTimeKind.Utc) });
            p.Add(new NpgsqlParameter<int> { NpgsqlDbType = NpgsqlDbType.Integer, TypedValue = shard });
            p.Add(Array(areas.Select(a => a.SubmissionId), NpgsqlDbType.Uuid));
            p.Add(Array(areas.Select(a => a.Area.AreaId), NpgsqlDbType.Text));
            p.Add(Array(areas.Select(a => a.Area.RespondentMean), NpgsqlDbType.Double));
            p.Add(Array(areas.Select(a => a.Area.RespondentMeanSquared), NpgsqlDbType.Double));
            p.Add(Array(areas.Select(a => a.Area.Answered), NpgsqlDbType.Integer));
            p.Add(Array(areas.Select(a => a.Area.Agree), NpgsqlDbType.Integer));
            p.Add(Array(values.Select(v => v.SubmissionId), NpgsqlDbType.Uuid));
            p.Add(Array(values.Select(v => v.ItemId), NpgsqlDbType.Text));
            p.Add(Array(values.Select(v => v.Value), NpgsqlDbType.Integer));
            p.Add(Array(batch.Select(x => x.Increments.Counted ? 1 : 0), NpgsqlDbType.Integer));
            await command.PrepareAsync();

            var stored = new HashSet<Guid>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                stored.Add(reader.GetGuid(0));
            }
            return stored;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        static NpgsqlParameter<T[]> Array<T>(IEnumerable<T> values, NpgsqlDbType element) =>
            new() { NpgsqlDbType = NpgsqlDbType.Array | element, TypedValue = values.ToArray() };
    }
}
