using System.Text.Json.Serialization;

namespace MentorHub.Web.Modules.SelfAssessment.Domain;

/// <summary>
/// A versioned questionnaire. Instruments are data: a new wording or item set is a new id
/// (e.g. <c>selfassessment-default.v2</c>), so stored answers always refer to the text that was shown.
/// </summary>
internal sealed class Instrument
{
    // Built once: the report and the scorer look items up per answer.
    private readonly Dictionary<string, InstrumentItem> itemsById;
    private readonly Dictionary<string, InstrumentArea> areasById;

    public Instrument(
        string id,
        LocalizedText name,
        int version,
        string purpose,
        IReadOnlyList<string> languages,
        IReadOnlyList<string> groups,
        IReadOnlyList<InstrumentArea> areas,
        IReadOnlyList<InstrumentItem> items,
        InstrumentScale scale)
    {
        Id = id;
        Name = name;
        Version = version;
        Purpose = purpose;
        Languages = languages;
        Groups = groups;
        Areas = areas;
        Items = items;
        Scale = scale;
        itemsById = items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        areasById = areas.ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    public string Id { get; }

    public LocalizedText Name { get; }

    public int Version { get; }

    /// <summary><see cref="InstrumentPurposes"/>.</summary>
    public string Purpose { get; }

    public IReadOnlyList<string> Languages { get; }

    /// <summary>Respondent groups with a form of their own (<see cref="RespondentGroups"/>).</summary>
    public IReadOnlyList<string> Groups { get; }

    public IReadOnlyList<InstrumentArea> Areas { get; }

    public IReadOnlyList<InstrumentItem> Items { get; }

    public InstrumentScale Scale { get; }

    public InstrumentItem? FindItem(string itemId) => itemsById.GetValueOrDefault(itemId);

    public InstrumentArea? FindArea(string areaId) => areasById.GetValueOrDefault(areaId);

    /// <summary>Items shown on one group's form, in instrument order.</summary>
    public IReadOnlyList<InstrumentItem> ItemsFor(string group) =>
        Items.Where(i => i.Group == group).ToList();

    /// <summary>Areas that have at least one scale item for the group; only these get a score.</summary>
    public IReadOnlyList<InstrumentArea> ScoredAreasFor(string group) =>
        Areas.Where(a => Items.Any(i => i.AreaId == a.Id && i.Group == group && i.Kind == ItemKind.Scale)).ToList();

    /// <summary>Position of an area in the instrument; reports keep this order for ties.</summary>
    public int AreaOrder(string areaId)
    {
        for (var i = 0; i < Areas.Count; i++)
        {
            if (Areas[i].Id == areaId)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}

internal sealed record InstrumentArea(
    string Id,
    LocalizedText Name,
    LocalizedText Description,
    IReadOnlyList<string> SelfieAreas);

internal sealed record InstrumentItem(
    string Id,
    string AreaId,
    string Group,
    LocalizedText Text,
    ItemKind Kind);

[JsonConverter(typeof(JsonStringEnumConverter<ItemKind>))]
internal enum ItemKind
{
    [JsonStringEnumMemberName("scale")]
    Scale,

    [JsonStringEnumMemberName("text")]
    Text,
}

internal sealed record ScalePoint(int Value, LocalizedText Label);

/// <summary>The agreement scale. "Don't know / not applicable" is answered as <c>null</c>.</summary>
internal sealed record InstrumentScale(int Min, int Max, IReadOnlyList<ScalePoint> Points, LocalizedText NotApplicable)
{
    /// <summary>Answers at or above this value count as agreement ("agree" or "strongly agree").</summary>
    public const int AgreeFrom = 4;

    public bool Contains(int value) => value >= Min && value <= Max;
}

/// <summary>Well-known purposes; the contract exposes them verbatim.</summary>
internal static class InstrumentPurposes
{
    public const string SelfAssessment = "self-assessment";
    public const string Outcome = "outcome";

    public static readonly IReadOnlyList<string> All = [SelfAssessment, Outcome];
}

/// <summary>Respondent groups in the fixed order used for gaps (the earlier group is "A").</summary>
internal static class RespondentGroups
{
    public const string Leaders = "leaders";
    public const string Teachers = "teachers";
    public const string Students = "students";

    public static readonly IReadOnlyList<string> All = [Leaders, Teachers, Students];

    public static bool IsKnown(string group) => All.Contains(group);

    public static int Order(string group)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == group)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    /// <summary>Plural group names used inside report sentences.</summary>
    public static LocalizedText DisplayName(string group) => group switch
    {
        Leaders => LocalizedText.Of("school leaders", "direção da escola"),
        Teachers => LocalizedText.Of("teachers", "professores"),
        Students => LocalizedText.Of("students", "alunos"),
        _ => LocalizedText.Of(group, group),
    };
}
