using System.Net;
using System.Net.Http.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.SelfAssessment.Api;
using Microsoft.Extensions.DependencyInjection;

namespace MentorHub.Tests.Platform;

/// <summary>
/// The Planning module's rows of the authorization matrix. A plan is read by the school's staff and
/// teachers, its mentor school, its hub's and programme's coordinators; changed and noted by the school's
/// coordinators and leaders; commented on by them and the mentor school. Researchers and policy viewers
/// may not know it exists (404), like everyone but the administrator over the foreign programme.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    private const string PlanReaders = "AAAAAAHHU";
    private const string PlanEditors = "AFFFAFHHU";
    private const string PlanCommenters = "AFFAAFHHU";

    /// <summary>A property, not a field: static fields of partial classes initialise in no fixed order, and the table reads this.</summary>
    internal static Row[] PlanningRows =>
    [
        new("GET", "/api/v1/plans/{id:guid}", i => $"/api/v1/plans/{i.More["plan"]}", PlanReaders, i => $"/api/v1/plans/{i.More["plan.foreign"]}", OnlyAdmin),
        new("GET", "/api/v1/schools/{id}/plans", i => $"/api/v1/schools/{i.MenteeSchool}/plans?programmeId={i.Programme}", PlanReaders, i => $"/api/v1/schools/{i.ForeignSchool}/plans?programmeId={i.ForeignProgramme}", OnlyAdmin),
        // Without If-Match an allowed change answers 428 (about the request), a refused one 403 or 404.
        new("PUT", "/api/v1/plans/{id:guid}", i => $"/api/v1/plans/{i.More["plan"]}", PlanEditors, i => $"/api/v1/plans/{i.More["plan.foreign"]}", OnlyAdmin, Json(i => new { goals = new[] { MatrixGoal(i, own: true) } })),
        new("POST", "/api/v1/plans/{id:guid}/notes", i => $"/api/v1/plans/{i.More["plan"]}/notes", PlanEditors, i => $"/api/v1/plans/{i.More["plan.foreign"]}/notes", OnlyAdmin, Json(new { text = "Matrix progress note" })),
        new("POST", "/api/v1/plans/{id:guid}/comments", i => $"/api/v1/plans/{i.More["plan"]}/comments", PlanCommenters, i => $"/api/v1/plans/{i.More["plan.foreign"]}/comments", OnlyAdmin, Json(new { text = "Matrix comment" })),
        new("POST", "/api/v1/schools/{id}/plans", i => $"/api/v1/schools/{i.MenteeSchool}/plans", PlanEditors, i => $"/api/v1/schools/{i.ForeignSchool}/plans", OnlyAdmin,
            Json(i => new { programmeId = i.Programme, goals = new[] { MatrixGoal(i, own: true) } }), Json(i => new { programmeId = i.ForeignProgramme, goals = new[] { MatrixGoal(i, own: false) } })),
        // Pages: the same people; a page someone may read but not change says so ("not allowed").
        new("GET", "/schools/{Id}/plans", i => $"/schools/{i.MenteeSchool}/plans", PlanReaders, i => $"/schools/{i.ForeignSchool}/plans", OnlyAdmin),
        new("GET", "/schools/{SchoolId}/plans/new", i => $"/schools/{i.MenteeSchool}/plans/new?programmeId={i.Programme}", PlanEditors, i => $"/schools/{i.ForeignSchool}/plans/new?programmeId={i.ForeignProgramme}", OnlyAdmin),
        new("GET", "/plans/{Id:guid}", i => $"/plans/{i.More["plan"]}", PlanReaders, i => $"/plans/{i.More["plan.foreign"]}", OnlyAdmin),
        new("GET", "/plans/{Id:guid}/edit", i => $"/plans/{i.More["plan"]}/edit", PlanEditors, i => $"/plans/{i.More["plan.foreign"]}/edit", OnlyAdmin),
    ];

    private static object MatrixGoal(Ids ids, bool own) => new
    {
        title = "Matrix goal",
        areaIds = new[] { ids.More["plan.area"] },
        priorityIds = own ? new[] { ids.More["plan.priority"] } : [],
        actions = new[] { new { title = "Matrix action", owner = "Matrix Owner", startsOn = "2026-10-01", dueOn = "2026-10-31", status = "planned" } },
    };
}

/// <summary>Resources of the Planning module the matrix rows need, made once for the whole table.</summary>
public sealed partial class MatrixFixture
{
    private async Task AddPlanningIdsAsync(AuthorizationMatrixTests.Ids ids)
    {
        using (var scope = App.Factory.Services.CreateScope())
        {
            ids.More["plan.area"] = scope.ServiceProvider.GetRequiredService<ISchoolNeeds>().Areas()[0].AreaId;
        }
        var admin = await ClientAsync("admin@demo.example");
        var programme = await (await admin.GetAsync($"/api/v1/programmes/{ids.Programme}")).JsonAsync();
        ids.More["plan.priority"] = programme.GetProperty("priorities")[0].GetProperty("code").GetString()!;
        var school = await ClientAsync("mentee-school@demo.example");
        var own = await (await school.PostAsJsonAsync($"/api/v1/schools/{ids.MenteeSchool}/plans", new
        {
            programmeId = ids.Programme,
            goals = new[] { new { title = "Matrix plan", areaIds = new[] { ids.More["plan.area"] }, priorityIds = new[] { ids.More["plan.priority"] }, actions = Array.Empty<object>() } },
        })).JsonAsync(HttpStatusCode.Created);
        ids.More["plan"] = own.GetProperty("id").GetString()!;
        var foreign = await (await admin.PostAsJsonAsync($"/api/v1/schools/{ids.ForeignSchool}/plans", new
        {
            programmeId = ids.ForeignProgramme,
            goals = new[] { new { title = "Foreign plan", areaIds = new[] { ids.More["plan.area"] }, priorityIds = Array.Empty<string>(), actions = Array.Empty<object>() } },
        })).JsonAsync(HttpStatusCode.Created);
        ids.More["plan.foreign"] = foreign.GetProperty("id").GetString()!;
    }
}
