using System.Text.Json;
using MentorHub.Web.Modules.SelfAssessment.AnswerSurvey;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Data;
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
internal sealed class SubmitResponseHandler(AppDbContext db, SurveyLinks links, SubmissionWriter writer, TimeProvider clock)
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

        // The writer stores the response and its aggregate increments in one transaction, in which
        // the database also decides whether the round still takes answers and whether the id is new.
        if (await writer.StoreAsync(new PendingResponse(response, increments), ct))
        {
            return new SubmitResult(SubmitOutcome.Stored, receipt, link);
        }
        if (await ExistingAsync(submissionId, link, ct) is { } repeated)
        {
            return new SubmitResult(SubmitOutcome.Repeated, repeated, link);
        }
        // Closed since the link was read (possibly by another instance): what the database says wins.
        return new SubmitResult(SubmitOutcome.Closed, null, await links.FindFreshAsync(code, ct) ?? link);
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
