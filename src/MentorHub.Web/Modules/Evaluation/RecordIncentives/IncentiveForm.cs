using System.Globalization;
using MentorHub.Web.Modules.Evaluation.Domain;
using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Web.Modules.Evaluation.RecordIncentives;

/// <summary>The record form as typed: every field is text, so a wrong value comes back as it was typed.</summary>
public sealed class IncentiveForm
{
    public string? SchoolId { get; set; }
    public string? Kind { get; set; }
    public string? Amount { get; set; }
    public string? Currency { get; set; }
    public string? Purpose { get; set; }
    public string? GrantedOn { get; set; }

    internal static IncentiveForm Defaults(DateOnly today, string? schoolId) => new()
    {
        SchoolId = schoolId,
        Kind = IncentiveKinds.Cash,
        Currency = "EUR",
        GrantedOn = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// The request the form stands for, and the errors of the fields that are not even a number or a date
    /// (the rules cannot judge those: they would see no value at all). An amount takes a point or a comma.
    /// </summary>
    internal (RecordIncentiveRequest Request, Dictionary<string, CatalogText[]> Unreadable) ToRequest()
    {
        var unreadable = new Dictionary<string, CatalogText[]>();
        decimal? amount = null;
        if (!string.IsNullOrWhiteSpace(Amount))
        {
            if (decimal.TryParse(Amount.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var a))
            {
                amount = a;
            }
            else
            {
                unreadable["amount"] = [new("Evaluation.Incentive.Error.AmountNumber")];
            }
        }
        DateOnly? granted = null;
        if (!string.IsNullOrWhiteSpace(GrantedOn))
        {
            if (DateOnly.TryParseExact(GrantedOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                granted = d;
            }
            else
            {
                unreadable["grantedOn"] = [new("Evaluation.Incentive.Error.Date")];
            }
        }
        var currency = string.IsNullOrWhiteSpace(Currency) ? null : Currency.Trim();
        // A non-cash incentive with no value typed needs no currency: the default EUR is not a value.
        if (amount is null && !unreadable.ContainsKey("amount") && Kind != IncentiveKinds.Cash)
        {
            currency = null;
        }
        return (new RecordIncentiveRequest(SchoolId, Kind, amount, currency, Purpose, granted), unreadable);
    }
}
