using System.Globalization;
using System.Text;
using CsvHelper;
using MiniExcelLibs;

namespace MentorHub.Web.Platform.Web;

/// <summary>
/// Tables as downloadable files: CSV (UTF-8 with a byte-order mark, so spreadsheet programs read
/// accents right; numbers with a dot) and XLSX workbooks with one sheet per table.
/// </summary>
internal static class TableFiles
{
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

    /// <summary>One sheet's rows as the column → value maps MiniExcel writes.</summary>
    public static List<Dictionary<string, object?>> Sheet(IReadOnlyList<string> header, IEnumerable<object?[]> rows) =>
        rows.Select(r => header.Zip(r).ToDictionary(x => x.First, x => x.Second)).ToList();

    public static async Task<IResult> XlsxAsync(Dictionary<string, object> sheets, string fileName, CancellationToken ct)
    {
        var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, excelType: ExcelType.XLSX, cancellationToken: ct);
        stream.Position = 0;
        return Results.File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName + ".xlsx");
    }

    public static string Cell(object? value) => value switch
    {
        null => "",
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
