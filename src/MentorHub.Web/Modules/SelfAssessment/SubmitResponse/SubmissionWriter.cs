using System.Threading.Channels;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MentorHub.Web.Modules.SelfAssessment.SubmitResponse;

/// <summary>One response waiting to be written, with what it adds to the aggregates.</summary>
internal sealed record PendingResponse(SurveyResponse Response, ResponseIncrements Increments);

/// <summary>
/// Writes responses with group commit. Requests hand their response over and wait; a few writer
/// loops each take whatever is waiting (one response when the app is quiet, dozens under load) and
/// store it, with its aggregate increments, in one transaction. A request is answered only after
/// that transaction committed, so an acknowledged response is durable: nothing is kept in memory
/// beyond the requests still in flight, which get no answer if the process dies and are simply sent
/// again by their clients (the submission id makes that harmless).
/// </summary>
/// <remarks>
/// The database decides, inside the same transaction, whether the round still takes answers and
/// whether the submission id is new; only responses it accepted are counted in the aggregates. Each
/// loop writes its own aggregate shards, so the loops of one instance never wait on each other's row
/// locks. A batch that fails is written again one response at a time, so one bad response cannot
/// fail the others.
/// </remarks>
internal sealed class SubmissionWriter : IHostedService
{
    public const int MaxBatch = 64;

    private readonly Channel<Pending> queue = Channel.CreateBounded<Pending>(
        new BoundedChannelOptions(20_000) { FullMode = BoundedChannelFullMode.Wait, SingleReader = false, SingleWriter = false });

    private readonly IServiceScopeFactory scopes;
    private readonly TimeProvider clock;
    private readonly ILogger<SubmissionWriter> logger;
    private readonly int loops;
    private readonly List<Task> running = [];

    public SubmissionWriter(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<SubmissionWriter> logger)
    {
        this.scopes = scopes;
        this.clock = clock;
        this.logger = logger;
        // SQLite admits one writer at a time, so more loops would only queue on its lock.
        loops = DataModule.Provider(configuration) == DatabaseProvider.Postgres ? Math.Clamp(configuration.GetValue("SelfAssessment:SubmissionWriters", 4), 1, AggregateShards.Count) : 1;
    }

    private sealed record Pending(PendingResponse Item, TaskCompletionSource<bool> Done);

    /// <summary>True once the response is stored; false when it was not (a known submission id, or the round no longer takes answers).</summary>
    public async Task<bool> StoreAsync(PendingResponse item, CancellationToken ct)
    {
        var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            await queue.Writer.WriteAsync(new Pending(item, done), ct);
        }
        catch (ChannelClosedException)
        {
            // The instance is stopping: nothing was stored, and the client may send it again (here or elsewhere).
            throw new UnavailableException("The server is restarting; send the response again in a moment.");
        }
        // Not cancelled with the request: once queued, the response is written either way, and a
        // client that went away sends it again with the same id.
        return await done.Task;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Each loop draws its shards from its own residue class, and each instance starts at a random
        // offset, so two loops only share aggregate rows when two instances happen to line up.
        var offset = Random.Shared.Next(AggregateShards.Count);
        for (var i = 0; i < loops; i++)
        {
            var lane = i;
            running.Add(Task.Run(() => RunAsync(lane, offset)));
        }
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Writer.TryComplete();
        await Task.WhenAll(running).WaitAsync(cancellationToken);
    }

    private async Task RunAsync(int lane, int offset)
    {
        var reader = queue.Reader;
        var batch = new List<Pending>(MaxBatch);
        while (await reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }
            if (batch.Count == 0)
            {
                continue;
            }
            var shardsPerLane = AggregateShards.Count / loops;
            var shard = (offset + lane + loops * Random.Shared.Next(shardsPerLane)) % AggregateShards.Count;
            await WriteAsync(batch, shard);
        }
    }

    private async Task WriteAsync(List<Pending> batch, int shard)
    {
        // The same id twice in one batch (a double click) waits for the next batch, where the first
        // one's row makes it a repeat.
        var seen = new HashSet<Guid>();
        var first = new List<Pending>(batch.Count);
        var again = new List<Pending>();
        foreach (var pending in batch)
        {
            (seen.Add(pending.Item.Response.SubmissionId) ? first : again).Add(pending);
        }
        await WriteUniqueAsync(first, shard);
        if (again.Count > 0)
        {
            await WriteAsync(again, shard);
        }
    }

    private async Task WriteUniqueAsync(List<Pending> batch, int shard)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var items = batch.Select(p => p.Item).ToList();
            var now = clock.GetUtcNow().UtcDateTime;
            var stored = db.Database.GetDbConnection() is NpgsqlConnection
                ? await PostgresResponseStore.StoreAsync(db, items, shard, now)
                : await SqliteResponseStore.StoreAsync(db, items, shard, now);
            foreach (var pending in batch)
            {
                pending.Done.TrySetResult(stored.Contains(pending.Item.Response.SubmissionId));
            }
        }
        catch (Exception e) when (batch.Count > 1)
        {
            logger.LogWarning(e, "A batch of {Count} responses failed; writing them one at a time.", batch.Count);
            foreach (var pending in batch)
            {
                await WriteUniqueAsync([pending], shard);
            }
        }
        catch (Exception e)
        {
            batch[0].Done.TrySetException(e);
        }
    }
}
