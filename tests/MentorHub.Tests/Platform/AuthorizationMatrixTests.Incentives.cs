using System.Net;
using System.Net.Http.Json;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Platform;

/// <summary>The incentives ledger's rows of the authorization matrix (ADR 0018).</summary>
public sealed partial class AuthorizationMatrixTests
{
    /// <summary>National coordinators, the hub's coordinator and the schools' coordinators read (each their part); researchers, policy viewers and teachers know the programme but not its ledger (403).</summary>
    private const string ReadsIncentives = "AAAAAFFFU";

    /// <summary>Only coordinators record; the schools may read but not record (403).</summary>
    private const string RecordsIncentives = "AAAFFFFFU";

    /// <summary>A line of the mentee school: the mentor school's coordinator reads the ledger but not that line, which is as if it did not exist (404).</summary>
    private const string ReadsMenteeIncentive = "AAAHAFFFU";

    private static object Incentive(string schoolId) => new { schoolId, kind = "cash", amount = 100.5m, currency = "EUR", purpose = "Matrix workshop", grantedOn = "2026-03-01" };

    /// <summary>A property, not a field: static fields of partial classes initialise in no fixed order, and the table reads this.</summary>
    internal static Row[] IncentivesRows =>
    [
        new("GET", "/api/v1/programmes/{id:guid}/incentives", i => $"/api/v1/programmes/{i.Programme}/incentives", ReadsIncentives, i => $"/api/v1/programmes/{i.ForeignProgramme}/incentives", OnlyAdmin),
        new("GET", "/api/v1/programmes/{id:guid}/incentives/{incentiveId:guid}", i => $"/api/v1/programmes/{i.Programme}/incentives/{i.More["incentives.line"]}", ReadsMenteeIncentive,
            i => $"/api/v1/programmes/{i.ForeignProgramme}/incentives/{i.More["incentives.foreign-line"]}", OnlyAdmin),
        new("GET", "/api/v1/programmes/{id:guid}/incentives/totals", i => $"/api/v1/programmes/{i.Programme}/incentives/totals?by=school", ReadsIncentives, i => $"/api/v1/programmes/{i.ForeignProgramme}/incentives/totals?by=school", OnlyAdmin),
        new("GET", "/api/v1/programmes/{id:guid}/incentives/totals", i => $"/api/v1/programmes/{i.Programme}/incentives/totals?by=hub", ReadsIncentives, i => $"/api/v1/programmes/{i.ForeignProgramme}/incentives/totals?by=cluster", OnlyAdmin),
        new("POST", "/api/v1/programmes/{id:guid}/incentives", i => $"/api/v1/programmes/{i.Programme}/incentives", RecordsIncentives, i => $"/api/v1/programmes/{i.ForeignProgramme}/incentives", OnlyAdmin,
            Json(i => Incentive(i.MenteeSchool)), Json(i => Incentive(i.ForeignSchool))),

        // Pages: whoever reads some part of the ledger sees the page (with their part); the others the not-allowed message.
        new("GET", "/programmes/{ProgrammeId:guid}/incentives", i => $"/programmes/{i.Programme}/incentives", ReadsIncentives, i => $"/programmes/{i.ForeignProgramme}/incentives", OnlyAdmin),
    ];
}

/// <summary>Resources of the incentives ledger the matrix rows need, made once for the whole table.</summary>
public sealed partial class MatrixFixture
{
    /// <summary>A line for the demo's mentee school and one in the foreign programme, both recorded by the administrator.</summary>
    private async Task AddIncentivesIdsAsync(AuthorizationMatrixTests.Ids ids)
    {
        var admin = await ClientAsync("admin@demo.example");
        var own = await (await admin.PostAsJsonAsync($"/api/v1/programmes/{ids.Programme}/incentives", new
        {
            schoolId = ids.MenteeSchool, kind = "training", purpose = "Two MOOC seats", grantedOn = "2026-02-01",
        })).JsonAsync(HttpStatusCode.Created);
        ids.More["incentives.line"] = own.GetProperty("id").GetString()!;
        var foreign = await (await admin.PostAsJsonAsync($"/api/v1/programmes/{ids.ForeignProgramme}/incentives", new
        {
            schoolId = ids.ForeignSchool, kind = "cash", amount = 4000, currency = "EUR", purpose = "Mentor school grant", grantedOn = "2026-02-01",
        })).JsonAsync(HttpStatusCode.Created);
        ids.More["incentives.foreign-line"] = foreign.GetProperty("id").GetString()!;
    }
}
