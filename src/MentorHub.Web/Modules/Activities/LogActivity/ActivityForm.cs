using System.Globalization;
using MentorHub.Web.Modules.Activities.Domain;

namespace MentorHub.Web.Modules.Activities.LogActivity;

/// <summary>
/// The log and edit forms as the browser posts them: every field as typed (text), so a refused form
/// comes back exactly as the user left it. <see cref="ToRequest"/> turns it into the API's request, and
/// <see cref="ActivityRules"/> judges both alike.
/// </summary>
public sealed class ActivityForm
{
    public string? Title { get; set; }
    public string? Format { get; set; }
    public string? Mode { get; set; }
    public string? Date { get; set; }
    public string? Time { get; set; }
    public string? DurationMinutes { get; set; }
    public string? HostSchoolId { get; set; }
    public string? Topic { get; set; }
    public string? MethodId { get; set; }
    public string? RecordingUrl { get; set; }
    public string? Links { get; set; }
    public string? CostAmount { get; set; }
    public string? CostCurrency { get; set; }
    public List<string> PriorityIds { get; set; } = [];
    public List<string> GoalIds { get; set; } = [];
    public List<ParticipantRow> Participants { get; set; } = [];

    public sealed class ParticipantRow
    {
        public string? SchoolId { get; set; }
        public string? Leaders { get; set; }
        public string? Teachers { get; set; }
        public string? Students { get; set; }
    }

    /// <summary>A new activity: at the next full hour (after 23:00, tomorrow's first), 60 minutes, the mode of the cluster's last activity, hosted by the caller's school when it is a member.</summary>
    public static ActivityForm Defaults(DateTime now, string mode, string? host, IEnumerable<string> members) => new()
    {
        Date = now.AddHours(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Time = now.AddHours(1).ToString("HH:00", CultureInfo.InvariantCulture),
        DurationMinutes = "60",
        Mode = mode,
        Format = "workshop",
        HostSchoolId = host,
        CostCurrency = "EUR",
        Participants = [.. members.Select(m => new ParticipantRow { SchoolId = m })],
    };

    internal static ActivityForm Of(ActivityDto a, IEnumerable<string> members) => new()
    {
        Title = a.Title,
        Format = a.Format,
        Mode = a.Mode,
        Date = a.StartsAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Time = a.StartsAt.ToString("HH:mm", CultureInfo.InvariantCulture),
        DurationMinutes = a.DurationMinutes.ToString(CultureInfo.InvariantCulture),
        HostSchoolId = a.HostSchoolId,
        Topic = a.Topic,
        MethodId = a.MethodId,
        RecordingUrl = a.RecordingUrl,
        Links = string.Join("\n", a.Links),
        CostAmount = a.Cost?.Amount.ToString(CultureInfo.InvariantCulture),
        CostCurrency = a.Cost?.Currency ?? "EUR",
        PriorityIds = [.. a.PriorityIds],
        GoalIds = [.. a.GoalIds.Select(g => g.ToString())],
        Participants = [.. members.Select(m => a.Participants.FirstOrDefault(p => p.SchoolId == m) is { } p
            ? new ParticipantRow { SchoolId = m, Leaders = Count(p.Leaders), Teachers = Count(p.Teachers), Students = Count(p.Students) }
            : new ParticipantRow { SchoolId = m })],
    };

    private static string? Count(int n) => n == 0 ? null : n.ToString(CultureInfo.InvariantCulture);

    internal ActivityRequest ToRequest()
    {
        DateTime? startsAt = DateOnly.TryParseExact(Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && TimeOnly.TryParse(string.IsNullOrWhiteSpace(Time) ? "00:00" : Time.Trim(), CultureInfo.InvariantCulture, out var time)
            ? day.ToDateTime(time, DateTimeKind.Utc)
            : null;
        var participants = Participants
            .Where(TookPart)
            .Select(p => new ParticipantRequest(p.SchoolId, Number(p.Leaders), Number(p.Teachers), Number(p.Students)))
            .ToList();
        CostRequest? cost = string.IsNullOrWhiteSpace(CostAmount)
            ? null
            : new CostRequest(decimal.TryParse(CostAmount.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : -1, CostCurrency?.Trim().ToUpperInvariant());
        return new ActivityRequest(Title, Format, Mode, startsAt, int.TryParse(DurationMinutes?.Trim(), CultureInfo.InvariantCulture, out var d) ? d : null, HostSchoolId,
            participants, cost, [.. GoalIds.Select(g => Guid.TryParse(g, out var id) ? id : Guid.Empty)], MethodId,
            [.. (Links ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)], Topic, PriorityIds, RecordingUrl);
    }

    /// <summary>A school row with no count typed is a school that did not take part.</summary>
    private static bool TookPart(ParticipantRow row) => new[] { row.Leaders, row.Teachers, row.Students }.Any(c => !string.IsNullOrWhiteSpace(c));

    /// <summary>
    /// The rules' errors keyed as the form shows them: the rules count participants in the request,
    /// which leaves the blank rows out, so <c>participants[0]</c> may be the form's third row.
    /// </summary>
    internal IReadOnlyDictionary<string, string[]> ErrorsOnForm(IReadOnlyDictionary<string, string[]> errors)
    {
        var rows = Participants.Select((row, i) => (row, i)).Where(x => TookPart(x.row)).Select(x => x.i).ToList();
        return errors.GroupBy(e => RowField(e.Key, rows)).ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray());
    }

    private static string RowField(string field, List<int> rows)
    {
        const string prefix = "participants[";
        var close = field.IndexOf(']', StringComparison.Ordinal);
        return field.StartsWith(prefix, StringComparison.Ordinal) && close > prefix.Length
            && int.TryParse(field.AsSpan(prefix.Length, close - prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k < rows.Count
            ? string.Create(CultureInfo.InvariantCulture, $"{prefix}{rows[k]}{field[close..]}")
            : field;
    }

    /// <summary>Blank is 0; what is not a whole number becomes -1, which the rules refuse, so the user sees the field flagged.</summary>
    private static int? Number(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 0 : int.TryParse(text.Trim(), CultureInfo.InvariantCulture, out var n) ? n : -1;

    /// <summary>Where on the form each of the rules' field names shows its message.</summary>
    public static string FieldId(string field) => field switch
    {
        "startsAt" => "act-date",
        "cost.amount" => "act-cost",
        "cost.currency" => "act-currency",
        // "participants" itself too: the fieldset is named so, not "act-participants".
        _ when field.StartsWith("participants", StringComparison.Ordinal) => "participants",
        _ => "act-" + field,
    };
}
