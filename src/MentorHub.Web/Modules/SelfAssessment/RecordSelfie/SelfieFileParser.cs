using System.Globalization;
using CsvHelper;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace MentorHub.Web.Modules.SelfAssessment.RecordSelfie;

internal enum SelfieFileFormat
{
    Csv,
    Xlsx,
}

/// <summary>One score of an uploaded SELFIE file, with the line it came from.</summary>
internal sealed record SelfieFileRow(int Line, DateOnly TakenOn, string Group, string Area, double Score);

/// <summary>
/// Reads a file of SELFIE area scores: one score a row, in the columns <c>date, group, area, score</c>
/// (or their Portuguese names), in any order, headers case-insensitive. Every problem is reported
/// with its line and column so the school can fix the file in one go; a file with any problem
/// stores nothing.
/// </summary>
internal static class SelfieFileParser
{
    /// <summary>SELFIE reports have at most 3 groups × 8 areas a date: a megabyte is years of them.</summary>
    public const long MaxBytes = 1024 * 1024;

    public static readonly string[] Columns = ["date", "group", "area", "score"];

    private static readonly Dictionary<string, string> ColumnNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["date"] = "date", ["data"] = "date",
        ["group"] = "group", ["grupo"] = "group",
        ["area"] = "area", ["área"] = "area",
        ["score"] = "score", ["pontuação"] = "score", ["pontuacao"] = "score",
    };

    private static readonly Dictionary<string, string> GroupNames = new(StringComparer.OrdinalIgnoreCase)
    {
        [RespondentGroups.Leaders] = RespondentGroups.Leaders, ["direção"] = RespondentGroups.Leaders, ["direcao"] = RespondentGroups.Leaders,
        ["líderes"] = RespondentGroups.Leaders, ["lideres"] = RespondentGroups.Leaders,
        [RespondentGroups.Teachers] = RespondentGroups.Teachers, ["professores"] = RespondentGroups.Teachers, ["docentes"] = RespondentGroups.Teachers,
        [RespondentGroups.Students] = RespondentGroups.Students, ["alunos"] = RespondentGroups.Students,
    };

    public sealed record Result(IReadOnlyList<SelfieFileRow> Rows, IReadOnlyDictionary<string, string[]> Errors)
    {
        public bool Ok => Errors.Count == 0;
    }

    /// <summary>The format a file's name (first) or its declared content type says it has; null for anything else.</summary>
    public static SelfieFileFormat? FormatOf(string? fileName, string? contentType)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension is ".csv" or ".txt")
        {
            return SelfieFileFormat.Csv;
        }
        if (extension == ".xlsx")
        {
            return SelfieFileFormat.Xlsx;
        }
        if (extension.Length > 0)
        {
            return null;
        }
        return contentType?.Split(';')[0].Trim().ToLowerInvariant() switch
        {
            "text/csv" or "application/csv" or "text/plain" => SelfieFileFormat.Csv,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => SelfieFileFormat.Xlsx,
            _ => null,
        };
    }

    /// <param name="content">A seekable stream of the whole file.</param>
    /// <param name="texts">Error messages come out in the caller's language.</param>
    public static Result Parse(Stream content, SelfieFileFormat format, IStringLocalizer texts)
    {
        var errors = new Errors(texts);
        var rows = new List<SelfieFileRow>();
        if (content.Length == 0)
        {
            errors.File("SelfAssessment.Selfie.Upload.Error.Empty", string.Join(',', Columns));
            return errors.Done(rows);
        }
        Table table;
        try
        {
            table = format == SelfieFileFormat.Csv ? ReadCsv(content) : ReadXlsx(content);
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            errors.File(format == SelfieFileFormat.Csv ? "SelfAssessment.Selfie.Upload.Error.NotCsv" : "SelfAssessment.Selfie.Upload.Error.NotXlsx");
            return errors.Done(rows);
        }
        ReadRows(table, rows, errors);
        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.File("SelfAssessment.Selfie.Upload.Error.NoRows");
        }
        return errors.Done(rows);
    }

    /// <summary>A template in the given language: the header and one example row per group.</summary>
    public static string[][] Template(string language) => language == "pt"
        ? [["data", "grupo", "area", "pontuacao"], ["2026-05-04", "direção", "A", "3.8"], ["2026-05-04", "professores", "A", "3.4"], ["2026-05-04", "alunos", "H", "2.9"]]
        : [["date", "group", "area", "score"], ["2026-05-04", "leaders", "A", "3.8"], ["2026-05-04", "teachers", "A", "3.4"], ["2026-05-04", "students", "H", "2.9"]];

    /// <summary>The header's cells and each later row's cells with the line a reader sees it on.</summary>
    private sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<(int Line, IReadOnlyList<object?> Cells)> Rows);

    private static Table ReadCsv(Stream content)
    {
        // The separator is detected (, ; tab), so a file saved by a Portuguese spreadsheet (;) reads too.
        using var csv = CsvReader.Create(content, new CsvReaderOptions { HasHeader = true, TrackLineNumbers = true, SkipEmptyLines = true }, true);
        var header = csv.Headers.ToList();
        var rows = new List<(int, IReadOnlyList<object?>)>();
        while (csv.Read())
        {
            var cells = new object?[csv.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = csv.GetString(i);
            }
            rows.Add(((int)csv.LineNumber, cells));
        }
        return new Table(header, rows);
    }

    private static Table ReadXlsx(Stream content)
    {
        // Without a header row MiniExcel keys cells by column letter and keeps empty rows, so the
        // position of a row in the sequence is its row number in the spreadsheet.
        var sheet = MiniExcel.Query(content, useHeaderRow: false, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>()
            .Select((row, i) => (Line: i + 1, Cells: (IReadOnlyList<object?>)row.Values.ToList()))
            .ToList();
        if (sheet.Count == 0)
        {
            return new Table([], []);
        }
        var header = sheet[0].Cells.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture) ?? "").ToList();
        return new Table(header, sheet.Skip(1).ToList());
    }

    private static void ReadRows(Table table, List<SelfieFileRow> rows, Errors errors)
    {
        var headers = table.Header.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        if (headers.All(h => h.Length == 0))
        {
            errors.File("SelfAssessment.Selfie.Upload.Error.Empty", string.Join(',', Columns));
            return;
        }
        var index = new Dictionary<string, int>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (ColumnNames.TryGetValue(headers[i], out var column) && !index.ContainsKey(column))
            {
                index[column] = i;
            }
        }
        foreach (var column in Columns.Where(c => !index.ContainsKey(c)))
        {
            errors.Add("header", "SelfAssessment.Selfie.Upload.Error.MissingColumn", column, string.Join(',', Columns));
        }
        if (errors.Count > 0)
        {
            return;
        }

        var seen = new Dictionary<(DateOnly, string, string), int>();
        foreach (var (line, cells) in table.Rows)
        {
            object? Cell(string column) => index[column] < cells.Count ? cells[index[column]] : null;
            if (Columns.All(c => IsBlank(Cell(c))))
            {
                // Spreadsheets often save trailing rows of empty cells.
                continue;
            }
            var failed = false;
            void Fail(string column, string key, params object[] args)
            {
                failed = true;
                errors.Add($"line {line}: {column}", key, [line, .. args]);
            }

            var date = ReadDate(Cell("date"));
            if (date is null)
            {
                Fail("date", "SelfAssessment.Selfie.Upload.Error.Date", Text(Cell("date")));
            }
            var groupText = Text(Cell("group"));
            if (!GroupNames.TryGetValue(groupText, out var group))
            {
                Fail("group", "SelfAssessment.Selfie.Upload.Error.Group", groupText);
            }
            var area = Text(Cell("area")).ToUpperInvariant();
            if (area.Length != 1 || !SelfieScore.Areas.Contains(area[0]))
            {
                Fail("area", "SelfAssessment.Selfie.Upload.Error.Area", area);
            }
            var score = ReadScore(Cell("score"));
            if (score is null)
            {
                Fail("score", "SelfAssessment.Selfie.Upload.Error.Score", Text(Cell("score")));
            }
            if (failed)
            {
                continue;
            }
            if (seen.TryGetValue((date!.Value, group!, area), out var first))
            {
                Fail("area", "SelfAssessment.Selfie.Upload.Error.Repeated", first);
                continue;
            }
            seen[(date.Value, group!, area)] = line;
            rows.Add(new SelfieFileRow(line, date.Value, group!, area, score!.Value));
        }
    }

    private static DateOnly? ReadDate(object? cell) => cell switch
    {
        DateTime d => DateOnly.FromDateTime(d),
        DateOnly d => d,
        // A date cell whose format MiniExcel does not recognise arrives as its serial number.
        double serial when serial is >= 1 and < 2958466 => DateOnly.FromDateTime(DateTime.FromOADate(serial)),
        _ => DateOnly.TryParseExact(Text(cell), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null,
    };

    private static double? ReadScore(object? cell)
    {
        var value = cell switch
        {
            double d => d,
            int i => i,
            long l => l,
            decimal m => (double)m,
            // Decimal commas are what a Portuguese spreadsheet writes.
            _ => double.TryParse(Text(cell).Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : double.NaN,
        };
        return double.IsFinite(value) && value is >= 1 and <= 5 ? value : null;
    }

    private static string Text(object? cell) => (Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "").Trim();

    private static bool IsBlank(object? cell) => Text(cell).Length == 0;

    private static bool IsUnreadable(Exception e) =>
        e is InvalidDataException or FormatException or InvalidOperationException or NotSupportedException or IndexOutOfRangeException
        || e.GetType().Namespace?.StartsWith("CsvHelper", StringComparison.Ordinal) == true
        || e.GetType().Namespace?.StartsWith("MiniExcel", StringComparison.Ordinal) == true;

    private sealed class Errors(IStringLocalizer texts)
    {
        private readonly Dictionary<string, List<string>> byField = [];

        public int Count => byField.Count;

        public void File(string key, params object[] args) => Add("file", key, args);

        public void Add(string field, string key, params object[] args)
        {
            if (!byField.TryGetValue(field, out var list))
            {
                byField[field] = list = [];
            }
            list.Add(texts[key, args]);
        }

        public Result Done(List<SelfieFileRow> rows) =>
            byField.Count > 0
                ? new Result([], byField.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()))
                : new Result(rows, new Dictionary<string, string[]>());
    }
}
