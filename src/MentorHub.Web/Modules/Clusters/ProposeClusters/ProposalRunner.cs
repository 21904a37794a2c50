using System.Security.Claims;
using System.Text.Json;
using MentorHub.Web.Modules.Clusters.Domain;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MentorHub.Web.Modules.Clusters.ProposeClusters;

/// <summary>
/// Runs the optimiser for the proposal page in the background and writes its progress to the run's
/// row about twice a second, so the page can show the stage of a national run instead of hanging.
/// </summary>
internal sealed class ProposalRunner(
    IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, IStringLocalizer<ProposalRunner> texts, ILogger<ProposalRunner> logger)
{
    private static readonly TimeSpan ReportEvery = TimeSpan.FromMilliseconds(400);

    /// <summary>Checks access and input first, so those errors show at once; then starts the run.</summary>
    public async Task<Guid> StartAsync(Guid programmeId, ProposeClustersRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        using (var scope = scopes.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ClustersAccess>().EnsureCoordinatesAsync(user, programmeId, request.HubId, ct);
        }
        ProposeClustersHandler.CheckRanges(request);
        var run = new ProposalRun { ProgrammeId = programmeId, CreatedBy = user.UserId(), SettingsJson = JsonSerializer.Serialize(request, ProposeClustersHandler.Json) };
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(run);
            await db.SaveChangesAsync(ct);
        }
        // The run carries on the caller's UI culture, so the error it may record is in the caller's language.
        _ = Task.Run(() => RunAsync(run.Id, programmeId, request, user, lifetime.ApplicationStopping), CancellationToken.None);
        return run.Id;
    }

    private async Task RunAsync(Guid runId, Guid programmeId, ProposeClustersRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var latest = new LatestProgress();
        try
        {
            using var scope = scopes.CreateScope();
            var work = scope.ServiceProvider.GetRequiredService<ProposeClustersHandler>().ProposeAsync(programmeId, request, user, latest, ct);
            while (await Task.WhenAny(work, Task.Delay(ReportEvery, ct)) != work)
            {
                // The heartbeat goes out even without news, so the page can tell a slow run from a lost one.
                var now = DateTime.UtcNow;
                if (latest.Value is { } p)
                {
                    await UpdateAsync(runId, r => r
                        .SetProperty(x => x.Stage, Stage(p.Stage)).SetProperty(x => x.Round, p.Round).SetProperty(x => x.CandidateArcs, p.CandidateArcs)
                        .SetProperty(x => x.HeartbeatAt, now), ct);
                }
                else
                {
                    await UpdateAsync(runId, r => r.SetProperty(x => x.HeartbeatAt, now), ct);
                }
            }
            var proposal = await work;
            await UpdateAsync(runId, r => r.SetProperty(x => x.Stage, "done").SetProperty(x => x.ProposalId, proposal.Id).SetProperty(x => x.FinishedAt, DateTime.UtcNow), ct);
        }
        catch (Exception e) when (e is InputException or BusinessRuleException or ForbiddenException or NotFoundException)
        {
            await SafeUpdateAsync(runId, texts.ErrorWithFields(e));
        }
        catch (Exception e) when (e is OperationCanceledException || ct.IsCancellationRequested)
        {
            await SafeUpdateAsync(runId, texts["Clusters.Run.Stopped"]);
        }
#pragma warning disable CA1031 // A background run must record its failure instead of dying silently.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Cluster proposal run {RunId} failed", runId);
            await SafeUpdateAsync(runId, texts["Clusters.Run.Failed"]);
        }
    }

    private async Task SafeUpdateAsync(Guid runId, string error)
    {
        try
        {
            await UpdateAsync(runId, r => r.SetProperty(x => x.Stage, "failed").SetProperty(x => x.Error, error).SetProperty(x => x.FinishedAt, DateTime.UtcNow), CancellationToken.None);
        }
        catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException or DbUpdateException)
        {
            logger.LogWarning(e, "Could not record the end of cluster proposal run {RunId}", runId);
        }
    }

    private async Task UpdateAsync(Guid runId, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<ProposalRun>> set, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Set<ProposalRun>().Where(r => r.Id == runId).ExecuteUpdateAsync(set, ct);
    }

    private static string Stage(ClusterProgressStage stage) => stage switch
    {
        ClusterProgressStage.Preparing => "preparing",
        ClusterProgressStage.SolvingCandidates => "solving",
        ClusterProgressStage.CheckingOptimality => "checking",
        ClusterProgressStage.Explaining => "explaining",
        _ => "done",
    };

    /// <summary>Keeps only the newest report; the optimiser's thread never waits for the database.</summary>
    private sealed class LatestProgress : IProgress<ClusterProgress>
    {
        private ClusterProgress? value;

        public ClusterProgress? Value => Volatile.Read(ref value);

        public void Report(ClusterProgress progress) => Volatile.Write(ref value, progress);
    }
}
