using System.Net;
using System.Text;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Modules.Schools;

[Trait("Category", Category.Integration)]
public sealed class SchoolsApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Header = "id,name,country,region,municipality,level,pupils,latitude,longitude";

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    [Fact]
    public async Task Import_creates_then_updates_never_duplicates()
    {
        var client = await app.SignedInAsync("admin@demo.example");
        var file = $"{Header}\nXX-1,Escola Um,XX,Norte,Vila,primary,120,41.1,-8.6\nXX-2,\"Escola Dois, Anexo\",XX,Norte,Vila,upper_secondary,,41.2,-8.5\n";
        var first = await (await client.PostAsync("/api/v1/schools/import", Csv(file))).JsonAsync();
        Assert.Equal(2, first.GetProperty("imported").GetInt32());
        Assert.Equal(0, first.GetProperty("updated").GetInt32());

        var again = await (await client.PostAsync("/api/v1/schools/import", Csv(file))).JsonAsync();
        Assert.Equal(0, again.GetProperty("imported").GetInt32());
        Assert.Equal(0, again.GetProperty("updated").GetInt32());

        var changed = await (await client.PostAsync("/api/v1/schools/import", Csv(file.Replace(",120,", ",130,", StringComparison.Ordinal)))).JsonAsync();
        Assert.Equal(0, changed.GetProperty("imported").GetInt32());
        Assert.Equal(1, changed.GetProperty("updated").GetInt32());

        var page = await (await client.GetAsync("/api/v1/schools?country=XX")).JsonAsync();
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        var one = page.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "XX-1");
        Assert.Equal(130, one.GetProperty("pupils").GetInt32());
        Assert.Equal("primary", one.GetProperty("level").GetString());
        Assert.Equal(41.1, one.GetProperty("latitude").GetDouble());
    }

    [Fact]
    public async Task A_bad_file_stores_nothing_and_names_line_and_field()
    {
        var client = await app.SignedInAsync("admin@demo.example");
        var file = $"{Header}\nYY-1,Boa,YY,R,M,primary,,40,-8\nYY-2,Má,YY,R,M,primary,lots,40,-8\n";
        var problem = await (await client.PostAsync("/api/v1/schools/import", Csv(file))).AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("line 3: pupils", out var messages));
        Assert.Contains("Line 3, pupils", messages[0].GetString());

        var page = await (await client.GetAsync("/api/v1/schools?country=YY")).JsonAsync();
        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Import_needs_csv_content_type_and_an_administrator()
    {
        var admin = await app.SignedInAsync("admin@demo.example");
        var wrongType = await admin.PostAsync("/api/v1/schools/import", new StringContent("{}", Encoding.UTF8, "application/json"));
        await wrongType.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);

        var teacher = await app.SignedInAsync("teacher@demo.example");
        var forbidden = await teacher.PostAsync("/api/v1/schools/import", Csv($"{Header}\n"));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task Search_folds_accents_and_pages()
    {
        var client = await app.SignedInAsync("teacher@demo.example");
        var page = await (await client.GetAsync("/api/v1/schools?q=setubal&page=1&pageSize=5")).JsonAsync();
        Assert.True(page.GetProperty("total").GetInt32() > 5);
        Assert.Equal(5, page.GetProperty("items").GetArrayLength());
        var second = await (await client.GetAsync("/api/v1/schools?q=setubal&page=2&pageSize=5")).JsonAsync();
        var firstIds = page.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToHashSet();
        Assert.DoesNotContain(second.GetProperty("items").EnumerateArray(), s => firstIds.Contains(s.GetProperty("id").GetString()));

        var all = await (await client.GetAsync("/api/v1/schools?country=PT&pageSize=1")).JsonAsync();
        Assert.Equal(1191, all.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Bad_paging_is_a_validation_problem()
    {
        var client = await app.SignedInAsync("teacher@demo.example");
        var problem = await (await client.GetAsync("/api/v1/schools?pageSize=100000")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("pageSize", out _));
    }

    [Fact]
    public async Task One_school_or_404()
    {
        var client = await app.SignedInAsync("teacher@demo.example");
        var school = await (await client.GetAsync("/api/v1/schools/PT-200098")).JsonAsync();
        Assert.Equal("Escola Básica de A-das-Lebres", school.GetProperty("name").GetString());
        await (await client.GetAsync("/api/v1/schools/NOPE-1")).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
