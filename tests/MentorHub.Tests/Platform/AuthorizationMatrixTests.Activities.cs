namespace MentorHub.Tests.Platform;

/// <summary>The Activities module's rows of the authorization matrix.</summary>
public sealed partial class AuthorizationMatrixTests
{
    /// <summary>A property, not a field: static fields of partial classes initialise in no fixed order, and the table reads this.</summary>
    internal static Row[] ActivitiesRows =>
    [
    ];
}

/// <summary>Resources of the Activities module the matrix rows need, made once for the whole table.</summary>
public sealed partial class MatrixFixture
{
    private Task AddActivitiesIdsAsync(AuthorizationMatrixTests.Ids ids) => Task.CompletedTask;
}
