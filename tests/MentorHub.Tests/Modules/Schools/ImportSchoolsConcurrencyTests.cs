using System.Net;
using System.Text;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Modules.Schools;

/// <summary>Found by the API fuzz test: two imports of the same new school at once made the second answer 500.</summary>
[Trait("Category", Category.Integration)]
public sealed class ImportSchoolsConcurrencyTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Imports_of_the_same_new_schools_at_once_all_succeed_and_store_each_school_once()
    {
        var admin = await app.SignedInAsync("admin@demo.example");
        for (var round = 0; round < 3; round++)
        {
            var csv = "id,name,country,region,municipality,level,pupils,latitude,longitude\n"
                + string.Join('\n', Enumerable.Range(0, 20).Select(i => $"CC-{round}-{i},Escola {i},PT,Lisboa,Lisboa,primary,100,38.7,-9.1"));
            var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
                admin.PostAsync("/api/v1/schools/import", new StringContent(csv, Encoding.UTF8, "text/csv"))));

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
            var found = await (await admin.GetAsync($"/api/v1/schools?q=CC-{round}-&pageSize=100")).JsonAsync();
            Assert.Equal(20, found.GetProperty("total").GetInt32());
        }
    }
}
