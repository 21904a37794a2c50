using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Web.Modules.Programs.Domain;

/// <summary>A national mentoring programme run by a ministry or agency, e.g. one country's part of MenSI.</summary>
internal sealed class Programme
{
    public const int DefaultAnonymityThreshold = 5;

    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Name { get; set; }
    public required string Country { get; set; }
    public string Description { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public List<string> Languages { get; set; } = [];

    /// <summary>No report anywhere shows a respondent group smaller than this.</summary>
    public int AnonymityThreshold { get; private set; } = DefaultAnonymityThreshold;

    public List<NationalPriority> Priorities { get; } = [];
    public DateTime CreatedAt { get; init; } = DateTime.UtcNow;

    public static Programme Create(string name, string country, DateOnly startsOn, DateOnly endsOn, IEnumerable<string> languages, int? anonymityThreshold, string? description)
    {
        var programme = new Programme { Name = name.Trim(), Country = country.Trim().ToUpperInvariant(), Description = description?.Trim() ?? "" };
        programme.SetPeriod(startsOn, endsOn);
        programme.Languages = languages.Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).Distinct().ToList();
        if (programme.Languages.Count == 0)
        {
            programme.Languages.Add("en");
        }
        programme.SetAnonymityThreshold(anonymityThreshold ?? DefaultAnonymityThreshold);
        return programme;
    }

    public void SetPeriod(DateOnly startsOn, DateOnly endsOn)
    {
        if (endsOn < startsOn)
        {
            throw new BusinessRuleException(new CatalogText("Programs.Error.EndsBeforeStart"));
        }
        StartsOn = startsOn;
        EndsOn = endsOn;
    }

    public void SetAnonymityThreshold(int threshold)
    {
        // Below 3 a single answer could be singled out from a group report.
        if (threshold is < 3 or > 100)
        {
            throw new BusinessRuleException(new CatalogText("Programs.Error.ThresholdRange"));
        }
        AnonymityThreshold = threshold;
    }

    public NationalPriority AddPriority(string name)
    {
        var code = NationalPriority.CodeFor(name);
        if (Priorities.Any(p => p.Code == code))
        {
            throw new BusinessRuleException(new CatalogText("Programs.Error.PriorityExists", name));
        }
        var priority = new NationalPriority { ProgrammeId = Id, Code = code, Name = name.Trim() };
        Priorities.Add(priority);
        return priority;
    }
}

/// <summary>A national priority schools work on (flexible learning spaces, STEM and robotics, ...).</summary>
internal sealed class NationalPriority
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ProgrammeId { get; init; }
    public required string Code { get; init; }
    public required string Name { get; set; }

    public static string CodeFor(string name)
    {
        var chars = name.Trim().ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var code = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return code.Length == 0 ? throw new BusinessRuleException(new CatalogText("Programs.Error.PriorityNeedsName"))
 : code[..Math.Min(code.Length, 80)];
    }
}
