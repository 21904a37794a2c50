using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Modules.People;

/// <summary>A role is given only on the kinds of scope it means, and only on a scope that exists.</summary>
[Trait("Category", Category.Integration)]
public sealed class RoleScopeTests(AppFixture app) : IClassFixture<AppFixture>
{
    /// <summary>Written out here, not read from the application: what each role means.</summary>
    private static readonly Dictionary<string, string[]> Meaning = new()
    {
        ["admin"] = ["global"],
        ["national-coordinator"] = ["programme"],
        ["researcher"] = ["programme"],
        ["policy-viewer"] = ["programme"],
        ["hub-coordinator"] = ["hub"],
        ["school-coordinator"] = ["school", "cluster"],
        ["school-leader"] = ["school", "cluster"],
        ["mentor"] = ["school", "cluster"],
        ["teacher"] = ["school"],
    };

    private static readonly string[] ScopeTypes = ["global", "programme", "hub", "cluster", "school"];

    private int invitee;

    [Fact]
    public async Task Every_role_is_accepted_on_the_scope_types_it_means_and_refused_with_scope_type_on_the_others()
    {
        var admin = await app.SignedInAsync("admin@demo.example");
        var scopes = await ExistingScopesAsync(admin);
        var failures = new List<string>();
        foreach (var (role, meant) in Meaning)
        {
            foreach (var scopeType in ScopeTypes)
            {
                var response = await InviteAsync(admin, role, scopeType, scopes[scopeType]);
                var body = await response.Content.ReadAsStringAsync();
                if (meant.Contains(scopeType))
                {
                    if (response.StatusCode != HttpStatusCode.Created)
                    {
                        failures.Add($"{role} on {scopeType}: expected 201, got {(int)response.StatusCode} {body}");
                    }
                }
                else if (response.StatusCode != HttpStatusCode.BadRequest || !ErrorFields(body).Contains("scopeType"))
                {
                    failures.Add($"{role} on {scopeType}: expected 400 naming scopeType, got {(int)response.StatusCode} {body}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("national-coordinator", "programme")]
    [InlineData("hub-coordinator", "hub")]
    [InlineData("mentor", "cluster")]
    [InlineData("teacher", "school")]
    public async Task A_scope_that_does_not_exist_or_is_missing_is_refused_with_scope_id(string role, string scopeType)
    {
        var admin = await app.SignedInAsync("admin@demo.example");
        var unknown = scopeType == "school" ? "NO-SUCH-SCHOOL" : Guid.NewGuid().ToString();
        foreach (var scopeId in new[] { unknown, "", null })
        {
            var response = await InviteAsync(admin, role, scopeType, scopeId);
            var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("scopeId", out _), problem.ToString());
        }
    }

    [Fact]
    public async Task A_national_coordinator_cannot_make_someone_hub_coordinator_of_a_school_nor_teacher_of_the_programme()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var scopes = await ExistingScopesAsync(coordinator);

        var hubOnSchool = await InviteAsync(coordinator, "hub-coordinator", "school", scopes["school"]);
        var problem = await hubOnSchool.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("scopeType", out _));

        var teacherOnProgramme = await InviteAsync(coordinator, "teacher", "programme", scopes["programme"]);
        problem = await teacherOnProgramme.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("scopeType", out _));

        // The same coordinator may give a cluster role in their programme.
        var leaderOnCluster = await InviteAsync(coordinator, "school-leader", "cluster", scopes["cluster"]);
        Assert.Equal(HttpStatusCode.Created, leaderOnCluster.StatusCode);
    }

    private async Task<HttpResponseMessage> InviteAsync(HttpClient client, string role, string scopeType, string? scopeId) =>
        await client.PostAsJsonAsync("/api/v1/invitations", new
        {
            email = $"scope.{Interlocked.Increment(ref invitee)}@example.org",
            displayName = "Scope Check",
            role,
            scopeType,
            scopeId,
        });

    private static HashSet<string> ErrorFields(string body)
    {
        try
        {
            return JsonDocument.Parse(body).RootElement.TryGetProperty("errors", out var errors)
                ? errors.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal)
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>One existing scope of each type in the demo programme (global has none).</summary>
    private static async Task<Dictionary<string, string?>> ExistingScopesAsync(HttpClient client)
    {
        var programme = (await (await client.GetAsync("/api/v1/programmes")).JsonAsync())[0].GetProperty("id").GetString()!;
        var hub = (await (await client.GetAsync($"/api/v1/programmes/{programme}/hubs")).JsonAsync())[0].GetProperty("id").GetString()!;
        var participants = await (await client.GetAsync($"/api/v1/programmes/{programme}/participants")).JsonAsync();
        var clustered = participants.EnumerateArray().First(p => p.GetProperty("clusterId").ValueKind == JsonValueKind.String);
        return new()
        {
            ["global"] = null,
            ["programme"] = programme,
            ["hub"] = hub,
            ["cluster"] = clustered.GetProperty("clusterId").GetString(),
            ["school"] = clustered.GetProperty("schoolId").GetString(),
        };
    }
}
