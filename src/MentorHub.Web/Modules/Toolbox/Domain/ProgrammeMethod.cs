using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Web.Modules.Toolbox.Domain;

/// <summary>A method a programme's coordinators wrote for their own schools, in the programme's languages.</summary>
internal sealed class ProgrammeMethod
{
    public const int NameMaxLength = 200;
    public const int PurposeMaxLength = 2000;
    public const int StepMaxLength = 500;
    public const int MaxSteps = 20;
    public const int MaxResources = 20;
    public const int MaxDurationMinutes = 60 * 24 * 5;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ProgrammeId { get; init; }
    public string Level { get; private set; } = MethodLevels.Team;
    public int DurationMinutes { get; private set; }
    public List<string> AreaIds { get; private set; } = [];
    public List<ProgrammeMethodText> Texts { get; private set; } = [];
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; private set; }
    public int Version { get; private set; }

    public static ProgrammeMethod Create(Guid programmeId, MethodInput input, DateTime now)
    {
        var method = new ProgrammeMethod { ProgrammeId = programmeId, CreatedAt = now };
        method.Update(input, now);
        return method;
    }

    /// <summary>Takes input already checked by <see cref="MethodInput.Validate"/>.</summary>
    public void Update(MethodInput input, DateTime now)
    {
        Level = input.Level!;
        DurationMinutes = input.DurationMinutes!.Value;
        AreaIds = [.. input.AreaIds!.Distinct(StringComparer.Ordinal)];
        // Changed in place: a language keeps its row, so the owned rows are updated rather than replaced.
        var wanted = input.Texts!.Where(t => !string.IsNullOrWhiteSpace(t.Value?.Name)).ToDictionary(t => t.Key, t => t.Value!, StringComparer.Ordinal);
        Texts.RemoveAll(t => !wanted.ContainsKey(t.Language));
        foreach (var (language, words) in wanted.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            var text = Texts.FirstOrDefault(t => t.Language == language);
            if (text is null)
            {
                text = new ProgrammeMethodText { Language = language };
                Texts.Add(text);
            }
            text.Name = words.Name!.Trim();
            text.Purpose = words.Purpose?.Trim() ?? "";
            text.Steps = Join(words.Steps);
            text.Resources = Join(words.Resources);
        }
        UpdatedAt = now;
        Version++;
    }

    public Method ToMethod() => new(
        Id.ToString(), Level, DurationMinutes, AreaIds, false,
        Texts.ToDictionary(t => t.Language, t => new MethodText(t.Name, t.Purpose, Split(t.Steps), Split(t.Resources)), StringComparer.Ordinal),
        ProgrammeId);

    // Steps and resources are one line each; a line break inside one is not possible in the forms either.
    private static string Join(IEnumerable<string>? lines) =>
        string.Join('\n', (lines ?? []).Select(l => l.Trim()).Where(l => l.Length > 0));

    private static List<string> Split(string lines) => [.. lines.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
}

internal sealed class ProgrammeMethodText
{
    public string Language { get; set; } = "en";
    public string Name { get; set; } = "";
    public string Purpose { get; set; } = "";
    public string Steps { get; set; } = "";
    public string Resources { get; set; } = "";
}

/// <summary>A method's words in one language as a coordinator sends them.</summary>
internal sealed record MethodTextInput(string? Name, string? Purpose, List<string>? Steps, List<string>? Resources);

/// <summary>
/// A programme method as sent by the API or the form, checked in one place so both answer alike:
/// every error names the field as the JSON body spells it (<c>texts.pt.name</c>, <c>areaIds[1]</c>).
/// </summary>
internal sealed record MethodInput(string? Level, int? DurationMinutes, List<string>? AreaIds, Dictionary<string, MethodTextInput?>? Texts)
{
    /// <param name="languages">The programme's languages that MentorHub speaks: each needs a name.</param>
    /// <param name="areaIds">The areas of the default self-assessment.</param>
    public IReadOnlyDictionary<string, CatalogText[]> Validate(IReadOnlyCollection<string> languages, IReadOnlyCollection<string> areaIds)
    {
        var errors = new Dictionary<string, CatalogText[]>(StringComparer.Ordinal);
        void Add(string field, CatalogText text) => errors[field] = errors.TryGetValue(field, out var e) ? [.. e, text] : [text];

        if (!MethodLevels.IsKnown(Level))
        {
            Add("level", new CatalogText("Toolbox.Error.Level", string.Join(", ", MethodLevels.All)));
        }
        if (DurationMinutes is not { } minutes || minutes < 1 || minutes > ProgrammeMethod.MaxDurationMinutes)
        {
            Add("durationMinutes", new CatalogText("Toolbox.Error.Duration", ProgrammeMethod.MaxDurationMinutes));
        }
        if (AreaIds is not { Count: > 0 })
        {
            Add("areaIds", new CatalogText("Toolbox.Error.AreasRequired"));
        }
        else
        {
            for (var i = 0; i < AreaIds.Count; i++)
            {
                if (!areaIds.Contains(AreaIds[i] ?? ""))
                {
                    Add($"areaIds[{i}]", new CatalogText("Toolbox.Error.UnknownArea", AreaIds[i] ?? "", string.Join(", ", areaIds)));
                }
            }
        }
        var texts = Texts ?? [];
        foreach (var language in languages)
        {
            if (!texts.TryGetValue(language, out var text) || string.IsNullOrWhiteSpace(text?.Name))
            {
                Add($"texts.{language}.name", new CatalogText("Toolbox.Error.NameRequired", language));
            }
        }
        foreach (var (language, text) in texts)
        {
            if (!languages.Contains(language))
            {
                Add($"texts.{language}", new CatalogText("Toolbox.Error.NotAProgrammeLanguage", language, string.Join(", ", languages)));
                continue;
            }
            if (text is null)
            {
                continue;
            }
            if (text.Name?.Trim().Length > ProgrammeMethod.NameMaxLength)
            {
                Add($"texts.{language}.name", new CatalogText("Toolbox.Error.TooLong", ProgrammeMethod.NameMaxLength));
            }
            if (text.Purpose?.Trim().Length > ProgrammeMethod.PurposeMaxLength)
            {
                Add($"texts.{language}.purpose", new CatalogText("Toolbox.Error.TooLong", ProgrammeMethod.PurposeMaxLength));
            }
            CheckLines(text.Steps, $"texts.{language}.steps", ProgrammeMethod.MaxSteps, Add);
            CheckLines(text.Resources, $"texts.{language}.resources", ProgrammeMethod.MaxResources, Add);
        }
        return errors;
    }

    private static void CheckLines(List<string>? lines, string field, int max, Action<string, CatalogText> add)
    {
        if (lines is null)
        {
            return;
        }
        if (lines.Count > max)
        {
            add(field, new CatalogText("Toolbox.Error.TooMany", max));
        }
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i] is null)
            {
                add($"{field}[{i}]", new CatalogText("Toolbox.Error.LineEmpty"));
            }
            else if (lines[i].Trim().Length > ProgrammeMethod.StepMaxLength)
            {
                add($"{field}[{i}]", new CatalogText("Toolbox.Error.TooLong", ProgrammeMethod.StepMaxLength));
            }
            else if (lines[i].Contains('\n', StringComparison.Ordinal) || lines[i].Contains('\r', StringComparison.Ordinal))
            {
                add($"{field}[{i}]", new CatalogText("Toolbox.Error.OneLine"));
            }
        }
    }
}
