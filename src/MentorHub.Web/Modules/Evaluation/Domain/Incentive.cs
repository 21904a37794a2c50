using System.Globalization;
using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Web.Modules.Evaluation.Domain;

/// <summary>The kinds of incentive the projects gave (MenSI, iHub4Schools): money and everything that is not money.</summary>
internal static class IncentiveKinds
{
    public const string Cash = "cash";

    public static readonly IReadOnlyList<string> All = [Cash, "training", "equipment", "software", "visit", "time", "recognition", "other"];

    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind);
}

/// <summary>What someone asks to record, as typed: every field may be missing or wrong.</summary>
internal sealed record IncentiveInput(string? SchoolId, string? Kind, decimal? Amount, string? Currency, string? Purpose, DateOnly? GrantedOn);

/// <summary>
/// One incentive a school received in a programme: cash (an amount in a currency) or something else
/// (training places, equipment, time off teaching...), what it was for and when it was granted. A ledger
/// line: recorded once, never edited, so totals can be trusted.
/// </summary>
internal sealed class Incentive
{
    public const int PurposeMaxLength = 500;

    /// <summary>Big enough for any programme's budget, small enough for numeric(14, 2).</summary>
    public const decimal MaxAmount = 999_999_999_999.99m;

    private Incentive()
    {
    }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public string SchoolId { get; private set; } = "";
    public string Kind { get; private set; } = "";
    public decimal? Amount { get; private set; }
    public string? Currency { get; private set; }
    public string Purpose { get; private set; } = "";
    public DateOnly GrantedOn { get; private set; }
    public Guid RecordedById { get; private set; }
    public string RecordedByName { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    /// <summary>
    /// Checks the input against the ledger's rules; each error is keyed by the field as the JSON body spells it.
    /// <paramref name="today"/> bounds the grant date: a grant may be promised, but not more than a year ahead.
    /// </summary>
    public static Dictionary<string, CatalogText[]> Check(IncentiveInput input, DateOnly today)
    {
        var errors = new Dictionary<string, CatalogText[]>();
        if (string.IsNullOrWhiteSpace(input.SchoolId))
        {
            errors["schoolId"] = [new("Evaluation.Incentive.Error.Required")];
        }
        if (string.IsNullOrWhiteSpace(input.Kind))
        {
            errors["kind"] = [new("Evaluation.Incentive.Error.Required")];
        }
        else if (!IncentiveKinds.IsKnown(input.Kind))
        {
            errors["kind"] = [new("Evaluation.Incentive.Error.Kind", string.Join(", ", IncentiveKinds.All))];
        }
        var cash = input.Kind == IncentiveKinds.Cash;
        if (input.Amount is { } amount)
        {
            if (amount <= 0 || amount > MaxAmount)
            {
                errors["amount"] = [new("Evaluation.Incentive.Error.AmountRange", MaxAmount.ToString(CultureInfo.InvariantCulture))];
            }
            else if (decimal.Round(amount, 2) != amount)
            {
                errors["amount"] = [new("Evaluation.Incentive.Error.AmountDecimals")];
            }
        }
        else if (cash || !string.IsNullOrWhiteSpace(input.Currency))
        {
            errors["amount"] = [new(cash ? "Evaluation.Incentive.Error.CashNeedsAmount" : "Evaluation.Incentive.Error.CurrencyNeedsAmount")];
        }
        if (!string.IsNullOrEmpty(input.Currency))
        {
            if (!IsCurrencyCode(input.Currency))
            {
                errors["currency"] = [new("Evaluation.Incentive.Error.Currency")];
            }
        }
        else if (cash || input.Amount is not null)
        {
            errors["currency"] = [new(cash ? "Evaluation.Incentive.Error.CashNeedsCurrency" : "Evaluation.Incentive.Error.AmountNeedsCurrency")];
        }
        if (string.IsNullOrWhiteSpace(input.Purpose))
        {
            errors["purpose"] = [new("Evaluation.Incentive.Error.Required")];
        }
        else if (input.Purpose.Trim().Length > PurposeMaxLength)
        {
            errors["purpose"] = [new("Evaluation.Incentive.Error.TooLong", PurposeMaxLength)];
        }
        if (input.GrantedOn is not { } granted)
        {
            errors["grantedOn"] = [new("Evaluation.Incentive.Error.Required")];
        }
        else if (granted > today.AddYears(1))
        {
            errors["grantedOn"] = [new("Evaluation.Incentive.Error.TooFarAhead", today.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))];
        }
        return errors;
    }

    /// <summary>An ISO 4217 alphabetic code as written: three upper-case Latin letters (EUR, HUF, GEL).</summary>
    public static bool IsCurrencyCode(string? code) => code is { Length: 3 } && code.All(c => c is >= 'A' and <= 'Z');

    /// <summary>Records a line that passed <see cref="Check"/>; throws when it did not, so no caller can skip the check.</summary>
    public static Incentive Record(Guid programmeId, IncentiveInput input, DateOnly today, Guid recordedById, string recordedByName, DateTime recordedAt)
    {
        if (Check(input, today).Count > 0)
        {
            throw new ArgumentException("The incentive does not pass its checks.", nameof(input));
        }
        return new Incentive
        {
            Id = Guid.CreateVersion7(recordedAt),
            ProgrammeId = programmeId,
            SchoolId = input.SchoolId!.Trim(),
            Kind = input.Kind!,
            Amount = input.Amount,
            Currency = input.Amount is null ? null : input.Currency,
            Purpose = input.Purpose!.Trim(),
            GrantedOn = input.GrantedOn!.Value,
            RecordedById = recordedById,
            RecordedByName = recordedByName,
            RecordedAt = recordedAt,
        };
    }
}
