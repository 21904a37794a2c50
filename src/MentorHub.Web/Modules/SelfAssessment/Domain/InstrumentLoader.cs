using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MentorHub.Web.Modules.SelfAssessment.Domain;

/// <summary>Raised when an instrument file is malformed; <see cref="Errors"/> lists every problem found, not just the first.</summary>
internal sealed class InstrumentValidationException(IReadOnlyList<string> errors)
    : Exception("The instrument is not valid: " + string.Join(" ", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}

/// <summary>
/// Parses and validates instrument JSON. Everything the statistics rely on (known groups, a 1..5
/// scale, unique ids, every item in a known area) is checked here so later code can trust it.
/// </summary>
internal static partial class InstrumentLoader
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static Instrument Load(Stream json)
    {
        var (instrument, errors) = TryLoad(json);
        return instrument ?? throw new InstrumentValidationException(errors);
    }

    /// <summary>Returns the instrument, or null together with every validation message.</summary>
    public static (Instrument? Instrument, IReadOnlyList<string> Errors) TryLoad(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);

        InstrumentDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<InstrumentDocument>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1})" : string.Empty;
            return (null, [$"The file is not valid instrument JSON{where}: {ex.Message}"]);
        }

        if (document is null)
        {
            return (null, ["The file is empty or holds JSON null instead of an instrument."]);
        }

        var errors = new List<string>();
        var instrument = Validate(document, errors);
        return errors.Count == 0 ? (instrument, []) : (null, errors);
    }

    private static Instrument? Validate(InstrumentDocument doc, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(doc.Id))
        {
            errors.Add("id: the instrument has no id.");
        }
        else if (!IdPattern().IsMatch(doc.Id))
        {
            errors.Add($"id: '{doc.Id}' may only contain lower-case letters, digits, '.', '-' and '_'.");
        }

        if (doc.Version < 1)
        {
            errors.Add("version: must be a whole number of at least 1.");
        }

        if (doc.Purpose is null || !InstrumentPurposes.All.Contains(doc.Purpose))
        {
            errors.Add($"purpose: '{doc.Purpose}' is not one of {string.Join(", ", InstrumentPurposes.All)}.");
        }

        var languages = doc.Languages ?? [];
        if (!languages.Contains(LocalizedText.Fallback))
        {
            errors.Add("languages: must include 'en', the language every text falls back to.");
        }

        if (languages.Distinct(StringComparer.OrdinalIgnoreCase).Count() != languages.Count)
        {
            errors.Add("languages: a language is listed twice.");
        }

        var name = CheckText(doc.Name, "name", languages, errors);

        var groups = doc.Groups ?? [];
        if (groups.Count == 0)
        {
            errors.Add("groups: the instrument names no respondent group.");
        }

        foreach (var group in groups)
        {
            if (!RespondentGroups.IsKnown(group))
            {
                errors.Add($"groups: '{group}' is not a known respondent group ({string.Join(", ", RespondentGroups.All)}).");
            }
        }

        if (groups.Distinct(StringComparer.Ordinal).Count() != groups.Count)
        {
            errors.Add("groups: a group is listed twice.");
        }

        var scale = CheckScale(doc.Scale, languages, errors);

        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        var areas = new List<InstrumentArea>();
        var areaDocs = doc.Areas ?? [];
        if (areaDocs.Count == 0)
        {
            errors.Add("areas: the instrument has no areas.");
        }

        for (var i = 0; i < areaDocs.Count; i++)
        {
            var a = areaDocs[i];
            var where = $"areas[{i}]" + (string.IsNullOrWhiteSpace(a.Id) ? string.Empty : $" ('{a.Id}')");
            if (string.IsNullOrWhiteSpace(a.Id))
            {
                errors.Add($"{where}: the area has no id.");
            }
            else if (!seenIds.Add(a.Id))
            {
                errors.Add($"{where}: duplicate id '{a.Id}'.");
            }

            var selfie = a.SelfieAreas ?? [];
            foreach (var letter in selfie.Where(l => l.Length != 1 || l[0] < 'A' || l[0] > 'H'))
            {
                errors.Add($"{where}: selfieAreas holds '{letter}', but SELFIE areas are the letters A to H.");
            }

            areas.Add(new InstrumentArea(
                a.Id ?? string.Empty,
                CheckText(a.Name, $"{where}.name", languages, errors),
                a.Description is null ? new LocalizedText(new Dictionary<string, string>()) : CheckText(a.Description, $"{where}.description", languages, errors),
                selfie));
        }

        var areaIds = areas.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var items = new List<InstrumentItem>();
        var itemDocs = doc.Items ?? [];
        for (var i = 0; i < itemDocs.Count; i++)
        {
            var it = itemDocs[i];
            var where = $"items[{i}]" + (string.IsNullOrWhiteSpace(it.Id) ? string.Empty : $" ('{it.Id}')");
            if (string.IsNullOrWhiteSpace(it.Id))
            {
                errors.Add($"{where}: the item has no id.");
            }
            else if (!seenIds.Add(it.Id))
            {
                errors.Add($"{where}: duplicate id '{it.Id}'.");
            }

            if (it.AreaId is null || !areaIds.Contains(it.AreaId))
            {
                errors.Add($"{where}: areaId '{it.AreaId}' is not an area of this instrument.");
            }

            if (it.Group is null || !RespondentGroups.IsKnown(it.Group))
            {
                errors.Add($"{where}: group '{it.Group}' is not a known respondent group ({string.Join(", ", RespondentGroups.All)}).");
            }
            else if (!groups.Contains(it.Group))
            {
                errors.Add($"{where}: group '{it.Group}' is not listed in the instrument's groups.");
            }

            ItemKind kind;
            switch (it.Kind ?? "scale")
            {
                case "scale":
                    kind = ItemKind.Scale;
                    break;
                case "text":
                    kind = ItemKind.Text;
                    break;
                default:
                    errors.Add($"{where}: kind '{it.Kind}' is neither 'scale' nor 'text'.");
                    kind = ItemKind.Scale;
                    break;
            }

            items.Add(new InstrumentItem(
                it.Id ?? string.Empty,
                it.AreaId ?? string.Empty,
                it.Group ?? string.Empty,
                CheckText(it.Text, $"{where}.text", languages, errors),
                kind));
        }

        foreach (var group in groups.Where(RespondentGroups.IsKnown))
        {
            if (!items.Any(i => i.Group == group && i.Kind == ItemKind.Scale))
            {
                errors.Add($"groups: '{group}' has no scale items, so its survey link would show an empty form.");
            }
        }

        if (errors.Count > 0 || scale is null)
        {
            return null;
        }

        return new Instrument(doc.Id!, name, doc.Version, doc.Purpose!, languages, groups, areas, items, scale);
    }

    private static InstrumentScale? CheckScale(ScaleDocument? scale, IReadOnlyList<string> languages, List<string> errors)
    {
        if (scale is null)
        {
            errors.Add("scale: the instrument has no scale.");
            return null;
        }

        // Means, agree shares (4 or 5) and distributions are all defined on a 1..5 scale.
        if (scale.Min != 1 || scale.Max != 5)
        {
            errors.Add($"scale: must run from 1 to 5 (found {scale.Min} to {scale.Max}).");
        }

        var points = new List<ScalePoint>();
        var docs = scale.Points ?? [];
        for (var value = scale.Min; value <= scale.Max && value - scale.Min < 100; value++)
        {
            var matches = docs.Where(p => p.Value == value).ToList();
            if (matches.Count != 1)
            {
                errors.Add($"scale.points: value {value} needs exactly one label (found {matches.Count}).");
                continue;
            }

            points.Add(new ScalePoint(value, CheckText(matches[0].Label, $"scale.points[{value}].label", languages, errors)));
        }

        foreach (var stray in docs.Where(p => p.Value < scale.Min || p.Value > scale.Max))
        {
            errors.Add($"scale.points: value {stray.Value} lies outside {scale.Min}..{scale.Max}.");
        }

        var notApplicable = CheckText(scale.NotApplicable, "scale.notApplicable", languages, errors);
        return new InstrumentScale(scale.Min, scale.Max, points, notApplicable);
    }

    private static LocalizedText CheckText(Dictionary<string, string>? text, string where, IReadOnlyList<string> languages, List<string> errors)
    {
        text ??= [];
        var localized = new LocalizedText(text);
        if (!localized.Has(LocalizedText.Fallback))
        {
            errors.Add($"{where}: the English ('en') text is missing.");
        }

        foreach (var language in languages.Where(l => l != LocalizedText.Fallback && !localized.Has(l)))
        {
            errors.Add($"{where}: the '{language}' text is missing although the instrument declares that language.");
        }

        return localized;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex IdPattern();

    private sealed class InstrumentDocument
    {
        public string? Id { get; set; }

        public int Version { get; set; }

        public string? Purpose { get; set; }

        public Dictionary<string, string>? Name { get; set; }

        public List<string>? Languages { get; set; }

        public List<string>? Groups { get; set; }

        public ScaleDocument? Scale { get; set; }

        public List<AreaDocument>? Areas { get; set; }

        public List<ItemDocument>? Items { get; set; }
    }

    private sealed class ScaleDocument
    {
        public int Min { get; set; }

        public int Max { get; set; }

        public List<ScalePointDocument>? Points { get; set; }

        public Dictionary<string, string>? NotApplicable { get; set; }
    }

    private sealed class ScalePointDocument
    {
        public int Value { get; set; }

        public Dictionary<string, string>? Label { get; set; }
    }

    private sealed class AreaDocument
    {
        public string? Id { get; set; }

        public Dictionary<string, string>? Name { get; set; }

        public Dictionary<string, string>? Description { get; set; }

        public List<string>? SelfieAreas { get; set; }
    }

    private sealed class ItemDocument
    {
        public string? Id { get; set; }

        public string? AreaId { get; set; }

        public string? Group { get; set; }

        public string? Kind { get; set; }

        public Dictionary<string, string>? Text { get; set; }
    }
}

/// <summary>The instruments that ship with MentorHub, read from embedded resources.</summary>
internal static class InstrumentCatalog
{
    public const string DefaultSelfAssessmentId = "selfassessment-default.v1";
    public const string DefaultOutcomeId = "outcome-default.v1";

    private static readonly Lazy<IReadOnlyList<Instrument>> BuiltInInstruments = new(LoadBuiltIn);

    /// <summary>Every shipped instrument; loading throws at first use if a shipped file is invalid.</summary>
    public static IReadOnlyList<Instrument> BuiltIn => BuiltInInstruments.Value;

    public static Instrument? Find(string id) => BuiltIn.FirstOrDefault(i => i.Id == id);

    private static IReadOnlyList<Instrument> LoadBuiltIn()
    {
        var assembly = typeof(InstrumentCatalog).Assembly;
        const string prefix = "MentorHub.Instruments.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Load(assembly, n))
            .ToList();
    }

    private static Instrument Load(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded instrument '{resourceName}' could not be opened.");
        try
        {
            return InstrumentLoader.Load(stream);
        }
        catch (InstrumentValidationException ex)
        {
            throw new InvalidOperationException($"The shipped instrument '{resourceName}' is invalid: {string.Join(" ", ex.Errors)}", ex);
        }
    }
}
