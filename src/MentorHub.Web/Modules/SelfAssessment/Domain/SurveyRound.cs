using System.Security.Cryptography;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Web.Modules.SelfAssessment.Domain;

/// <summary>
/// An instrument as stored: the validated JSON document itself. Rows are never updated; a changed
/// wording is a new id, so every stored answer keeps pointing at the text that was shown.
/// </summary>
internal sealed class StoredInstrument
{
    public required string Id { get; init; }
    public int Version { get; init; }
    public required string Purpose { get; init; }
    public required string Definition { get; init; }

    /// <summary>SHA-256 of <see cref="Definition"/>; the parsed-instrument cache is keyed by it.</summary>
    public required string ContentHash { get; init; }
    public bool BuiltIn { get; init; }
    public DateTime CreatedAt { get; init; } = DateTime.UtcNow;

    public static StoredInstrument From(string definition, Instrument instrument, bool builtIn) => new()
    {
        Id = instrument.Id,
        Version = instrument.Version,
        Purpose = instrument.Purpose,
        Definition = definition,
        ContentHash = Hash(definition),
        BuiltIn = builtIn,
    };

    public static string Hash(string definition) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(definition)));
}

/// <summary>A school's survey round: one instrument, one time window, one anonymous link per group.</summary>
internal sealed class SurveyRound
{
    public string Id { get; init; } = Guid.NewGuid().ToString();
    public required string SchoolId { get; init; }
    public Guid ProgrammeId { get; init; }
    public required string InstrumentId { get; init; }
    public DateTime OpensAt { get; private set; }
    public DateTime ClosesAt { get; private set; }

    /// <summary>Set when someone closes the round before <see cref="ClosesAt"/>.</summary>
    public DateTime? ClosedAt { get; private set; }
    public DateTime CreatedAt { get; init; } = DateTime.UtcNow;
    public List<SurveyLink> Links { get; init; } = [];

    public static SurveyRound Open(string schoolId, Guid programmeId, Instrument instrument, DateTime opensAt, DateTime closesAt)
    {
        if (closesAt <= opensAt)
        {
            throw InvalidClosing("SelfAssessment.Error.CloseAfterOpen");
        }
        if (closesAt - opensAt > TimeSpan.FromDays(366))
        {
            throw InvalidClosing("SelfAssessment.Error.AtMostAYear");
        }
        var round = new SurveyRound { SchoolId = schoolId, ProgrammeId = programmeId, InstrumentId = instrument.Id };
        round.OpensAt = opensAt;
        round.ClosesAt = closesAt;
        foreach (var group in instrument.Groups.OrderBy(RespondentGroups.Order))
        {
            round.Links.Add(new SurveyLink { Code = SurveyLink.NewCode(), RoundId = round.Id, Group = group });
        }
        return round;
    }

    public RoundStatus StatusAt(DateTime now) => StatusAt(OpensAt, ClosesAt, ClosedAt, now);

    /// <summary>The one rule for a round's status, also for rows read without the entity.</summary>
    public static RoundStatus StatusAt(DateTime opensAt, DateTime closesAt, DateTime? closedAt, DateTime now) =>
        closedAt is not null || now >= closesAt ? RoundStatus.Closed
        : now < opensAt ? RoundStatus.Scheduled
        : RoundStatus.Open;

    public void Close(DateTime now)
    {
        if (StatusAt(now) == RoundStatus.Closed)
        {
            throw new BusinessRuleException(new CatalogText("SelfAssessment.Error.AlreadyClosed"));
        }
        ClosedAt = now;
    }

    /// <summary>
    /// Moves the closing time of a round that still takes answers (or has not opened yet). A closed round
    /// is final: its numbers are released, and reopening it would let a re-read after each new answer
    /// show that answer (ADR 0009). A school that wants more answers opens a new round.
    /// </summary>
    public void Extend(DateTime closesAt, DateTime now)
    {
        if (StatusAt(now) == RoundStatus.Closed)
        {
            throw new BusinessRuleException(new CatalogText("SelfAssessment.Error.ClosedIsFinal"));
        }
        if (closesAt <= now || closesAt <= OpensAt)
        {
            throw InvalidClosing("SelfAssessment.Error.NewClosing");
        }
        ClosesAt = closesAt;
        ClosedAt = null;
    }

    /// <summary>Dates that cannot make a round are the caller's input, named by field (400), not a conflict with the round's state.</summary>
    private static InputException InvalidClosing(string key) =>
        new(new CatalogText("SelfAssessment.Error.InvalidDates"), new Dictionary<string, CatalogText[]> { ["closesAt"] = [new(key)] });
}

internal enum RoundStatus
{
    Scheduled,
    Open,
    Closed,
}

/// <summary>The anonymous link of one respondent group. The code is the only thing a respondent holds.</summary>
internal sealed class SurveyLink
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public required string Code { get; init; }
    public required string RoundId { get; init; }
    public required string Group { get; init; }

    /// <summary>
    /// 20 characters from a 32-letter alphabet without look-alikes (l, 1, o, 0): 100 bits from the
    /// OS's CSPRNG, so codes cannot be guessed or enumerated, yet can be typed from a printed sheet.
    /// </summary>
    public static string NewCode() => RandomNumberGenerator.GetString(Alphabet, 20);
}

/// <summary>
/// One submitted questionnaire. Deliberately holds no account, IP address, user agent or time of
/// day: the day is enough for reports, and anything finer could re-identify a respondent.
/// </summary>
internal sealed class SurveyResponse
{
    public Guid SubmissionId { get; init; }
    public required string RoundId { get; init; }
    public required string Group { get; init; }
    public required string Language { get; init; }

    /// <summary>The answers as submitted, <c>{itemId: 1..5 | null}</c> in JSON.</summary>
    public required string Answers { get; init; }

    /// <summary>Free-text answers <c>{itemId: text}</c> in JSON, or null.</summary>
    public string? Comments { get; init; }
    public DateOnly SubmittedOn { get; init; }
}
