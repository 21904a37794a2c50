namespace MentorHub.Web.Modules.Schools.Domain;

/// <summary>A school as the national register knows it. The id is the register's own (e.g. "PT-200098").</summary>
internal sealed class School
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public required string Country { get; set; }
    public string Region { get; set; } = "";
    public string Municipality { get; set; } = "";
    public SchoolLevel Level { get; set; }
    public int? Pupils { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    /// <summary>The language teaching happens in; defaults from the country on import.</summary>
    public string Language { get; set; } = "";

    public bool? Rural { get; set; }

    /// <summary>Name, municipality and id folded to lower case without accents, so "setubal" finds "Setúbal" on every provider.</summary>
    public string SearchText { get; private set; } = "";
    public DateTime CreatedAt { get; init; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;

    /// <summary>Takes the register's values; returns whether anything changed.</summary>
    public bool UpdateFrom(SchoolRecord record)
    {
        var changed = Name != record.Name || Country != record.Country || Region != record.Region
            || Municipality != record.Municipality || Level != record.Level || Pupils != record.Pupils
            || Latitude != record.Latitude || Longitude != record.Longitude;
        if (!changed)
        {
            return false;
        }
        Name = record.Name;
        Country = record.Country;
        Region = record.Region;
        Municipality = record.Municipality;
        Level = record.Level;
        Pupils = record.Pupils;
        Latitude = record.Latitude;
        Longitude = record.Longitude;
        UpdatedAt = DateTime.UtcNow;
        RefreshSearchText();
        return true;
    }

    private void RefreshSearchText() => SearchText = Fold($"{Name} {Municipality} {Region} {Id}");

    public static string Fold(string text)
    {
        var decomposed = text.Normalize(System.Text.NormalizationForm.FormD);
        var kept = decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark);
        return new string(kept.ToArray()).ToLowerInvariant();
    }

    public static School From(SchoolRecord record)
    {
        var school = Create(record);
        school.RefreshSearchText();
        return school;
    }

    private static School Create(SchoolRecord record) => new()
    {
        Id = record.Id,
        Name = record.Name,
        Country = record.Country,
        Region = record.Region,
        Municipality = record.Municipality,
        Level = record.Level,
        Pupils = record.Pupils,
        Latitude = record.Latitude,
        Longitude = record.Longitude,
        Language = SchoolLanguages.ForCountry(record.Country),
    };
}

/// <summary>One validated row of a register file.</summary>
internal sealed record SchoolRecord(
    string Id, string Name, string Country, string Region, string Municipality,
    SchoolLevel Level, int? Pupils, double? Latitude, double? Longitude);

internal enum SchoolLevel
{
    Primary,
    LowerSecondary,
    UpperSecondary,
    Vocational,
    Combined,
}

internal static class SchoolLevels
{
    private static readonly Dictionary<string, SchoolLevel> ByCode = new(StringComparer.OrdinalIgnoreCase)
    {
        ["primary"] = SchoolLevel.Primary,
        ["lower_secondary"] = SchoolLevel.LowerSecondary,
        ["upper_secondary"] = SchoolLevel.UpperSecondary,
        ["vocational"] = SchoolLevel.Vocational,
        ["combined"] = SchoolLevel.Combined,
    };

    public static IReadOnlyCollection<string> Codes => ByCode.Keys;

    public static bool TryParse(string code, out SchoolLevel level) => ByCode.TryGetValue(code.Trim(), out level);

    public static string Code(this SchoolLevel level) => level switch
    {
        SchoolLevel.Primary => "primary",
        SchoolLevel.LowerSecondary => "lower_secondary",
        SchoolLevel.UpperSecondary => "upper_secondary",
        SchoolLevel.Vocational => "vocational",
        _ => "combined",
    };
}

internal static class SchoolLanguages
{
    private static readonly Dictionary<string, string> ByCountry = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PT"] = "pt", ["EE"] = "et", ["FI"] = "fi", ["LT"] = "lt", ["GE"] = "ka", ["HR"] = "hr",
        ["CZ"] = "cs", ["HU"] = "hu", ["IT"] = "it", ["BE"] = "nl", ["NL"] = "nl", ["GB"] = "en", ["IE"] = "en",
    };

    public static string ForCountry(string country) => ByCountry.GetValueOrDefault(country, "");
}
