using System.Globalization;
using System.Text;
using System.Text.Json;
using MentorHub.Web.Modules.SelfAssessment.AnswerSurvey;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;

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

    public async Task<SubmitResult> SubmitAsync(
        string code, Guid submissionId, string? language, IReadOnlyDictionary<string, int?> answers,
        IReadOnlyDictionary<string, string?>? comments, CancellationToken ct)
    {
        var link = await links.FindAsync(code, ct);
        if (link is null)
        {
            return new SubmitResult(SubmitOutcome.UnknownLink, null, null);
        }

        // A repeat is answered from what was stored, even after the round closed: the client only
        // wants to know that its earlier submission arrived.
        if (await ExistingAsync(submissionId, link, ct) is { } earlier)
        {
            return new SubmitResult(SubmitOutcome.Repeated, earlier, link);
        }
        if (link.Status == RoundStatus.Closed)
        {
            return new SubmitResult(SubmitOutcome.Closed, null, link);
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

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Add(response);
            await db.SaveChangesAsync(ct);
            await ApplyAsync(link.RoundId, increments, ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two copies of one submission raced; the unique key let exactly one in.
            db.ChangeTracker.Clear();
            if (await ExistingAsync(submissionId, link, ct) is { } winner)
            {
                return new SubmitResult(SubmitOutcome.Repeated, winner, link);
            }
            throw;
        }
        finally
        {
            db.ChangeTracker.Clear();
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

    /// <summary>
    /// Each statement is "x = x + d" on rows created with the round, so concurrent submissions add up
    /// instead of overwriting each other. The group row is updated first: every transaction of one
    /// group takes that row lock before the others, which also rules out deadlocks between them.
    /// </summary>
    // The SQL text is built only from placeholders ({n}); every value travels as a parameter.
#pragma warning disable EF1002, EF1003
    private async Task ApplyAsync(string roundId, ResponseIncrements increments, CancellationToken ct)
    {
        var touched = await db.Database.ExecuteSqlRawAsync(
            "UPDATE selfassessment_group_totals SET respondents = respondents + 1 WHERE round_id = {0} AND respondent_group = {1}",
            [roundId, increments.Group], ct);
        if (touched != 1)
        {
            throw new InvalidOperationException($"Round {roundId} has no aggregate row for the group '{increments.Group}'.");
        }

        var areas = increments.Areas.Where(a => a.Respondents > 0).ToList();
        if (areas.Count > 0)
        {
            var parameters = new List<object> { roundId, increments.Group };
            string Case(Func<AreaIncrement, object> value)
            {
                var sb = new StringBuilder("CASE area_id");
                foreach (var area in areas)
                {
                    sb.Append(CultureInfo.InvariantCulture, $" WHEN {{{parameters.Count}}} THEN {{{parameters.Count + 1}}}");
                    parameters.Add(area.AreaId);
                    parameters.Add(value(area));
                }
                return sb.Append(" END").ToString();
            }
            var sql = "UPDATE selfassessment_area_totals SET "
                + $"respondents = respondents + {Case(a => a.Respondents)}, "
                + $"sum_of_means = sum_of_means + {Case(a => a.RespondentMean)}, "
                + $"sum_of_squared_means = sum_of_squared_means + {Case(a => a.RespondentMeanSquared)}, "
                + $"answered = answered + {Case(a => a.Answered)}, "
                + $"agree = agree + {Case(a => a.Agree)} "
                + "WHERE round_id = {0} AND respondent_group = {1} AND area_id IN ("
                + string.Join(", ", areas.Select(a => { parameters.Add(a.AreaId); return $"{{{parameters.Count - 1}}}"; })) + ")";
            await db.Database.ExecuteSqlRawAsync(sql, parameters, ct);
        }

        if (increments.ItemValues.Count > 0)
        {
            var parameters = new List<object> { roundId };
            var conditions = increments.ItemValues.Select(v =>
            {
                parameters.Add(v.ItemId);
                parameters.Add(ItemValueCount.StoredValue(v.Value));
                return $"(item_id = {{{parameters.Count - 2}}} AND answer_value = {{{parameters.Count - 1}}})";
            }).ToList();
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE selfassessment_item_counts SET answer_count = answer_count + 1 WHERE round_id = {0} AND (" + string.Join(" OR ", conditions) + ")",
                parameters, ct);
        }
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
