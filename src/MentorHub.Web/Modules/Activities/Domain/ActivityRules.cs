using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using MentorHub.Web.Modules.Planning.Api;
using MentorHub.Web.Modules.Toolbox.Api;
using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Web.Modules.Activities.Domain;

/// <summary>An activity as a client or the log form sends it; <see cref="ActivityRules"/> checks it.</summary>
internal sealed record ActivityRequest(
    [property: Required, StringLength(ActivityRules.TitleMaxLength, MinimumLength = 1)] string? Title,
    [property: Required, StringLength(64)] string? Format,
    [property: Required, StringLength(20)] string? Mode,
    [property: Required] DateTime? StartsAt,
    [property: Required, Range(ActivityRules.MinDuration, ActivityRules.MaxDuration)] int? DurationMinutes,
    [property: Required, StringLength(64)] string? HostSchoolId,
    List<ParticipantRequest>? Participants = null,
    CostRequest? Cost = null,
    List<Guid>? GoalIds = null,
    [property: StringLength(64)] string? MethodId = null,
    List<string>? Links = null,
    [property: StringLength(ActivityRules.TopicMaxLength)] string? Topic = null,
    List<string>? PriorityIds = null,
    [property: StringLength(ActivityRules.UrlMaxLength)] string? RecordingUrl = null);

internal sealed record ParticipantRequest(string? SchoolId, int? Leaders, int? Teachers, int? Students);

internal sealed record CostRequest(decimal? Amount, string? Currency);

/// <summary>What an activity is checked against: the cluster's schools and the programme's methods, goals and priorities.</summary>
internal sealed record ActivityContext(
    IReadOnlyCollection<string> MemberSchoolIds, IReadOnlyCollection<string> MethodIds, IReadOnlyList<PlanGoal> Goals, IReadOnlyCollection<string> PriorityIds);

/// <summary>
/// The rules an activity obeys, as one pure function, so the API and the log form refuse the same
/// things with the same field names: a toolbox format and method, a mode of the contract, a sensible
/// date and duration, a host and participants from the cluster with counts of 0 to 10,000, a cost of
/// at least 0 in an ISO 4217 currency, goals of the participating schools' plans, the programme's
/// priorities and http(s) links.
/// </summary>
internal static partial class ActivityRules
{
    public const int TitleMaxLength = 200;
    public const int TopicMaxLength = 500;
    public const int UrlMaxLength = 1000;
    public const int MinDuration = 1;

    /// <summary>A week: job shadowing and courses can run for days, nothing mentoring logs runs longer.</summary>
    public const int MaxDuration = 7 * 24 * 60;
    public const int MaxCount = 10_000;
    public const int MaxLinks = 10;
    public const decimal MaxCost = 100_000_000m;
    public static readonly DateTime Earliest = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime Latest = new(2100, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    // \z, not $: "$" would also match before a final line break, and "EUR\n" does not fit the column.
    [GeneratedRegex(@"\A[A-Z]{3}\z")]
    private static partial Regex CurrencyCode();

    public static (ActivityDetails? Details, Dictionary<string, CatalogText[]> Errors) Check(ActivityRequest request, ActivityContext context)
    {
        var errors = new Dictionary<string, CatalogText[]>();
        void Add(string field, string key, params object?[] args) =>
            errors[field] = errors.TryGetValue(field, out var known) ? [.. known, new CatalogText(key, args)] : [new CatalogText(key, args)];

        var title = request.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            Add("title", "Activities.Error.TitleRequired");
        }
        else if (title.Length > TitleMaxLength)
        {
            Add("title", "Activities.Error.TitleTooLong", TitleMaxLength);
        }
        var format = request.Format?.Trim();
        if (!ToolboxIds.IsFormat(format))
        {
            Add("format", "Activities.Error.UnknownFormat", string.Join(", ", ToolboxIds.Formats));
        }
        if (!ActivityModes.TryParse(request.Mode?.Trim(), out var mode))
        {
            Add("mode", "Activities.Error.UnknownMode");
        }
        var startsAt = request.StartsAt is { } at ? Utc(at) : (DateTime?)null;
        if (startsAt is null)
        {
            Add("startsAt", "Activities.Error.StartsAtRequired");
        }
        else if (startsAt < Earliest || startsAt >= Latest)
        {
            Add("startsAt", "Activities.Error.StartsAtRange");
        }
        if (request.DurationMinutes is not { } duration || duration < MinDuration || duration > MaxDuration)
        {
            Add("durationMinutes", "Activities.Error.DurationRange", MinDuration, MaxDuration);
        }
        var host = request.HostSchoolId?.Trim() ?? "";
        if (!context.MemberSchoolIds.Contains(host))
        {
            Add("hostSchoolId", host.Length == 0 ? "Activities.Error.HostRequired" : "Activities.Error.NotInCluster", host);
        }

        var participants = new List<ParticipantCount>();
        var list = request.Participants ?? [];
        if (list.Count > context.MemberSchoolIds.Count)
        {
            Add("participants", "Activities.Error.TooManyParticipants");
        }
        for (var i = 0; i < list.Count && list.Count <= context.MemberSchoolIds.Count; i++)
        {
            var p = list[i];
            var school = p?.SchoolId?.Trim() ?? "";
            if (!context.MemberSchoolIds.Contains(school))
            {
                Add($"participants[{i}].schoolId", "Activities.Error.NotInCluster", school);
            }
            else if (participants.Any(x => x.SchoolId == school))
            {
                Add($"participants[{i}].schoolId", "Activities.Error.SchoolTwice", school);
            }
            var counts = new[] { ("leaders", p?.Leaders), ("teachers", p?.Teachers), ("students", p?.Students) };
            foreach (var (name, value) in counts)
            {
                if (value is < 0 or > MaxCount)
                {
                    Add($"participants[{i}].{name}", "Activities.Error.CountRange", MaxCount);
                }
            }
            participants.Add(new ParticipantCount(school, p?.Leaders ?? 0, p?.Teachers ?? 0, p?.Students ?? 0));
        }

        Money? cost = null;
        if (request.Cost is { } c)
        {
            if (c.Amount is not { } amount || amount < 0 || amount > MaxCost)
            {
                Add("cost.amount", "Activities.Error.CostAmount");
            }
            if (c.Currency is not { } currency || !CurrencyCode().IsMatch(currency))
            {
                Add("cost.currency", "Activities.Error.CostCurrency");
            }
            // To the cent, halves up as on a receipt (10.005 is 10.01), not to the even cent.
            cost = new Money(Math.Round(c.Amount ?? 0, 2, MidpointRounding.AwayFromZero), c.Currency ?? "");
        }

        var schoolsTakingPart = participants.Select(p => p.SchoolId).Append(host).ToHashSet(StringComparer.Ordinal);
        var goalIds = (request.GoalIds ?? []).Distinct().ToList();
        foreach (var goal in goalIds.Where(g => !context.Goals.Any(x => x.GoalId == g && schoolsTakingPart.Contains(x.SchoolId))))
        {
            Add("goalIds", "Activities.Error.UnknownGoal", goal);
        }
        var methodId = string.IsNullOrWhiteSpace(request.MethodId) ? null : request.MethodId.Trim();
        if (methodId is not null && !context.MethodIds.Contains(methodId))
        {
            Add("methodId", "Activities.Error.UnknownMethod", methodId);
        }
        var priorityIds = (request.PriorityIds ?? []).Select(p => p?.Trim() ?? "").Distinct(StringComparer.Ordinal).ToList();
        foreach (var priority in priorityIds.Where(p => !context.PriorityIds.Contains(p)))
        {
            Add("priorityIds", "Activities.Error.UnknownPriority", priority);
        }

        var links = new List<string>();
        var given = request.Links ?? [];
        if (given.Count > MaxLinks)
        {
            Add("links", "Activities.Error.TooManyLinks", MaxLinks);
        }
        foreach (var link in given.Take(MaxLinks))
        {
            if (WebLink(link) is { } url)
            {
                links.Add(url);
            }
        }
        if (links.Count < Math.Min(given.Count, MaxLinks))
        {
            // One message for the field, however many of its lines are wrong.
            Add("links", "Activities.Error.BadLink");
        }
        string? recording = null;
        if (!string.IsNullOrWhiteSpace(request.RecordingUrl))
        {
            recording = WebLink(request.RecordingUrl);
            if (recording is null)
            {
                Add("recordingUrl", "Activities.Error.BadLink");
            }
        }
        var topic = string.IsNullOrWhiteSpace(request.Topic) ? null : request.Topic.Trim();
        if (topic?.Length > TopicMaxLength)
        {
            Add("topic", "Activities.Error.TopicTooLong", TopicMaxLength);
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }
        return (new ActivityDetails(title, format!, mode, startsAt!.Value, request.DurationMinutes!.Value, host, participants, cost,
            goalIds, methodId, links, topic, priorityIds, recording), errors);
    }

    /// <summary>
    /// An absolute http(s) address of at most <see cref="UrlMaxLength"/> characters as stored: escaped as
    /// sent (<see cref="Uri.ToString"/> would unescape "%20" and the like), and measured once written out,
    /// since a missing "/" or an accented letter makes it longer than typed. Null for anything else.
    /// </summary>
    public static string? WebLink(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        return trimmed.Length <= UrlMaxLength && Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0
            && uri.AbsoluteUri is { Length: <= UrlMaxLength } address
            ? address
            : null;
    }

    /// <summary>Times without a zone are taken as UTC; times with one are converted.</summary>
    public static DateTime Utc(DateTime at) => at.Kind switch
    {
        DateTimeKind.Utc => at,
        DateTimeKind.Local => at.ToUniversalTime(),
        _ => DateTime.SpecifyKind(at, DateTimeKind.Utc),
    };
}
