using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Tests.Modules.SelfAssessment;
using MentorHub.Web.Modules.Programs;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Xunit.Abstractions;

namespace MentorHub.Tests.Platform;

/// <summary>
/// Who may do what, as one table: every API route and page, every demo role and an anonymous caller,
/// over the demo programme's own resources and over a second ("foreign") programme with its own hub,
/// schools, cluster and round that no demo account holds a role in. Outcomes:
/// <c>A</c> allowed (past authorization: 2xx, 3xx or a 4xx about the input or the state),
/// <c>F</c> 403 (visible, not allowed), <c>H</c> 404 (not found and hidden look the same),
/// <c>U</c> unauthenticated (401, or a page's redirect to sign-in).
/// Roles in order: admin, coordinator, hub, mentor-school, mentee-school, teacher, researcher, policy, anonymous.
/// </summary>
[Trait("Category", Category.Integration)]
public sealed partial class AuthorizationMatrixTests(MatrixFixture fixture, ITestOutputHelper output) : IClassFixture<MatrixFixture>
{
    internal static readonly string[] Roles =
    [
        "admin@demo.example", "coordinator@demo.example", "hub@demo.example", "mentor-school@demo.example",
        "mentee-school@demo.example", "teacher@demo.example", "researcher@demo.example", "policy@demo.example", "",
    ];

    /// <summary>Over a foreign resource: the administrator only; everyone else cannot know it exists.</summary>
    private const string OnlyAdmin = "AHHHHHHHU";
    private const string EverySignedIn = "AAAAAAAAU";
    private const string Everyone = "AAAAAAAAA";

    /// <summary>A school of the registry is known to everyone signed in; what belongs to it in a programme of others is not theirs (403).</summary>
    private const string RegistrySchool = "AFFFFFFFU";

    /// <summary>A comparison page over a programme the caller may not know exists answers 404, as the exports do; a visible one not theirs to compare is refused.</summary>
    private const string ComparisonPageForeign = OnlyAdmin;

    private static readonly string Csv = "format=csv";

    /// <param name="Pattern">The route as the application maps it (the guard matches on method and pattern).</param>
    /// <param name="Own">The path over the demo programme's resources.</param>
    /// <param name="Foreign">The path over the foreign programme's resources, when the route has a resource.</param>
    /// <param name="Body">The request body, valid enough that a refusal can only come from authorization.</param>
    /// <param name="ForeignBody">The body over the foreign resources, when it names them.</param>
    internal sealed record Row(string Method, string Pattern, Func<Ids, string> Own, string OwnExpected, Func<Ids, string>? Foreign = null, string? ForeignExpected = null, Func<Ids, HttpContent>? Body = null, Func<Ids, HttpContent>? ForeignBody = null);

    internal sealed record Ids(
        string Programme, string Hub, string Cluster, string MenteeSchool, string Round, string Code, string Proposal, string Request,
        string ForeignProgramme, string ForeignHub, string ForeignCluster, string ForeignSchool, string ForeignRound, string ForeignCode, string ForeignProposal, string ForeignRequest)
    {
        /// <summary>Ids of resources later modules made for the table (a plan, an activity), by name; filled by <see cref="MatrixFixture"/>.</summary>
        public Dictionary<string, string> More { get; } = [];
    }

    private static Func<Ids, HttpContent> Json(Func<Ids, object> body) => ids => JsonContent.Create(body(ids));

    private static Func<Ids, HttpContent> Json(object body) => _ => JsonContent.Create(body);

    /// <summary>The table. Rows that change state come after those that read it; acceptance and leaving come last.</summary>
    internal static readonly Row[] Table =
    [
        // Programs
        new("GET", "/api/v1/programmes", _ => "/api/v1/programmes", EverySignedIn),
        new("GET", "/api/v1/programmes/{id:guid}", i => $"/api/v1/programmes/{i.Programme}", EverySignedIn, i => $"/api/v1/programmes/{i.ForeignProgramme}", OnlyAdmin),
        new("GET", "/api/v1/programmes/{id:guid}/hubs", i => $"/api/v1/programmes/{i.Programme}/hubs", EverySignedIn, i => $"/api/v1/programmes/{i.ForeignProgramme}/hubs", OnlyAdmin),
        new("GET", "/api/v1/hubs/{hubId:guid}", i => $"/api/v1/hubs/{i.Hub}", EverySignedIn, i => $"/api/v1/hubs/{i.ForeignHub}", OnlyAdmin),
        new("GET", "/api/v1/programmes/{id:guid}/participants", i => $"/api/v1/programmes/{i.Programme}/participants", EverySignedIn, i => $"/api/v1/programmes/{i.ForeignProgramme}/participants", OnlyAdmin),
        // Coarse policy first (coordinators), then the resource: a foreign programme is 404 for coordinators, 403 for the rest whatever the resource.
        new("POST", "/api/v1/programmes", _ => "/api/v1/programmes", "AFFFFFFFU", Body: Json(new { name = "Matrix programme", country = "PT", startsOn = "2026-01-01", endsOn = "2026-12-31" })),
        new("POST", "/api/v1/programmes/{id:guid}/hubs", i => $"/api/v1/programmes/{i.Programme}/hubs", "AAFFFFFFU", i => $"/api/v1/programmes/{i.ForeignProgramme}/hubs", "AHHFFFFFU", Json(new { name = "Hub Matriz", region = "Norte", kind = "top-down" })),
        new("POST", "/api/v1/hubs/{hubId:guid}/stakeholders", i => $"/api/v1/hubs/{i.Hub}/stakeholders", "AAAFFFFFU", i => $"/api/v1/hubs/{i.ForeignHub}/stakeholders", "AHHFFFFFU", Json(new { name = "Matrix University", kind = "university" })),
        new("POST", "/api/v1/programmes/{id:guid}/participants", i => $"/api/v1/programmes/{i.Programme}/participants", "AAFFFFFFU", i => $"/api/v1/programmes/{i.ForeignProgramme}/participants", "AHHFFFFFU", Json(i => new { schoolId = i.MenteeSchool, role = "mentee" }), Json(i => new { schoolId = i.ForeignSchool, role = "mentee" })),
        new("PUT", "/api/v1/programmes/{id:guid}/participants/{schoolId}", i => $"/api/v1/programmes/{i.Programme}/participants/{i.MenteeSchool}", "AAFFFFFFU", i => $"/api/v1/programmes/{i.ForeignProgramme}/participants/{i.ForeignSchool}", "AHHFFFFFU", Json(new { })),

        // Schools: the registry is open to everyone signed in; only administrators import.
        new("GET", "/api/v1/schools", _ => "/api/v1/schools?q=lisboa", EverySignedIn),
        new("GET", "/api/v1/schools/{id}", i => $"/api/v1/schools/{i.MenteeSchool}", EverySignedIn, i => $"/api/v1/schools/{i.ForeignSchool}", EverySignedIn),
        new("POST", "/api/v1/schools/import", _ => "/api/v1/schools/import", "AFFFFFFFU", Body: _ => new StringContent("id,name,country,region,municipality,level,pupils,latitude,longitude\n", Encoding.UTF8, "text/csv")),

        // People
        new("POST", "/api/v1/auth/login", _ => "/api/v1/auth/login", Everyone, Body: Json(new { email = "policy@demo.example", password = "mentorhub-demo" })),
        // The refresh token is the credential: a bad one is 401 whoever sends it.
        new("POST", "/api/v1/auth/refresh", _ => "/api/v1/auth/refresh", "UUUUUUUUU", Body: Json(new { refreshToken = "not-a-token" })),
        new("GET", "/api/v1/me", _ => "/api/v1/me", EverySignedIn),
        // Coordinators invite to what they coordinate, a school's coordinator to their own school; a school of the registry is known, so inviting to someone else's is 403.
        new("POST", "/api/v1/invitations/", _ => "/api/v1/invitations", "AAAFAFFFU", _ => "/api/v1/invitations", RegistrySchool, Json(i => new { email = "matrix.invitee@example.org", displayName = "Matrix Invitee", role = "Teacher", scopeType = "School", scopeId = i.MenteeSchool }), Json(i => new { email = "matrix.foreign@example.org", displayName = "Matrix Foreign", role = "Teacher", scopeType = "School", scopeId = i.ForeignSchool })),
        // Anonymous by design: an unknown invitation is refused the same way (409) for anyone.
        new("POST", "/api/v1/invitations/{token}/accept", _ => "/api/v1/invitations/not-a-token/accept", Everyone, Body: Json(new { displayName = "Nobody", password = "long-enough-password" })),

        // Clusters
        new("GET", "/api/v1/programmes/{id:guid}/clusters", i => $"/api/v1/programmes/{i.Programme}/clusters", EverySignedIn, i => $"/api/v1/programmes/{i.ForeignProgramme}/clusters", OnlyAdmin),
        new("GET", "/api/v1/clusters/{id:guid}", i => $"/api/v1/clusters/{i.Cluster}", EverySignedIn, i => $"/api/v1/clusters/{i.ForeignCluster}", OnlyAdmin),
        new("GET", "/api/v1/programmes/{id:guid}/cluster-requests", i => $"/api/v1/programmes/{i.Programme}/cluster-requests", EverySignedIn, i => $"/api/v1/programmes/{i.ForeignProgramme}/cluster-requests", OnlyAdmin),
        // A proposal is a coordinator's draft: nobody else may know it exists.
        new("GET", "/api/v1/cluster-proposals/{id:guid}", i => $"/api/v1/cluster-proposals/{i.Proposal}", "AAAHHHHHU", i => $"/api/v1/cluster-proposals/{i.ForeignProposal}", OnlyAdmin),
        new("POST", "/api/v1/programmes/{id:guid}/cluster-proposals", i => $"/api/v1/programmes/{i.Programme}/cluster-proposals", "AAAFFFFFU", i => $"/api/v1/programmes/{i.ForeignProgramme}/cluster-proposals", OnlyAdmin, Json(i => new { capacity = 4, maxDistanceKm = 50, hubId = i.Hub })),
        // The demo's mentor school mentors this cluster: it edits the shared space and names coordinators.
        new("POST", "/api/v1/clusters/{id:guid}/links", i => $"/api/v1/clusters/{i.Cluster}/links", "AAAAFFFFU", i => $"/api/v1/clusters/{i.ForeignCluster}/links", OnlyAdmin, Json(new { title = "Shared folder", url = "https://example.org/folder" })),
        new("POST", "/api/v1/clusters/{id:guid}/coordinators", i => $"/api/v1/clusters/{i.Cluster}/coordinators", "AAAAFFFFU", i => $"/api/v1/clusters/{i.ForeignCluster}/coordinators", OnlyAdmin, Json(new { name = "Matrix Coordinator" })),
        new("PUT", "/api/v1/clusters/{id:guid}/name", i => $"/api/v1/clusters/{i.Cluster}/name", "AAAAFFFFU", i => $"/api/v1/clusters/{i.ForeignCluster}/name", OnlyAdmin, Json(new { name = "Matrix Cluster" })),
        new("POST", "/api/v1/programmes/{id:guid}/cluster-requests", i => $"/api/v1/programmes/{i.Programme}/cluster-requests", "AFFFAFFFU", i => $"/api/v1/programmes/{i.ForeignProgramme}/cluster-requests", OnlyAdmin, Json(i => new { mentorSchoolId = ProgramsDemo.SetubalMentors[0], menteeSchoolId = i.MenteeSchool })),
        new("POST", "/api/v1/cluster-requests/{id:guid}/accept", i => $"/api/v1/cluster-requests/{i.Request}/accept", "AFFFFFFFU", i => $"/api/v1/cluster-requests/{i.ForeignRequest}/accept", OnlyAdmin),
        new("POST", "/api/v1/cluster-requests/{id:guid}/decline", i => $"/api/v1/cluster-requests/{i.Request}/decline", "AFFFFFFFU", i => $"/api/v1/cluster-requests/{i.ForeignRequest}/decline", OnlyAdmin),
        new("POST", "/api/v1/cluster-requests/{id:guid}/withdraw", i => $"/api/v1/cluster-requests/{i.Request}/withdraw", "AFFFFFFFU", i => $"/api/v1/cluster-requests/{i.ForeignRequest}/withdraw", OnlyAdmin),
        new("POST", "/api/v1/cluster-requests/{id:guid}/approve", i => $"/api/v1/cluster-requests/{i.Request}/approve", "AAAFFFFFU", i => $"/api/v1/cluster-requests/{i.ForeignRequest}/approve", OnlyAdmin),
        new("POST", "/api/v1/cluster-requests/{id:guid}/reject", i => $"/api/v1/cluster-requests/{i.Request}/reject", "AAAFFFFFU", i => $"/api/v1/cluster-requests/{i.ForeignRequest}/reject", OnlyAdmin),

        // Self-assessment
        new("GET", "/api/v1/instruments", _ => "/api/v1/instruments", EverySignedIn),
        new("GET", "/api/v1/instruments/{id}", _ => $"/api/v1/instruments/{InstrumentCatalog.DefaultSelfAssessmentId}", EverySignedIn),
        new("POST", "/api/v1/instruments", _ => "/api/v1/instruments", "AFFFFFFFU", Body: Json(new { })),
        new("GET", "/api/v1/schools/{schoolId}/rounds", i => $"/api/v1/schools/{i.MenteeSchool}/rounds", EverySignedIn, i => $"/api/v1/schools/{i.ForeignSchool}/rounds", EverySignedIn),
        new("GET", "/api/v1/rounds/{id}", i => $"/api/v1/rounds/{i.Round}", "AAAFAFFFU", i => $"/api/v1/rounds/{i.ForeignRound}", OnlyAdmin),
        new("GET", "/api/v1/rounds/{id}/report", i => $"/api/v1/rounds/{i.Round}/report", "AAAFAFFFU", i => $"/api/v1/rounds/{i.ForeignRound}/report", OnlyAdmin),
        new("GET", "/api/v1/rounds/{id}/report/export", i => $"/api/v1/rounds/{i.Round}/report/export?{Csv}", "AAAFAFFFU", i => $"/api/v1/rounds/{i.ForeignRound}/report/export?{Csv}", OnlyAdmin),
        new("GET", "/api/v1/surveys/{code}", i => $"/api/v1/surveys/{i.Code}", Everyone, i => $"/api/v1/surveys/{i.ForeignCode}", Everyone),
        new("POST", "/api/v1/surveys/{code}/responses", i => $"/api/v1/surveys/{i.Code}/responses", Everyone, i => $"/api/v1/surveys/{i.ForeignCode}/responses", Everyone, Json(new { submissionId = Guid.Empty, language = "en", answers = new Dictionary<string, int?> { ["no-such-item"] = 3 } })),
        new("POST", "/api/v1/schools/{schoolId}/rounds", i => $"/api/v1/schools/{i.MenteeSchool}/rounds", "AAAFAFFFU", i => $"/api/v1/schools/{i.ForeignSchool}/rounds", OnlyAdmin, Json(i => new { programmeId = i.Programme, instrumentId = InstrumentCatalog.DefaultSelfAssessmentId, opensAt = DateTime.UtcNow, closesAt = DateTime.UtcNow.AddDays(14) }),
            Json(i => new { programmeId = i.ForeignProgramme, instrumentId = InstrumentCatalog.DefaultSelfAssessmentId, opensAt = DateTime.UtcNow, closesAt = DateTime.UtcNow.AddDays(14) })),
        new("GET", "/api/v1/schools/{schoolId}/selfie-scores", i => $"/api/v1/schools/{i.MenteeSchool}/selfie-scores", "AAAFAFFFU", i => $"/api/v1/schools/{i.ForeignSchool}/selfie-scores", RegistrySchool),
        new("POST", "/api/v1/schools/{schoolId}/selfie-scores", i => $"/api/v1/schools/{i.MenteeSchool}/selfie-scores", "AAAFAFFFU", i => $"/api/v1/schools/{i.ForeignSchool}/selfie-scores", RegistrySchool, Json(new { takenOn = "2026-01-15", group = "teachers", scores = new Dictionary<string, double> { ["A"] = 3.5 } })),
        new("POST", "/api/v1/schools/{schoolId}/selfie-scores/upload", i => $"/api/v1/schools/{i.MenteeSchool}/selfie-scores/upload", "AAAFAFFFU", i => $"/api/v1/schools/{i.ForeignSchool}/selfie-scores/upload", RegistrySchool, _ => SelfieFile()),
        new("GET", "/api/v1/selfie-scores/template", _ => $"/api/v1/selfie-scores/template?{Csv}", EverySignedIn),
        new("GET", "/api/v1/programmes/{id:guid}/self-assessment/schools/export", i => $"/api/v1/programmes/{i.Programme}/self-assessment/schools/export?{Csv}", "AAAFFFFFU", i => $"/api/v1/programmes/{i.ForeignProgramme}/self-assessment/schools/export?{Csv}", OnlyAdmin),
        new("GET", "/api/v1/programmes/{id:guid}/self-assessment/change/export", i => $"/api/v1/programmes/{i.Programme}/self-assessment/change/export?{Csv}", "AAAFFFFFU", i => $"/api/v1/programmes/{i.ForeignProgramme}/self-assessment/change/export?{Csv}", OnlyAdmin),

        // Evaluation: aggregates for coordinators, researchers and policy viewers; not for schools.
        new("GET", "/api/v1/programmes/{id:guid}/outcomes", i => $"/api/v1/programmes/{i.Programme}/outcomes?by=school", "AAAFFFAAU", i => $"/api/v1/programmes/{i.ForeignProgramme}/outcomes?by=school", OnlyAdmin),
        new("GET", "/api/v1/programmes/{id:guid}/outcomes/export", i => $"/api/v1/programmes/{i.Programme}/outcomes/export?by=hub&{Csv}", "AAAFFFAAU", i => $"/api/v1/programmes/{i.ForeignProgramme}/outcomes/export?by=hub&{Csv}", OnlyAdmin),

        // The mentoring journey (each module's rows in its own part of this class)
        ..JourneyRows,
        ..PlanningRows,
        ..ToolboxRows,
        ..ActivitiesRows,
        ..SharingRows,
        ..IncentivesRows,

        // Pages
        new("GET", "/", _ => "/", Everyone),
        new("GET", "/programmes", _ => "/programmes", EverySignedIn),
        new("GET", "/programmes/{Id:guid}", i => $"/programmes/{i.Programme}", EverySignedIn, i => $"/programmes/{i.ForeignProgramme}", OnlyAdmin),
        new("GET", "/programmes/{Id:guid}/clusters", i => $"/programmes/{i.Programme}/clusters", EverySignedIn, i => $"/programmes/{i.ForeignProgramme}/clusters", OnlyAdmin),
        new("GET", "/programmes/{Id:guid}/cluster-requests", i => $"/programmes/{i.Programme}/cluster-requests", EverySignedIn, i => $"/programmes/{i.ForeignProgramme}/cluster-requests", OnlyAdmin),
        // The optimiser page answers "no such programme, or not yours to form" alike.
        new("GET", "/programmes/{Id:guid}/cluster-proposals", i => $"/programmes/{i.Programme}/cluster-proposals", "AAAHHHHHU", i => $"/programmes/{i.ForeignProgramme}/cluster-proposals", OnlyAdmin),
        new("GET", "/programmes/{Id:guid}/outcomes", i => $"/programmes/{i.Programme}/outcomes", "AAAFFFAAU", i => $"/programmes/{i.ForeignProgramme}/outcomes", OnlyAdmin),
        new("GET", "/programmes/{ProgrammeId:guid}/self-assessment", i => $"/programmes/{i.Programme}/self-assessment", "AAAFFFFFU", i => $"/programmes/{i.ForeignProgramme}/self-assessment", ComparisonPageForeign),
        new("GET", "/programmes/{ProgrammeId:guid}/self-assessment/change", i => $"/programmes/{i.Programme}/self-assessment/change", "AAAFFFFFU", i => $"/programmes/{i.ForeignProgramme}/self-assessment/change", ComparisonPageForeign),
        new("GET", "/hubs/{Id:guid}", i => $"/hubs/{i.Hub}", EverySignedIn, i => $"/hubs/{i.ForeignHub}", OnlyAdmin),
        new("GET", "/clusters/{Id:guid}", i => $"/clusters/{i.Cluster}", EverySignedIn, i => $"/clusters/{i.ForeignCluster}", OnlyAdmin),
        new("GET", "/schools", _ => "/schools", EverySignedIn),
        new("GET", "/schools/{Id}", i => $"/schools/{i.MenteeSchool}", EverySignedIn, i => $"/schools/{i.ForeignSchool}", EverySignedIn),
        new("GET", "/schools/import", _ => "/schools/import", "AFFFFFFFU"),
        new("GET", "/schools/{SchoolId}/rounds", i => $"/schools/{i.MenteeSchool}/rounds", EverySignedIn, i => $"/schools/{i.ForeignSchool}/rounds", EverySignedIn),
        // The round pages show the not-found page to whoever may not run the round.
        new("GET", "/rounds/{Id}/invitations", i => $"/rounds/{i.Round}/invitations", "AAAHAHHHU", i => $"/rounds/{i.ForeignRound}/invitations", OnlyAdmin),
        new("GET", "/rounds/{Id}/report", i => $"/rounds/{i.Round}/report", "AAAHAHHHU", i => $"/rounds/{i.ForeignRound}/report", OnlyAdmin),
        new("GET", "/people", _ => "/people", "AAAFFFFFU"),
        new("GET", "/s/{Code}", i => $"/s/{i.Code}", Everyone, i => $"/s/{i.ForeignCode}", Everyone),
        new("GET", "/s/{Code}/thanks", i => $"/s/{i.Code}/thanks", Everyone),
        new("GET", "/account/login", _ => "/account/login", Everyone),
        new("GET", "/account/forgot-password", _ => "/account/forgot-password", Everyone),
        new("GET", "/account/reset-password", _ => "/account/reset-password", Everyone),
        new("GET", "/account/invitation/{Token}", _ => "/account/invitation/not-a-token", Everyone),
        new("POST", "/account/logout", _ => "/account/logout", Everyone),
        new("GET", "/error", _ => "/error", Everyone),
        // The not-found page is what every hidden resource looks like.
        new("GET", "/not-found", _ => "/not-found", "HHHHHHHHH"),
        new("GET", "/language/{lang}", _ => "/language/pt?returnUrl=/", Everyone),
        new("GET", "/health", _ => "/health", Everyone),
        new("GET", "/openapi/{documentName}.json", _ => "/openapi/v1.json", Everyone),
        new("GET", "/api-docs", _ => "/api-docs", Everyone),

        // Last: rows that end things (closing the round, leaving the cluster, accepting a proposal).
        new("POST", "/api/v1/rounds/{id}/extend", i => $"/api/v1/rounds/{i.Round}/extend", "AAAFAFFFU", i => $"/api/v1/rounds/{i.ForeignRound}/extend", OnlyAdmin, Json(new { closesAt = DateTime.UtcNow.AddDays(30) })),
        new("POST", "/api/v1/rounds/{id}/close", i => $"/api/v1/rounds/{i.Round}/close", "AAAFAFFFU", i => $"/api/v1/rounds/{i.ForeignRound}/close", OnlyAdmin),
        new("POST", "/api/v1/clusters/{id:guid}/members/{schoolId}/leave", i => $"/api/v1/clusters/{i.Cluster}/members/{i.MenteeSchool}/leave", "AAAFAFFFU", i => $"/api/v1/clusters/{i.ForeignCluster}/members/{i.ForeignSchool}/leave", OnlyAdmin, Json(new { })),
        new("POST", "/api/v1/cluster-proposals/{id:guid}/accept", i => $"/api/v1/cluster-proposals/{i.Proposal}/accept", "AAAFFFFFU", i => $"/api/v1/cluster-proposals/{i.ForeignProposal}/accept", OnlyAdmin),
    ];

    private static MultipartFormDataContent SelfieFile()
    {
        var form = new MultipartFormDataContent();
        form.Add(new StringContent("date,group,area,score\n2026-01-15,teachers,A,3.5\n", Encoding.UTF8, "text/csv"), "file", "selfie.csv");
        return form;
    }

    [Fact]
    public async Task Every_route_answers_every_role_as_the_table_says()
    {
        var ids = fixture.Ids;
        var failures = new List<string>();
        var cases = 0;
        foreach (var row in Table)
        {
            foreach (var (path, expected, scope) in Variants(row, ids))
            {
                Assert.Equal(Roles.Length, expected.Length);
                for (var r = 0; r < Roles.Length; r++)
                {
                    var client = await fixture.ClientAsync(Roles[r]);
                    var body = scope == "foreign" && row.ForeignBody is not null ? row.ForeignBody : row.Body;
                    using var request = new HttpRequestMessage(new HttpMethod(row.Method), path) { Content = body?.Invoke(ids) };
                    using var response = await client.SendAsync(request);
                    var actual = await ClassifyAsync(response);
                    cases++;
                    if (actual != expected[r])
                    {
                        failures.Add($"{row.Method} {path} ({scope}) as {(Roles[r] == "" ? "anonymous" : Roles[r])}: expected {expected[r]}, got {actual} ({(int)response.StatusCode})");
                    }
                }
            }
        }
        var routes = Table.Length;
        var foreign = Table.Count(r => r.Foreign is not null);
        output.WriteLine($"Authorization matrix: {routes} routes ({foreign} also over a foreign programme) × {Roles.Length} roles = {cases} cases");
        File.WriteAllLines(Path.Combine(Path.GetTempPath(), "mentorhub-authorization-matrix-failures.txt"), failures);
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} cases differ from the table:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void Every_api_route_and_page_of_the_application_is_in_the_table()
    {
        var listed = Table.Select(r => $"{r.Method} {r.Pattern}").ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var endpoint in AuthorizationMetadataTests.Endpoints(fixture.App))
        {
            var pattern = endpoint.RoutePattern.RawText ?? "";
            var isPage = endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
            if (!pattern.StartsWith("/api/v1", StringComparison.Ordinal) && !isPage)
            {
                continue;
            }
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            // Pages answer GET and their own form posts; the table reads them with GET.
            foreach (var method in isPage ? ["GET"] : methods)
            {
                if (!listed.Contains($"{method} {pattern}"))
                {
                    missing.Add($"{method} {pattern}");
                }
            }
        }
        Assert.True(missing.Count == 0, "Routes missing from the authorization matrix: " + string.Join(", ", missing.Distinct()));
    }

    private static IEnumerable<(string Path, string Expected, string Scope)> Variants(Row row, Ids ids)
    {
        yield return (row.Own(ids), row.OwnExpected, "own");
        if (row.Foreign is not null)
        {
            yield return (row.Foreign(ids), row.ForeignExpected ?? OnlyAdmin, "foreign");
        }
    }

    private static readonly string[] Refusals =
    [
        "You are not allowed to see this page.",
        "Only the programme&#x27;s coordinators, researchers, policy viewers and administrators may read its outcomes.",
        "Only the programme&#x27;s national and hub coordinators may compare its schools.",
    ];

    private static async Task<char> ClassifyAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status == 401 || (status is 302 or 303 && response.Headers.Location?.ToString().Contains("/account/login", StringComparison.Ordinal) == true))
        {
            return 'U';
        }
        if (status == 403)
        {
            return 'F';
        }
        if (status == 404)
        {
            return 'H';
        }
        if (status >= 500)
        {
            return 'E';
        }
        if (status == 200 && response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            var html = await response.Content.ReadAsStringAsync();
            if (html.Contains("<h1>Page not found</h1>", StringComparison.Ordinal) || html.Contains("role=\"alert\">Page not found<", StringComparison.Ordinal))
            {
                return 'H';
            }
            if (Refusals.Any(r => html.Contains(r, StringComparison.Ordinal)))
            {
                return 'F';
            }
        }
        return 'A';
    }
}

/// <summary>
/// The demo and, beside it, a foreign programme made through the admin API: a hub, a mentor and a
/// mentee school from the registry, a cluster formed by the optimiser, an open round and a bottom-up
/// request, none of which any demo account other than the administrator holds a role in.
/// </summary>
public sealed partial class MatrixFixture : IAsyncLifetime
{
    private readonly Dictionary<string, HttpClient> clients = [];

    public AppFixture App { get; } = new();

    internal AuthorizationMatrixTests.Ids Ids { get; private set; } = default!;

    internal async Task<HttpClient> ClientAsync(string email)
    {
        if (!clients.TryGetValue(email, out var client))
        {
            client = email == "" ? App.Anonymous() : await App.SignedInAsync(email);
            clients[email] = client;
        }
        return client;
    }

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        var admin = await ClientAsync("admin@demo.example");
        var coordinator = await ClientAsync("coordinator@demo.example");

        var programme = await Surveys.ProgrammeIdAsync(coordinator);
        var hubs = await (await coordinator.GetAsync($"/api/v1/programmes/{programme}/hubs")).JsonAsync();
        var lisbon = hubs.EnumerateArray().First(h => h.GetProperty("kind").GetString() == "top-down").GetProperty("id").GetString()!;
        var menteeSchool = ProgramsDemo.LisbonMentees[0];
        var participants = await (await coordinator.GetAsync($"/api/v1/programmes/{programme}/participants")).JsonAsync();
        var cluster = participants.EnumerateArray().Single(p => p.GetProperty("schoolId").GetString() == menteeSchool).GetProperty("clusterId").GetString()!;
        var round = await Surveys.OpenRoundAsync(coordinator, menteeSchool, InstrumentCatalog.DefaultSelfAssessmentId);
        var proposal = await (await coordinator.PostAsJsonAsync($"/api/v1/programmes/{programme}/cluster-proposals", new { capacity = 4, maxDistanceKm = 50, hubId = lisbon })).JsonAsync();
        var requests = await (await coordinator.GetAsync($"/api/v1/programmes/{programme}/cluster-requests")).JsonAsync();
        var request = requests.EnumerateArray().First(r => r.GetProperty("status").GetString() == "pending").GetProperty("id").GetString()!;

        // The foreign programme.
        var foreign = (await (await admin.PostAsJsonAsync("/api/v1/programmes", new { name = "Programa Estrangeiro", country = "PT", startsOn = "2026-01-01", endsOn = "2027-06-30" })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        var foreignHub = (await (await admin.PostAsJsonAsync($"/api/v1/programmes/{foreign}/hubs", new { name = "Hub Estrangeiro", region = "Norte", kind = "top-down" })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        var taken = participants.EnumerateArray().Select(p => p.GetProperty("schoolId").GetString()).ToHashSet();
        var registry = await (await admin.GetAsync("/api/v1/schools?country=PT&pageSize=200")).JsonAsync();
        var free = registry.GetProperty("items").EnumerateArray()
            .Where(s => !taken.Contains(s.GetProperty("id").GetString()) && s.GetProperty("latitude").ValueKind == JsonValueKind.Number)
            .Select(s => s.GetProperty("id").GetString()!).Take(3).ToList();
        var (foreignMentor, foreignSchool, foreignOther) = (free[0], free[1], free[2]);
        await (await admin.PostAsJsonAsync($"/api/v1/programmes/{foreign}/participants", new { schoolId = foreignMentor, role = "mentor", status = "active", hubId = foreignHub })).JsonAsync(HttpStatusCode.Created);
        await (await admin.PostAsJsonAsync($"/api/v1/programmes/{foreign}/participants", new { schoolId = foreignSchool, role = "mentee", status = "active", hubId = foreignHub })).JsonAsync(HttpStatusCode.Created);
        await (await admin.PostAsJsonAsync($"/api/v1/programmes/{foreign}/participants", new { schoolId = foreignOther, role = "mentee", status = "active", hubId = foreignHub })).JsonAsync(HttpStatusCode.Created);
        var formed = await (await admin.PostAsJsonAsync($"/api/v1/programmes/{foreign}/cluster-proposals", new { capacity = 2, maxDistanceKm = 20000, hubId = foreignHub, pins = new[] { new { menteeSchoolId = foreignSchool, mentorSchoolId = foreignMentor } }, forbids = new[] { new { menteeSchoolId = foreignOther, mentorSchoolId = foreignMentor } } })).JsonAsync();
        await (await admin.PostAsync($"/api/v1/cluster-proposals/{formed.GetProperty("id").GetString()}/accept", null)).JsonAsync();
        var foreignCluster = (await (await admin.GetAsync($"/api/v1/programmes/{foreign}/clusters")).JsonAsync()).EnumerateArray().Single().GetProperty("id").GetString()!;
        var foreignProposal = (await (await admin.PostAsJsonAsync($"/api/v1/programmes/{foreign}/cluster-proposals", new { capacity = 4, maxDistanceKm = 20000, hubId = foreignHub })).JsonAsync()).GetProperty("id").GetString()!;
        var foreignRequest = (await (await admin.PostAsJsonAsync($"/api/v1/programmes/{foreign}/cluster-requests", new { mentorSchoolId = foreignMentor, menteeSchoolId = foreignOther })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        var foreignRound = await (await admin.PostAsJsonAsync($"/api/v1/schools/{foreignSchool}/rounds", new
        {
            programmeId = foreign,
            instrumentId = InstrumentCatalog.DefaultSelfAssessmentId,
            opensAt = DateTime.UtcNow.AddHours(-1),
            closesAt = DateTime.UtcNow.AddDays(14),
        })).JsonAsync(HttpStatusCode.Created);

        Ids = new(programme, lisbon, cluster, menteeSchool, round.GetProperty("id").GetString()!, Surveys.Code(round, "teachers"), proposal.GetProperty("id").GetString()!, request,
            foreign, foreignHub, foreignCluster, foreignSchool, foreignRound.GetProperty("id").GetString()!, Surveys.Code(foreignRound, "teachers"), foreignProposal, foreignRequest);
        await AddJourneyIdsAsync(Ids);
        await AddPlanningIdsAsync(Ids);
        await AddToolboxIdsAsync(Ids);
        await AddActivitiesIdsAsync(Ids);
        await AddSharingIdsAsync(Ids);
        await AddIncentivesIdsAsync(Ids);
    }

    public Task DisposeAsync() => App.DisposeAsync();
}
