using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.SelfAssessment.Domain;

namespace MentorHub.Tests.Platform;

/// <summary>The rows of sharing school reports and the cluster's needs (ADR 0016).</summary>
public sealed partial class AuthorizationMatrixTests
{
    private const string SharedRound = "sharing.round";

    /// <summary>A property, not a field: static fields of partial classes initialise in no fixed order, and the table reads this.</summary>
    internal static Row[] SharingRows =>
    [
        // The share of a round is read by whoever runs it, and set only by the school itself: the open round answers 409 to them.
        new("GET", "/api/v1/rounds/{id}/sharing", i => $"/api/v1/rounds/{i.Round}/sharing", "AAAFAFFFU", i => $"/api/v1/rounds/{i.ForeignRound}/sharing", OnlyAdmin),
        new("PUT", "/api/v1/rounds/{id}/sharing", i => $"/api/v1/rounds/{i.Round}/sharing", "AFFFAFFFU", i => $"/api/v1/rounds/{i.ForeignRound}/sharing", OnlyAdmin, Json(new { mentorSchool = true, ownStaff = true })),
        // Expected respondents per group: whoever runs the round.
        new("PUT", "/api/v1/rounds/{id}/expected", i => $"/api/v1/rounds/{i.Round}/expected", "AAAFAFFFU", i => $"/api/v1/rounds/{i.ForeignRound}/expected", OnlyAdmin, Json(new { expectedByGroup = new Dictionary<string, int> { ["teachers"] = 30 } })),
        // The demo's featured school shares its latest report with its mentor school and its staff: both read it.
        new("GET", "/api/v1/rounds/{id}/report", i => $"/api/v1/rounds/{i.More[SharedRound]}/report", "AAAAAAFFU"),
        new("GET", "/api/v1/rounds/{id}/report/export", i => $"/api/v1/rounds/{i.More[SharedRound]}/report/export?{Csv}", "AAAAAAFFU"),
        new("GET", "/rounds/{Id}/report", i => $"/rounds/{i.More[SharedRound]}/report", "AAAAAAHHU"),
        // Everyone who sees the cluster sees the section; which columns hold numbers depends on what was shared.
        new("GET", "/api/v1/clusters/{id:guid}/needs", i => $"/api/v1/clusters/{i.Cluster}/needs", EverySignedIn, i => $"/api/v1/clusters/{i.ForeignCluster}/needs", OnlyAdmin),
    ];
}

/// <summary>The featured school's latest closed self-assessment, which the demo shares with its mentor school and its staff.</summary>
public sealed partial class MatrixFixture
{
    private async Task AddSharingIdsAsync(AuthorizationMatrixTests.Ids ids)
    {
        var coordinator = await ClientAsync("coordinator@demo.example");
        var rounds = await (await coordinator.GetAsync($"/api/v1/schools/{ids.MenteeSchool}/rounds")).JsonAsync();
        ids.More["sharing.round"] = rounds.EnumerateArray()
            .Where(r => r.GetProperty("instrumentId").GetString() == InstrumentCatalog.DefaultSelfAssessmentId && r.GetProperty("status").GetString() == "closed")
            .MaxBy(r => r.GetProperty("opensAt").GetDateTime())!.GetProperty("id").GetString()!;
    }
}
