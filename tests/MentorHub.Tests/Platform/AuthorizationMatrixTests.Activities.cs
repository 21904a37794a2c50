using System.Net;
using System.Net.Http.Json;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Platform;

/// <summary>The Activities module's rows of the authorization matrix.</summary>
public sealed partial class AuthorizationMatrixTests
{
    /// <summary>Coordinators, the mentor school's and member schools' staff log; teachers of member schools read too; researchers and policy viewers see aggregates elsewhere.</summary>
    private const string LogsActivities = "AAAAAFFFU";
    private const string ReadsActivities = "AAAAAAFFU";

    private static object MatrixActivity(string host) => new
    {
        title = "Matrix workshop", format = "workshop", mode = "online", startsAt = "2026-10-05T14:00:00Z", durationMinutes = 60, hostSchoolId = host,
        participants = new[] { new { schoolId = host, leaders = 1, teachers = 2, students = 0 } },
    };

    private static readonly object MatrixReflection = new { did = "We met", learned = "A lot", hard = "Time", next = "Meet again" };

    /// <summary>A property, not a field: static fields of partial classes initialise in no fixed order, and the table reads this.</summary>
    internal static Row[] ActivitiesRows =>
    [
        new("GET", "/api/v1/clusters/{id:guid}/activities", i => $"/api/v1/clusters/{i.Cluster}/activities?from=2026-01-01", ReadsActivities, i => $"/api/v1/clusters/{i.ForeignCluster}/activities", OnlyAdmin),
        new("GET", "/api/v1/clusters/{id:guid}/activities/{activityId:guid}", i => $"/api/v1/clusters/{i.Cluster}/activities/{i.More["activity"]}", ReadsActivities, i => $"/api/v1/clusters/{i.ForeignCluster}/activities/{i.More["foreign-activity"]}", OnlyAdmin),
        new("GET", "/api/v1/clusters/{id:guid}/calendar.ics", i => $"/api/v1/clusters/{i.Cluster}/calendar.ics", ReadsActivities, i => $"/api/v1/clusters/{i.ForeignCluster}/calendar.ics", OnlyAdmin),
        // The secret feed address is its own credential: a wrong token looks like no cluster to anyone.
        new("GET", "/api/v1/clusters/{id:guid}/calendar-feed.ics", i => $"/api/v1/clusters/{i.Cluster}/calendar-feed.ics?token=wrong", "HHHHHHHHH", i => $"/api/v1/clusters/{i.ForeignCluster}/calendar-feed.ics?token=wrong", "HHHHHHHHH"),
        new("GET", "/api/v1/clusters/{id:guid}/reflections", i => $"/api/v1/clusters/{i.Cluster}/reflections", ReadsActivities, i => $"/api/v1/clusters/{i.ForeignCluster}/reflections", OnlyAdmin),
        new("GET", "/api/v1/clusters/{id:guid}/diary", i => $"/api/v1/clusters/{i.Cluster}/diary?format=html", ReadsActivities, i => $"/api/v1/clusters/{i.ForeignCluster}/diary?format=docx", OnlyAdmin),
        new("POST", "/api/v1/clusters/{id:guid}/activities", i => $"/api/v1/clusters/{i.Cluster}/activities", LogsActivities, i => $"/api/v1/clusters/{i.ForeignCluster}/activities", OnlyAdmin,
            Json(i => MatrixActivity(i.MenteeSchool)), Json(i => MatrixActivity(i.ForeignSchool))),
        new("PUT", "/api/v1/clusters/{id:guid}/activities/{activityId:guid}", i => $"/api/v1/clusters/{i.Cluster}/activities/{i.More["activity"]}", LogsActivities, i => $"/api/v1/clusters/{i.ForeignCluster}/activities/{i.More["foreign-activity"]}", OnlyAdmin,
            Json(i => MatrixActivity(i.MenteeSchool)), Json(i => MatrixActivity(i.ForeignSchool))),
        // Deleting is idempotent, so every allowed role gets past authorization even after the first deleted it.
        new("DELETE", "/api/v1/clusters/{id:guid}/activities/{activityId:guid}", i => $"/api/v1/clusters/{i.Cluster}/activities/{i.More["activity-to-delete"]}", LogsActivities, i => $"/api/v1/clusters/{i.ForeignCluster}/activities/{i.More["foreign-activity-to-delete"]}", OnlyAdmin),
        new("POST", "/api/v1/clusters/{id:guid}/calendar-feed", i => $"/api/v1/clusters/{i.Cluster}/calendar-feed", LogsActivities, i => $"/api/v1/clusters/{i.ForeignCluster}/calendar-feed", OnlyAdmin),
        new("DELETE", "/api/v1/clusters/{id:guid}/calendar-feed", i => $"/api/v1/clusters/{i.Cluster}/calendar-feed", LogsActivities, i => $"/api/v1/clusters/{i.ForeignCluster}/calendar-feed", OnlyAdmin),
        // A school's reflections are written by its own staff only (Talaíde's coordinator here), not by coordinators or the mentor school.
        new("PUT", "/api/v1/clusters/{id:guid}/activities/{activityId:guid}/reflections/{schoolId}", i => $"/api/v1/clusters/{i.Cluster}/activities/{i.More["activity"]}/reflections/{i.MenteeSchool}", "AFFFAFFFU",
            i => $"/api/v1/clusters/{i.ForeignCluster}/activities/{i.More["foreign-activity"]}/reflections/{i.ForeignSchool}", OnlyAdmin, Json(MatrixReflection)),
        new("PUT", "/api/v1/clusters/{id:guid}/terms/{term}/reflections/{schoolId}", i => $"/api/v1/clusters/{i.Cluster}/terms/2026-09-01/reflections/{i.MenteeSchool}", "AFFFAFFFU",
            i => $"/api/v1/clusters/{i.ForeignCluster}/terms/2026-09-01/reflections/{i.ForeignSchool}", OnlyAdmin, Json(MatrixReflection)),
        // The mentor school comments; the school itself, its teachers and coordinators read it; researchers and policy viewers may not know it exists.
        new("PUT", "/api/v1/clusters/{id:guid}/reflections/{reflectionId:guid}/comment", i => $"/api/v1/clusters/{i.Cluster}/reflections/{i.More["reflection"]}/comment", "AFFAFFHHU",
            i => $"/api/v1/clusters/{i.ForeignCluster}/reflections/{i.More["foreign-reflection"]}/comment", OnlyAdmin, Json(new { text = "Well done" })),

        // Pages
        new("GET", "/clusters/{Id:guid}/activities", i => $"/clusters/{i.Cluster}/activities", ReadsActivities, i => $"/clusters/{i.ForeignCluster}/activities", OnlyAdmin),
        new("GET", "/clusters/{Id:guid}/activities/{ActivityId:guid}", i => $"/clusters/{i.Cluster}/activities/{i.More["activity"]}", ReadsActivities, i => $"/clusters/{i.ForeignCluster}/activities/{i.More["foreign-activity"]}", OnlyAdmin),
        new("GET", "/clusters/{Id:guid}/calendar", i => $"/clusters/{i.Cluster}/calendar?month=2026-10", ReadsActivities, i => $"/clusters/{i.ForeignCluster}/calendar", OnlyAdmin),
        new("GET", "/clusters/{Id:guid}/reflections", i => $"/clusters/{i.Cluster}/reflections?term=2026-09-01", ReadsActivities, i => $"/clusters/{i.ForeignCluster}/reflections", OnlyAdmin),
        new("GET", "/clusters/{Id:guid}/diary", i => $"/clusters/{i.Cluster}/diary?term=2026-09-01", ReadsActivities, i => $"/clusters/{i.ForeignCluster}/diary", OnlyAdmin),
    ];
}

/// <summary>Resources of the Activities module the matrix rows need, made once for the whole table.</summary>
public sealed partial class MatrixFixture
{
    private async Task AddActivitiesIdsAsync(AuthorizationMatrixTests.Ids ids)
    {
        var admin = await ClientAsync("admin@demo.example");
        async Task<string> LogAsync(string cluster, string host)
        {
            var body = new { title = "Matrix activity", format = "webinar", mode = "online", startsAt = "2026-10-01T17:00:00Z", durationMinutes = 60, hostSchoolId = host };
            return (await (await admin.PostAsJsonAsync($"/api/v1/clusters/{cluster}/activities", body)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        }
        async Task<string> ReflectAsync(string cluster, string activity, string school) =>
            (await (await admin.PutAsJsonAsync($"/api/v1/clusters/{cluster}/activities/{activity}/reflections/{school}", new { did = "Matrix reflection" })).JsonAsync()).GetProperty("id").GetString()!;

        ids.More["activity"] = await LogAsync(ids.Cluster, ids.MenteeSchool);
        ids.More["activity-to-delete"] = await LogAsync(ids.Cluster, ids.MenteeSchool);
        ids.More["foreign-activity"] = await LogAsync(ids.ForeignCluster, ids.ForeignSchool);
        ids.More["foreign-activity-to-delete"] = await LogAsync(ids.ForeignCluster, ids.ForeignSchool);
        ids.More["reflection"] = await ReflectAsync(ids.Cluster, ids.More["activity"], ids.MenteeSchool);
        ids.More["foreign-reflection"] = await ReflectAsync(ids.ForeignCluster, ids.More["foreign-activity"], ids.ForeignSchool);
    }
}
