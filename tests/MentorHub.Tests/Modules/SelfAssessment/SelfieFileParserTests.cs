using System.Text;
using MentorHub.Web.Modules.SelfAssessment.RecordSelfie;
using MentorHub.Web.Platform.Localisation;
using MiniExcelLibs;

namespace MentorHub.Tests.Modules.SelfAssessment;

public sealed class SelfieFileParserTests
{
    private static readonly JsonStringLocalizer Texts = new(new TextCatalog());

    private static SelfieFileParser.Result ParseCsv(string text) =>
        SelfieFileParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(text)), SelfieFileFormat.Csv, Texts);

    [Theory]
    [InlineData("selfie.csv", null, "Csv")]
    [InlineData("SELFIE.XLSX", "application/octet-stream", "Xlsx")]
    [InlineData("", "text/csv; charset=utf-8", "Csv")]
    [InlineData(null, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Xlsx")]
    [InlineData("selfie.xls", "application/vnd.ms-excel", null)]
    [InlineData("selfie.pdf", "text/csv", null)]
    [InlineData(null, "application/json", null)]
    public void The_file_name_then_the_content_type_tell_the_format(string? fileName, string? contentType, string? expected) =>
        Assert.Equal(expected, SelfieFileParser.FormatOf(fileName, contentType)?.ToString());

    [Fact]
    public void Columns_may_come_in_any_order_with_extra_columns_and_blank_rows()
    {
        var result = ParseCsv("\uFEFFnotes,Score,AREA,Group,date\nfrom the 2025 report,3.5,a,Students,2025-10-01\n,,,,\nx,2,B,alunos,2025-10-01\n");
        Assert.True(result.Ok, string.Join(" ", result.Errors.SelectMany(e => e.Value)));
        Assert.Equal(
            [new SelfieFileRow(2, new DateOnly(2025, 10, 1), "students", "A", 3.5), new SelfieFileRow(4, new DateOnly(2025, 10, 1), "students", "B", 2)],
            result.Rows);
    }

    [Fact]
    public void A_file_with_a_bad_row_gives_no_rows_at_all()
    {
        var result = ParseCsv("date,group,area,score\n2025-10-01,leaders,A,3\n2025-10-01,leaders,B,\n");
        Assert.Empty(result.Rows);
        Assert.Equal(["line 3: score"], result.Errors.Keys);
        Assert.Equal("Line 3, score: '' is not a score from 1 to 5 (decimals allowed).", result.Errors["line 3: score"].Single());
    }

    [Fact]
    public void Workbook_rows_keep_their_spreadsheet_numbers_across_empty_rows()
    {
        using var workbook = new MemoryStream();
        workbook.SaveAs(new[]
        {
            new Dictionary<string, object?> { ["date"] = new DateTime(2025, 10, 1), ["group"] = "leaders", ["area"] = "A", ["score"] = 3.0 },
            new Dictionary<string, object?> { ["date"] = null, ["group"] = null, ["area"] = null, ["score"] = null },
            new Dictionary<string, object?> { ["date"] = new DateTime(2025, 10, 1), ["group"] = "leaders", ["area"] = "Q", ["score"] = 3.0 },
        }, excelType: ExcelType.XLSX);
        workbook.Position = 0;
        var result = SelfieFileParser.Parse(workbook, SelfieFileFormat.Xlsx, Texts);
        Assert.Equal(["line 4: area"], result.Errors.Keys);
    }

    [Fact]
    public void The_templates_parse_cleanly_in_both_languages()
    {
        foreach (var language in TextCatalog.SupportedLanguages)
        {
            var text = string.Join("\n", SelfieFileParser.Template(language).Select(r => string.Join(',', r)));
            var result = ParseCsv(text);
            Assert.True(result.Ok, string.Join(" ", result.Errors.SelectMany(e => e.Value)));
            Assert.Equal(3, result.Rows.Count);
        }
    }
}
