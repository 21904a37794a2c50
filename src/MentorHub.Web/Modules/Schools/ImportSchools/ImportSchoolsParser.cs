using System.Globalization;
using CsvHelper;
using MentorHub.Web.Modules.Schools.Domain;

namespace MentorHub.Web.Modules.Schools.ImportSchools;

/// <summary>
/// Reads a register file in the contract's format. Every problem is reported with its line and field
/// so the coordinator can fix the file in one go; a file with any problem imports nothing.
/// </summary>
internal static class ImportSchoolsParser
{
    public static readonly string[] Columns = ["id", "name", "country", "region", "municipality", "level", "pupils", "latitude", "longitude"];

    public sealed record Result(IReadOnlyList<SchoolRecord> Records, IReadOnlyDictionary<string, string[]> Errors)
    {
        public bool Ok => Errors.Count == 0;
    }

    public static Result Parse(TextReader text)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string key, string message)
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
                Add("file", "The file is empty: it needs the header line " + string.Join(',', Columns) + ".");
                return Done();
            }
            var index = new Dictionary<string, int>();
            var headers = csv.Headers.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
            foreach (var column in Columns)
            {
                var i = headers.IndexOf(column);
                if (i < 0)
                {
                    Add("header", $"Line 1: the column '{column}' is missing; the header must be {string.Join(',', Columns)}.");
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
                        Add($"line {line}: id", $"Line {line}, id: '{row.Id}' already appears on line {first}.");
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
            Add("file", "The file is not valid CSV: " + e.Message);
        }

        if (records.Count == 0 && errors.Count == 0)
        {
            Add("file", "The file has a header but no schools.");
        }
        return Done();

        Result Done() => new(records, errors.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()));
    }

    private static SchoolRecord? ReadRow(CsvReader csv, Dictionary<string, int> index, int headerCount, long line, Action<string, string> add)
    {
        var failed = false;
        void Fail(string field, string message)
        {
            failed = true;
            add($"line {line}: {field}", $"Line {line}, {field}: {message}");
        }

        if (csv.FieldCount != headerCount)
        {
            Fail("row", $"has {csv.FieldCount} fields but the header has {headerCount}.");
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
            Fail("id", "is empty; every school needs its register id.");
        }
        else if (id.Length > 64)
        {
            Fail("id", "is longer than 64 characters.");
        }
        if (name.Length == 0)
        {
            Fail("name", "is empty.");
        }
        else if (name.Length > 300)
        {
            Fail("name", "is longer than 300 characters.");
        }
        if (country.Length != 2 || !country.All(char.IsAsciiLetter))
        {
            Fail("country", $"'{country}' is not a two-letter country code (ISO 3166, e.g. PT).");
        }
        if (region.Length > 120)
        {
            Fail("region", "is longer than 120 characters.");
        }
        if (municipality.Length > 120)
        {
            Fail("municipality", "is longer than 120 characters.");
        }
        var levelText = Field("level");
        if (!SchoolLevels.TryParse(levelText, out var level))
        {
            Fail("level", $"'{levelText}' is not one of {string.Join(", ", SchoolLevels.Codes)}.");
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
                Fail("pupils", $"'{pupilsText}' is not a whole number of pupils (0 or more), nor empty.");
            }
        }
        var latitudeText = Field("latitude");
        var longitudeText = Field("longitude");
        var latitude = Coordinate(latitudeText, 90, "latitude", Fail);
        var longitude = Coordinate(longitudeText, 180, "longitude", Fail);
        if ((latitudeText.Length == 0) != (longitudeText.Length == 0))
        {
            Fail(latitudeText.Length == 0 ? "latitude" : "longitude", "is empty while the other coordinate is given; give both or neither.");
        }
        return failed ? null : new SchoolRecord(id, name, country, region, municipality, level, pupils, latitude, longitude);
    }

    private static double? Coordinate(string text, double limit, string field, Action<string, string> fail)
    {
        if (text.Length == 0)
        {
            return null;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && Math.Abs(value) <= limit)
        {
            return value;
        }
        fail(field, $"'{text}' is not a number between -{limit} and {limit} (use a dot for decimals).");
        return null;
    }
}
