using System.Net;
using System.Net.Http.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Tests.Modules.Clusters;

namespace MentorHub.Tests.Modules.Programs;

/// <summary>
/// Found by the API fuzz test: two hubs of the same name created at the same moment passed the
/// "already exists" check together and the second answered 500. Any write stopped by a unique key
/// now answers 409 and stores nothing.
/// </summary>
[Trait("Category", Category.Integration)]
public sealed class CreateHubConcurrencyTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Hubs_of_one_name_created_at_once_give_one_hub_and_409_for_the_others()
    {
        var admin = await app.SignedInAsync("admin@demo.example");
        var programme = await ClusterTestData.DemoProgrammeIdAsync(admin);
        for (var round = 0; round < 5; round++)
        {
            var name = $"Hub simultâneo {round}";
            var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
                admin.PostAsJsonAsync($"/api/v1/programmes/{programme}/hubs", new { name, region = "Oeste", kind = "top-down" })));

            Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, $"{(int)r.StatusCode}"));
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
            var hubs = await (await admin.GetAsync($"/api/v1/programmes/{programme}/hubs")).JsonAsync();
            Assert.Single(hubs.EnumerateArray(), h => h.GetProperty("name").GetString() == name);
        }
    }
}
