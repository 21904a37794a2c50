using System.Globalization;
using CsvHelper;
using MentorHub.Web.Modules.Schools.Domain;
using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Web.Modules.Schools.ImportSchools;

/// <summary>
/// Reads a register file in the contract's format. Every problem is reported with its line and field
/// so the coordinator can fix the file in one go; a file with any problem imports nothing.
/// </summary>
internal static class ImportSchoolsParser
{
    public static readonly string[] Columns = ["id", "name", "country", "region", "municipality", "level", "pupils", "latitude", "longitude"];

    /// <param name="Problems">Where (file, header, "line 3: name") → what is wrong there.</param>
    public sealed record Result(IReadOnlyList<SchoolRecord> Records, IReadOnlyDictionary<string, CatalogText[]> Problems)
    {
        public bool Ok => Problems.Count == 0;

        /// <summary>The problems in English.</summary>
        public IReadOnlyDictionary<string, string[]> Errors { get; } = Problems.ToDictionary(p => p.Key, p => p.Value.Select(t => t.InEnglish()).ToArray());
    }

    public static Result Parse(TextReader text)
    {
        var errors = new Dictionary<string, List<CatalogText>>();
        void Add(string key, CatalogText message)
        {
            if (!errors.TryGetValue(key, out var list))
            {
                errors[key] = list = [];
            }
            list.Add(message);
        }

        var records = new List<SchoolRecord>();
        try
        {
            using var csv = CsvReader.Create(text, new CsvReaderOptions { HasHeader = true, TrackLineNumbers = true, SkipEmptyLines = true }, false);
            var hasRow = csv.Read();
            if (csv.Headers.Count == 0)
            {
                Add("file", new("Schools.Import.Error.Empty", string.Join(',', Columns)));
                return Done();
            }
            var index = new Dictionary<string, int>();
            var headers = csv.Headers.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
            foreach (var column in Columns)
            {
                var i = headers.IndexOf(column);
                if (i < 0)
                {
                    Add("header", new("Schools.Import.Error.MissingColumn", column, string.Join(',', Columns)));
                }
                index[column] = i;
            }
            if (errors.Count > 0)
            {
                return Done();
            }

            var seen = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
            if (hasRow)
            {
                do
                {
                    var line = csv.LineNumber;
                    var row = ReadRow(csv, index, headers.Count, line, Add);
                    if (row is null)
                    {
                        continue;
                    }
                    if (seen.TryGetValue(row.Id, out var first))
                    {
                        Add($"line {line}: id", new("Schools.Import.Error.DuplicateId", line, row.Id, first));
                        continue;
                    }
                    seen[row.Id] = line;
                    records.Add(row);
                }
                while (csv.Read());
            }
        }
        catch (Exception e) when (e.GetType().Namespace?.StartsWith("CsvHelper", StringComparison.Ordinal) == true)
        {
            Add("file", new("Schools.Import.Error.NotCsv", e.Message));
        }

        if (records.Count == 0 && errors.Count == 0)
        {
            Add("file", new("Schools.Import.Error.NoSchools"));
        }
        return Done();

        Result Done() => new(records, errors.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()));
    }

    private static SchoolRecord? ReadRow(CsvReader csv, Dictionary<string, int> index, int headerCount, long line, Action<string, CatalogText> add)
    {
        var failed = false;
        void Fail(string field, string key, params object?[] args)
        {
            failed = true;
            add($"line {line}: {field}", new("Schools.Import.Error.Field", line, field, new CatalogText(key, args)));
        }

        if (csv.FieldCount != headerCount)
        {
            Fail("row", "Schools.Import.Error.FieldCount", csv.FieldCount, headerCount);
            return null;
        }
        string Field(string column) => csv.GetString(index[column]).Trim();

        var id = Field("id");
        var name = Field("name");
        var country = Field("country").ToUpperInvariant();
        var region = Field("region");
        var municipality = Field("municipality");
        if (id.Length == 0)
        {
            Fail("id", "Schools.Import.Error.NoId");
        }
        else if (id.Length > 64)
        {
            Fail("id", "Schools.Import.Error.TooLong", 64);
        }
        if (name.Length == 0)
        {
            Fail("name", "Schools.Import.Error.FieldEmpty");
        }
        else if (name.Length > 300)
        {
            Fail("name", "Schools.Import.Error.TooLong", 300);
        }
        if (country.Length != 2 || !country.All(char.IsAsciiLetter))
        {
            Fail("country", "Schools.Import.Error.Country", country);
        }
        if (region.Length > 120)
        {
            Fail("region", "Schools.Import.Error.TooLong", 120);
        }
        if (municipality.Length > 120)
        {
            Fail("municipality", "Schools.Import.Error.TooLong", 120);
        }
        var levelText = Field("level");
        if (!SchoolLevels.TryParse(levelText, out var level))
        {
            Fail("level", "Schools.Import.Error.Level", levelText, string.Join(", ", SchoolLevels.Codes));
        }
        int? pupils = null;
        var pupilsText = Field("pupils");
        if (pupilsText.Length > 0)
        {
            if (int.TryParse(pupilsText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) && p >= 0)
            {
                pupils = p;
            }
            else
            {
                Fail("pupils", "Schools.Import.Error.Pupils", pupilsText);
            }
        }
        var latitudeText = Field("latitude");
        var longitudeText = Field("longitude");
        var latitude = Coordinate(latitudeText, 90, "latitude", Fail);
        var longitude = Coordinate(longitudeText, 180, "longitude", Fail);
        if ((latitudeText.Length == 0) != (longitudeText.Length == 0))
        {
            Fail(latitudeText.Length == 0 ? "latitude" : "longitude", "Schools.Import.Error.HalfCoordinates");
        }
        return failed ? null : new SchoolRecord(id, name, country, region, municipality, level, pupils, latitude, longitude);
    }

    private static double? Coordinate(string text, double limit, string field, Action<string, string, object?[]> fail)
    {
        if (text.Length == 0)
        {
            return null;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && Math.Abs(value) <= limit)
        {
            return value;
        }
        fail(field, "Schools.Import.Error.Coordinate", [text, limit]);
        return null;
    }
}
