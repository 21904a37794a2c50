using MentorHub.Web.Modules.Clusters.Api;
using MentorHub.Web.Modules.SelfAssessment.ProvideSchoolNeeds;
using Microsoft.Extensions.DependencyInjection;

namespace MentorHub.Testing;

/// <summary>
/// Holds every run of the cluster optimiser before it reads the schools' needs, until opened, so a
/// test can see a run that is still working when the page follows it. Open unless closed.
/// </summary>
internal sealed class OptimiserRunGate
{
    private volatile TaskCompletionSource open = Opened();

    public void Close() => open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Open() => open.TrySetResult();

    /// <summary>Puts the gate in front of the app's needs source.</summary>
    public void InstallIn(IServiceCollection services)
    {
        services.AddSingleton(this);
        services.AddScoped<ISchoolNeedsSource>(sp => new GatedNeeds(this, ActivatorUtilities.CreateInstance<SchoolNeedsFromSurveys>(sp)));
    }

    private static TaskCompletionSource Opened()
    {
        var source = new TaskCompletionSource();
        source.SetResult();
        return source;
    }

    private sealed class GatedNeeds(OptimiserRunGate gate, SchoolNeedsFromSurveys inner) : ISchoolNeedsSource
    {
        public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>>> LatestAreaScoresAsync(
            Guid programmeId, IReadOnlyCollection<string> schoolIds, CancellationToken ct)
        {
            await gate.open.Task.WaitAsync(ct);
            return await inner.LatestAreaScoresAsync(programmeId, schoolIds, ct);
        }
    }
}
