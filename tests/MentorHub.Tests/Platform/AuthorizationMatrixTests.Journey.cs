namespace MentorHub.Tests.Platform;

/// <summary>The Journey module's rows of the authorization matrix.</summary>
public sealed partial class AuthorizationMatrixTests
{
    /// <summary>
    /// The journey is the cluster's own: its coordinators, its schools' staff and teachers read it; researchers and
    /// policy viewers, who may know the cluster exists, are refused (403). The mentor school moves the cluster, a
    /// mentee school only itself; only a school's own staff confirm the agreement for it.
    /// </summary>
    private const string JourneyReaders = "AAAAAAFFU";

    /// <summary>The overview is for national coordinators, hub coordinators and admins.</summary>
    private const string OverviewReaders = "AAAFFFFFU";

    /// <summary>A property, not a field: static fields of partial classes initialise in no fixed order, and the table reads this.</summary>
    internal static Row[] JourneyRows =>
    [
        new("GET", "/api/v1/clusters/{id:guid}/journey", i => $"/api/v1/clusters/{i.Cluster}/journey", JourneyReaders, i => $"/api/v1/clusters/{i.ForeignCluster}/journey", OnlyAdmin),
        new("GET", "/api/v1/clusters/{id:guid}/agreement", i => $"/api/v1/clusters/{i.Cluster}/agreement", JourneyReaders, i => $"/api/v1/clusters/{i.ForeignCluster}/agreement", OnlyAdmin),
        new("GET", "/api/v1/programmes/{id:guid}/journey", i => $"/api/v1/programmes/{i.Programme}/journey", OverviewReaders, i => $"/api/v1/programmes/{i.ForeignProgramme}/journey", OnlyAdmin),
        new("GET", "/api/v1/programmes/{id:guid}/journey", i => $"/api/v1/programmes/{i.Programme}/journey?hubId={i.Hub}", OverviewReaders),
        // Moves: a valid phase; moving again to where it is answers 409, which is still "allowed".
        new("POST", "/api/v1/clusters/{id:guid}/journey/moves", i => $"/api/v1/clusters/{i.Cluster}/journey/moves", "AAAAFFFFU", i => $"/api/v1/clusters/{i.ForeignCluster}/journey/moves", OnlyAdmin, Json(new { phase = "joint-planning" })),
        new("POST", "/api/v1/clusters/{id:guid}/journey/moves", i => $"/api/v1/clusters/{i.Cluster}/journey/moves", "AAAAAFFFU", i => $"/api/v1/clusters/{i.ForeignCluster}/journey/moves", OnlyAdmin,
            Json(i => new { schoolId = i.MenteeSchool, phase = "mapping-needs" }), Json(i => new { schoolId = i.ForeignSchool, phase = "mapping-needs" })),
        // Without If-Match those allowed get 428, after authorization.
        new("PUT", "/api/v1/clusters/{id:guid}/agreement", i => $"/api/v1/clusters/{i.Cluster}/agreement", "AAAAFFFFU", i => $"/api/v1/clusters/{i.ForeignCluster}/agreement", OnlyAdmin, Json(new { goals = "Matrix goals" })),
        new("POST", "/api/v1/clusters/{id:guid}/agreement/confirmations", i => $"/api/v1/clusters/{i.Cluster}/agreement/confirmations", "AFFFAFFFU", i => $"/api/v1/clusters/{i.ForeignCluster}/agreement/confirmations", OnlyAdmin,
            Json(i => new { schoolId = i.MenteeSchool }), Json(i => new { schoolId = i.ForeignSchool })),

        // Pages
        new("GET", "/clusters/{Id:guid}/journey", i => $"/clusters/{i.Cluster}/journey", JourneyReaders, i => $"/clusters/{i.ForeignCluster}/journey", OnlyAdmin),
        new("GET", "/clusters/{Id:guid}/agreement", i => $"/clusters/{i.Cluster}/agreement", JourneyReaders, i => $"/clusters/{i.ForeignCluster}/agreement", OnlyAdmin),
        new("GET", "/programmes/{Id:guid}/journey", i => $"/programmes/{i.Programme}/journey", OverviewReaders, i => $"/programmes/{i.ForeignProgramme}/journey", OnlyAdmin),
    ];
}

/// <summary>Resources of the Journey module the matrix rows need, made once for the whole table.</summary>
public sealed partial class MatrixFixture
{
    private Task AddJourneyIdsAsync(AuthorizationMatrixTests.Ids ids) => Task.CompletedTask;
}
