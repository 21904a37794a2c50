using System.Globalization;
using System.Text;
using CsvHelper;
using MentorHub.Web.Platform.Errors;
using MiniExcelLibs;

namespace MentorHub.Web.Platform.Web;

/// <summary>
/// Tables as downloadable files: CSV (UTF-8 with a byte-order mark, so spreadsheet programs read
/// accents right; numbers with a dot) and XLSX workbooks with one sheet per table. Every export goes
/// through here, so text that a spreadsheet would run as a formula is made harmless in one place
/// (<see cref="Text"/>); numbers are written as numbers.
/// </summary>
internal static class TableFiles
{
    /// <summary>Refuses (400) any format but <c>csv</c> and <c>xlsx</c>; returns the one asked for.</summary>
    public static string RequireFormat(string? format) =>
        format is "csv" or "xlsx"
            ? format
            : throw new InputException("Unknown export format.", new Dictionary<string, string[]> { ["format"] = ["Use csv or xlsx."] });

    /// <summary>The table as the file <paramref name="format"/> asks for: CSV, or an XLSX workbook with one sheet.</summary>
    public static async Task<IResult> FileAsync(string format, IReadOnlyList<string> header, List<object?[]> rows, string fileName, string sheet, CancellationToken ct) =>
        format == "csv"
            ? Csv(header, rows, fileName)
            : await XlsxAsync(new() { [sheet] = Sheet(header, rows) }, fileName, ct);

    public static IResult Csv(IReadOnlyList<string> header, IEnumerable<object?[]> rows, string fileName)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions(), false))
        {
            csv.WriteRecord(header.ToArray());
            foreach (var row in rows)
            {
                csv.WriteRecord(row.Select(Cell).ToArray());
            }
            csv.Flush();
        }
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        return Results.File(bytes, "text/csv; charset=utf-8", fileName + ".csv");
    }

    /// <summary>One sheet's rows as the column → value maps <see cref="XlsxAsync"/> writes.</summary>
    public static List<Dictionary<string, object?>> Sheet(IReadOnlyList<string> header, IEnumerable<object?[]> rows) =>
        rows.Select(r => header.Zip(r).ToDictionary(x => x.First, x => x.Second)).ToList();

    /// <summary>A workbook with a sheet per entry; text cells are escaped as in CSV, other values stay as they are.</summary>
    public static async Task<IResult> XlsxAsync(Dictionary<string, List<Dictionary<string, object?>>> sheets, string fileName, CancellationToken ct)
    {
        var escaped = sheets.ToDictionary(
            sheet => sheet.Key,
            sheet => (object)sheet.Value.Select(row => row.ToDictionary(c => c.Key, c => c.Value is string text ? Text(text) : c.Value)).ToList());
        var stream = new MemoryStream();
        await stream.SaveAsAsync(escaped, excelType: ExcelType.XLSX, cancellationToken: ct);
        stream.Position = 0;
        return Results.File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName + ".xlsx");
    }

    public static string Cell(object? value) => value switch
    {
        null => "",
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        string text => Text(text),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>
    /// Text as a spreadsheet must show it. A cell starting with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c>
    /// is run as a formula by Excel and LibreOffice when the file is opened (and a leading tab or carriage
    /// return can be skipped before one is read), so a school named <c>=HYPERLINK(...)</c> would become a
    /// live link or worse: such text gets a leading apostrophe and is read as text (OWASP's advice on CSV
    /// injection). Text that is a plain number (<c>-3.5</c>) cannot be a formula and is left alone.
    /// </summary>
    public static string Text(string value) =>
        value.Length > 0 && FormulaStarts.Contains(value[0])
        && !decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
            ? "'" + value
            : value;

    private static readonly System.Buffers.SearchValues<char> FormulaStarts = System.Buffers.SearchValues.Create("=+-@\t\r");
}
