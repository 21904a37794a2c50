using System.Net;
using System.Text;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Modules.Clusters;

/// <summary>Out-of-range or non-finite optimiser settings are refused with 400 naming the field, through the API and the page.</summary>
[Trait("Category", Category.Integration)]
public sealed class ProposalSettingsRangesTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly string[] Values = ["1e308", "-1e308", "2147483648", "-2147483649", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "-1", "1e40"];

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var value in Values)
        {
            cases.Add("maxDistanceKm", value);
            foreach (var weight in new[] { "distance", "level", "needs", "priorities" })
            {
                cases.Add("weights." + weight, value);
            }
            cases.Add("capacity", value);
        }
        cases.Add("capacityOverrides", "{\"PT-0\": 2147483647}");
        cases.Add("capacityOverrides", "{\"PT-0\": -1}");
        cases.Add("capacityOverrides", "{\"PT-0\": 1e308}");
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_setting_out_of_range_answers_400_naming_the_field(string field, string value)
    {
        var client = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await ClusterTestData.DemoProgrammeIdAsync(client);
        var weights = new Dictionary<string, string> { ["distance"] = "1", ["level"] = "0", ["needs"] = "0", ["priorities"] = "0" };
        var top = new Dictionary<string, string> { ["capacity"] = "4", ["maxDistanceKm"] = "null" };
        if (field.StartsWith("weights.", StringComparison.Ordinal))
        {
            weights[field["weights.".Length..]] = value;
        }
        else
        {
            top[field] = value;
        }
        var body = "{" + string.Join(",", top.Select(p => $"\"{p.Key}\":{p.Value}"))
            + ",\"weights\":{" + string.Join(",", weights.Select(p => $"\"{p.Key}\":{p.Value}")) + "}}";

        var response = await client.PostAsync($"/api/v1/programmes/{programmeId}/cluster-proposals", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var named = problem.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(e => e.Name).ToList() : [];
        // A key may name the field or a part of it (capacityOverrides.PT-0).
        Assert.True(named.Any(n => n == field || n.StartsWith(field + ".", StringComparison.Ordinal)), $"{body}: errors name {string.Join(", ", named)}, not {field}");
    }

    [Theory]
    [InlineData("Settings.MaxDistanceKm", "NaN")]
    [InlineData("Settings.MaxDistanceKm", "1e308")]
    [InlineData("Settings.Distance", "1e308")]
    [InlineData("Settings.Needs", "Infinity")]
    [InlineData("Settings.Level", "-1")]
    public async Task The_page_shows_an_out_of_range_setting_at_once(string field, string value)
    {
        var client = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await ClusterTestData.DemoProgrammeIdAsync(client);
        var fields = new Dictionary<string, string>
        {
            ["Settings.Capacity"] = "4", ["Settings.Distance"] = "1", ["Settings.Level"] = "0", ["Settings.Needs"] = "0", ["Settings.Priorities"] = "0",
        };
        fields[field] = value;

        var html = WebUtility.HtmlDecode(await HtmlForms.PostFormAsync(client, $"/programmes/{programmeId}/cluster-proposals", "run", fields));

        Assert.Contains("role=\"alert\"", html);
        Assert.DoesNotContain("?run=", html);
    }
}
