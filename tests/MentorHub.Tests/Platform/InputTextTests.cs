using System.Net;
using System.Net.Http.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Tests.Modules.Clusters;

namespace MentorHub.Tests.Platform;

/// <summary>Found by the API fuzz test on PostgreSQL: text the database cannot hold answered 500; it is refused with 400 naming the field, on both databases.</summary>
[Trait("Category", Category.Integration)]
public sealed class InputTextTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_nul_character_in_a_body_field_or_a_query_parameter_answers_400_naming_it()
    {
        var admin = await app.SignedInAsync("admin@demo.example");
        var programme = await ClusterTestData.DemoProgrammeIdAsync(admin);

        var participant = await admin.PostAsJsonAsync($"/api/v1/programmes/{programme}/participants", new { schoolId = "a\u0000b", role = "mentor" });
        var problem = await participant.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("schoolId", out _), problem.ToString());

        var search = await admin.GetAsync("/api/v1/schools?country=%00");
        problem = await search.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("country", out _), problem.ToString());
    }

    [Fact]
    public async Task A_national_priority_longer_than_can_be_stored_answers_400_naming_it()
    {
        var admin = await app.SignedInAsync("admin@demo.example");

        var response = await admin.PostAsJsonAsync("/api/v1/programmes", new
        {
            name = "Long priorities", country = "PT", startsOn = "2027-09-01", endsOn = "2028-07-31", priorities = new[] { "STEM", new string('x', 201) },
        });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("priorities[1]", out _), problem.ToString());
    }
}
