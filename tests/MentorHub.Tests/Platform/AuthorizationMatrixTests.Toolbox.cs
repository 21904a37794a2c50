using System.Net;
using System.Net.Http.Json;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Platform;

/// <summary>The Toolbox module's rows of the authorization matrix.</summary>
public sealed partial class AuthorizationMatrixTests
{
    private static object ToolboxMethod(params string[] languages) => new
    {
        level = "team",
        durationMinutes = 60,
        areaIds = new[] { "pedagogy" },
        texts = languages.ToDictionary(l => l, l => new { name = $"Matrix method ({l})", purpose = "p", steps = new[] { "s" }, resources = new[] { "r" } }),
    };

    /// <summary>A property, not a field: static fields of partial classes initialise in no fixed order, and the table reads this.</summary>
    internal static Row[] ToolboxRows =>
    [
        // The toolbox is open to everyone signed in; a programme's own methods to whoever sees the programme.
        new("GET", "/api/v1/methods", i => $"/api/v1/methods?programmeId={i.Programme}", EverySignedIn, i => $"/api/v1/methods?programmeId={i.ForeignProgramme}", OnlyAdmin),
        // National and hub coordinators write the programme's methods.
        new("POST", "/api/v1/programmes/{id:guid}/methods", i => $"/api/v1/programmes/{i.Programme}/methods", "AAAFFFFFU", i => $"/api/v1/programmes/{i.ForeignProgramme}/methods", OnlyAdmin, Json(ToolboxMethod("en", "pt")), Json(ToolboxMethod("en"))),
        new("PUT", "/api/v1/programmes/{id:guid}/methods/{methodId:guid}", i => $"/api/v1/programmes/{i.Programme}/methods/{i.More["toolbox.method"]}", "AAAFFFFFU",
            i => $"/api/v1/programmes/{i.ForeignProgramme}/methods/{i.More["toolbox.foreign-method"]}", OnlyAdmin, Json(ToolboxMethod("en", "pt")), Json(ToolboxMethod("en"))),
        // Recommendations: whoever reads the school's report (its staff, its mentor school, coordinators), not its teachers.
        new("GET", "/api/v1/schools/{id}/recommendations", i => $"/api/v1/schools/{i.MenteeSchool}/recommendations?programmeId={i.Programme}", "AAAAAFFFU",
            i => $"/api/v1/schools/{i.ForeignSchool}/recommendations?programmeId={i.ForeignProgramme}", OnlyAdmin),
        // The list holds what the caller may read, so it answers everyone signed in.
        new("GET", "/api/v1/schools/{id}/inquiries", i => $"/api/v1/schools/{i.MenteeSchool}/inquiries", EverySignedIn, i => $"/api/v1/schools/{i.ForeignSchool}/inquiries", EverySignedIn),
        new("POST", "/api/v1/schools/{id}/inquiries", i => $"/api/v1/schools/{i.MenteeSchool}/inquiries", "AFFFAAFFU", i => $"/api/v1/schools/{i.ForeignSchool}/inquiries", OnlyAdmin,
            Json(i => new { programmeId = i.Programme, title = "Matrix inquiry", question = "q?" }), Json(i => new { programmeId = i.ForeignProgramme, title = "Matrix inquiry", question = "q?" })),
        // The demo's inquiry is shared: the cluster's schools read it; researchers and policy viewers may not know it exists.
        new("GET", "/api/v1/inquiries/{id:guid}", i => $"/api/v1/inquiries/{i.More["toolbox.inquiry"]}", "AAAAAAHHU", i => $"/api/v1/inquiries/{i.More["toolbox.foreign-inquiry"]}", OnlyAdmin),
        // Without If-Match: 428 for whoever may edit (its author, its school's staff), 403 for readers.
        new("PUT", "/api/v1/inquiries/{id:guid}", i => $"/api/v1/inquiries/{i.More["toolbox.inquiry"]}", "AFFFAAHHU", i => $"/api/v1/inquiries/{i.More["toolbox.foreign-inquiry"]}", OnlyAdmin,
            Json(new { title = "Matrix", question = "q?" })),

        // Pages
        new("GET", "/methods", i => $"/methods?programmeId={i.Programme}", EverySignedIn),
        new("GET", "/methods/{Id}", i => $"/methods/{i.More["toolbox.method"]}", EverySignedIn, i => $"/methods/{i.More["toolbox.foreign-method"]}", OnlyAdmin),
        new("GET", "/programmes/{ProgrammeId:guid}/methods/new", i => $"/programmes/{i.Programme}/methods/new", "AAAFFFFFU", i => $"/programmes/{i.ForeignProgramme}/methods/new", OnlyAdmin),
        new("GET", "/methods/{MethodId:guid}/edit", i => $"/methods/{i.More["toolbox.method"]}/edit", "AAAFFFFFU", i => $"/methods/{i.More["toolbox.foreign-method"]}/edit", OnlyAdmin),
        new("GET", "/schools/{Id}/recommendations", i => $"/schools/{i.MenteeSchool}/recommendations?programmeId={i.Programme}", "AAAAAFFFU",
            i => $"/schools/{i.ForeignSchool}/recommendations?programmeId={i.ForeignProgramme}", OnlyAdmin),
        new("GET", "/schools/{Id}/inquiries", i => $"/schools/{i.MenteeSchool}/inquiries", EverySignedIn, i => $"/schools/{i.ForeignSchool}/inquiries", EverySignedIn),
        new("GET", "/inquiries/{Id:guid}", i => $"/inquiries/{i.More["toolbox.inquiry"]}", "AAAAAAHHU", i => $"/inquiries/{i.More["toolbox.foreign-inquiry"]}", OnlyAdmin),
    ];
}

/// <summary>Resources of the Toolbox module the matrix rows need, made once for the whole table.</summary>
public sealed partial class MatrixFixture
{
    /// <summary>The demo's own method and shared inquiry; in the foreign programme a method and an inquiry the administrator made.</summary>
    private async Task AddToolboxIdsAsync(AuthorizationMatrixTests.Ids ids)
    {
        var admin = await ClientAsync("admin@demo.example");
        var methods = await (await admin.GetAsync($"/api/v1/methods?programmeId={ids.Programme}")).JsonAsync();
        ids.More["toolbox.method"] = methods.EnumerateArray().First(m => !m.GetProperty("shipped").GetBoolean()).GetProperty("id").GetString()!;
        var inquiries = await (await admin.GetAsync($"/api/v1/schools/{ids.MenteeSchool}/inquiries")).JsonAsync();
        ids.More["toolbox.inquiry"] = inquiries.EnumerateArray().First(i => i.GetProperty("shared").GetBoolean()).GetProperty("id").GetString()!;
        var foreignMethod = await (await admin.PostAsJsonAsync($"/api/v1/programmes/{ids.ForeignProgramme}/methods", new
        {
            level = "school",
            durationMinutes = 30,
            areaIds = new[] { "vision" },
            texts = new Dictionary<string, object> { ["en"] = new { name = "Foreign method" } },
        })).JsonAsync(HttpStatusCode.Created);
        ids.More["toolbox.foreign-method"] = foreignMethod.GetProperty("id").GetString()!;
        var foreignInquiry = await (await admin.PostAsJsonAsync($"/api/v1/schools/{ids.ForeignSchool}/inquiries", new
        {
            programmeId = ids.ForeignProgramme,
            title = "Foreign inquiry",
            question = "q?",
        })).JsonAsync(HttpStatusCode.Created);
        ids.More["toolbox.foreign-inquiry"] = foreignInquiry.GetProperty("id").GetString()!;
    }
}
