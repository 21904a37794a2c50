using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Programs;
using MiniExcelLibs;

namespace MentorHub.Tests.Modules.SelfAssessment;

[Trait("Category", Category.Integration)]
public sealed class SelfieUploadTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static string Url(string schoolId) => $"/api/v1/schools/{schoolId}/selfie-scores/upload";

    private static MultipartFormDataContent FileForm(byte[] bytes, string fileName, string contentType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private static MultipartFormDataContent Csv(string text, string fileName = "selfie.csv") =>
        FileForm(Encoding.UTF8.GetBytes(text), fileName, "text/csv");

    private static async Task<Dictionary<(string Date, string Group), JsonElement>> StoredAsync(HttpClient client, string schoolId)
    {
        var list = await (await client.GetAsync($"/api/v1/schools/{schoolId}/selfie-scores")).JsonAsync();
        return list.EnumerateArray().ToDictionary(e => (e.GetProperty("takenOn").GetString()!, e.GetProperty("group").GetString()!), e => e.GetProperty("scores"));
    }

    [Fact]
    public async Task A_school_uploads_a_csv_and_a_second_upload_replaces_the_same_date_group_and_area()
    {
        var school = await app.SignedInAsync("mentee-school@demo.example");
        var schoolId = ProgramsDemo.LisbonMentees[0];

        var first = await (await school.PostAsync(Url(schoolId), Csv(
            "Date,GROUP,area,Score\n2025-11-03,leaders,A,3.5\n2025-11-03,leaders,b,4\n2025-11-03,students,H,2.75\n"))).JsonAsync();
        Assert.Equal(3, first.GetProperty("stored").GetInt32());
        Assert.Equal(0, first.GetProperty("replaced").GetInt32());

        // Portuguese headers and group names, semicolons and decimal commas: what a Portuguese spreadsheet saves.
        var second = await (await school.PostAsync(Url(schoolId), Csv(
            "data;grupo;área;pontuação\n2025-11-03;direção;A;\"4,25\"\n2025-11-03;direção;C;2,5\n"))).JsonAsync();
        Assert.Equal(2, second.GetProperty("stored").GetInt32());
        Assert.Equal(1, second.GetProperty("replaced").GetInt32());

        var stored = await StoredAsync(school, schoolId);
        var leaders = stored[("2025-11-03", "leaders")];
        Assert.Equal(4.25, leaders.GetProperty("A").GetDouble());
        Assert.Equal(4, leaders.GetProperty("B").GetDouble());
        Assert.Equal(2.5, leaders.GetProperty("C").GetDouble());
        Assert.Equal(2.75, stored[("2025-11-03", "students")].GetProperty("H").GetDouble());
    }

    [Fact]
    public async Task A_school_uploads_an_xlsx_workbook()
    {
        var school = await app.SignedInAsync("mentee-school@demo.example");
        var schoolId = ProgramsDemo.LisbonMentees[0];
        var rows = new[]
        {
            new Dictionary<string, object> { ["date"] = new DateTime(2024, 3, 2), ["group"] = "teachers", ["area"] = "d", ["score"] = 3.25 },
            new Dictionary<string, object> { ["date"] = "2024-03-02", ["group"] = "Teachers", ["area"] = "E", ["score"] = 4 },
        };
        using var workbook = new MemoryStream();
        await workbook.SaveAsAsync(rows, excelType: ExcelType.XLSX);

        var result = await (await school.PostAsync(Url(schoolId), FileForm(workbook.ToArray(), "selfie.xlsx", Xlsx))).JsonAsync();
        Assert.Equal(2, result.GetProperty("stored").GetInt32());
        var teachers = (await StoredAsync(school, schoolId))[("2024-03-02", "teachers")];
        Assert.Equal(3.25, teachers.GetProperty("D").GetDouble());
        Assert.Equal(4, teachers.GetProperty("E").GetDouble());
    }

    [Fact]
    public async Task Every_bad_row_is_named_by_line_and_column_and_nothing_is_stored()
    {
        var school = await app.SignedInAsync("mentee-school@demo.example");
        var schoolId = ProgramsDemo.LisbonMentees[0];
        var before = await StoredAsync(school, schoolId);

        var problem = await (await school.PostAsync(Url(schoolId), Csv(
            "date,group,area,score\n" +
            "2023-01-10,leaders,A,3\n" +
            "2023-01-10,leaders,A,6\n" +
            "10/01/2023,parents,Z,abc\n" +
            "\n" +
            "2023-01-10,leaders,A,4\n"))).AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("line 3: score", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("line 4: date", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("line 4: group", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("line 4: area", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("line 4: score", out _), errors.ToString());
        Assert.Contains("line 2", errors.GetProperty("line 6: area")[0].GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(errors.TryGetProperty("line 2: score", out _));
        Assert.Equal(before.Keys.Order(), (await StoredAsync(school, schoolId)).Keys.Order());

        // In a workbook the line is the spreadsheet's row number (the header is row 1).
        using var workbook = new MemoryStream();
        await workbook.SaveAsAsync(new[]
        {
            new Dictionary<string, object> { ["Date"] = "2023-01-10", ["Group"] = "students", ["Area"] = "A", ["Score"] = 3 },
            new Dictionary<string, object> { ["Date"] = "2023-01-10", ["Group"] = "students", ["Area"] = "B", ["Score"] = 0.5 },
        }, excelType: ExcelType.XLSX);
        var xlsxProblem = await (await school.PostAsync(Url(schoolId), FileForm(workbook.ToArray(), "selfie.xlsx", Xlsx))).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["line 3: score"], xlsxProblem.GetProperty("errors").EnumerateObject().Select(e => e.Name));

        var missing = await (await school.PostAsync(Url(schoolId), Csv("date,group,score\n2023-01-10,leaders,3\n"))).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("header", out _));
        var empty = await (await school.PostAsync(Url(schoolId), Csv(""))).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(empty.GetProperty("errors").TryGetProperty("file", out _));
        var headerOnly = await (await school.PostAsync(Url(schoolId), Csv("date,group,area,score\n"))).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(headerOnly.GetProperty("errors").TryGetProperty("file", out _));
        var notAWorkbook = await (await school.PostAsync(Url(schoolId), FileForm("date,group"u8.ToArray(), "selfie.xlsx", Xlsx))).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(notAWorkbook.GetProperty("errors").TryGetProperty("file", out _));
    }

    [Fact]
    public async Task Wrong_kinds_of_request_get_clear_problems()
    {
        var school = await app.SignedInAsync("mentee-school@demo.example");
        var schoolId = ProgramsDemo.LisbonMentees[0];

        await (await school.PostAsync(Url(schoolId), new StringContent("date,group,area,score\n", Encoding.UTF8, "text/csv"))).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await school.PostAsync(Url(schoolId), FileForm([1, 2, 3], "selfie.pdf", "application/pdf"))).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await school.PostAsync(Url(schoolId), new MultipartFormDataContent { { new StringContent("x"), "other" } })).AssertProblemAsync(HttpStatusCode.BadRequest);

        var big = new StringBuilder("date,group,area,score\n");
        while (big.Length <= 1024 * 1024)
        {
            big.Append("2023-01-10,leaders,A,3\n");
        }
        var tooLarge = await (await school.PostAsync(Url(schoolId), Csv(big.ToString()))).AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("1 MB", tooLarge.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Only_those_who_may_type_scores_in_may_upload_them()
    {
        var csv = "date,group,area,score\n2023-01-10,leaders,A,3\n";
        var otherSchool = await app.SignedInAsync("mentor-school@demo.example");
        await (await otherSchool.PostAsync(Url(ProgramsDemo.LisbonMentees[0]), Csv(csv))).AssertProblemAsync(HttpStatusCode.Forbidden);
        var mentee = await app.SignedInAsync("mentee-school@demo.example");
        await (await mentee.PostAsync(Url(ProgramsDemo.LisbonMentees[1]), Csv(csv))).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PostAsync(Url(ProgramsDemo.LisbonMentees[0]), Csv(csv))).StatusCode);

        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        await (await coordinator.PostAsync(Url(ProgramsDemo.LisbonMentees[1]), Csv(csv))).JsonAsync();
    }

    [Fact]
    public async Task The_rounds_page_offers_a_template_and_uploads_without_javascript()
    {
        var school = await app.SignedInAsync("mentee-school@demo.example");
        var schoolId = ProgramsDemo.LisbonMentees[0];

        var template = await school.GetAsync("/api/v1/selfie-scores/template?lang=pt");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.Equal("text/csv", template.Content.Headers.ContentType?.MediaType);
        var templateText = Encoding.UTF8.GetString(await template.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        Assert.StartsWith("data,grupo,area,pontuacao", templateText);
        // The template itself uploads.
        await (await school.PostAsync(Url(schoolId), Csv(templateText))).JsonAsync();

        var page = await (await school.GetAsync($"/schools/{schoolId}/rounds")).Content.ReadAsStringAsync();
        Assert.Contains("enctype=\"multipart/form-data\"", page);
        Assert.Contains("/api/v1/selfie-scores/template", page);

        var form = new MultipartFormDataContent
        {
            { new StringContent("selfie-upload"), "_handler" },
            { new StringContent(HtmlForms.AntiforgeryToken(page)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent("date,group,area,score\n2022-06-01,teachers,G,3.9\n2022-06-01,teachers,X,9\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "selfie.csv");
        var bad = await school.PostAsync($"/schools/{schoolId}/rounds", form);
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("selfie-upload-errors", badHtml);
        Assert.Contains("line 3: area", badHtml);
        Assert.Contains("line 3: score", badHtml);

        var good = new MultipartFormDataContent
        {
            { new StringContent("selfie-upload"), "_handler" },
            { new StringContent(HtmlForms.AntiforgeryToken(badHtml)), "__RequestVerificationToken" },
        };
        var goodFile = new ByteArrayContent("date,group,area,score\n2022-06-01,teachers,G,3.9\n"u8.ToArray());
        goodFile.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        good.Add(goodFile, "file", "selfie.csv");
        var done = await (await school.PostAsync($"/schools/{schoolId}/rounds", good)).Content.ReadAsStringAsync();
        Assert.Contains("1 SELFIE scores stored", done);
        Assert.Equal(3.9, (await StoredAsync(school, schoolId))[("2022-06-01", "teachers")].GetProperty("G").GetDouble());
    }
}
