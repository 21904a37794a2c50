using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MentorHub.Bench;

/// <summary>Times one scenario: untimed calls first (tiered JIT, pools, plan caches), then a fixed number of timed ones.</summary>
internal sealed class Runner(CommandCounter commands, int iterations, TimeSpan warmup, bool trace)
{
    public async Task RowAsync(string name, Func<Task<Listed>> call)
    {
        var warm = Stopwatch.StartNew();
        for (var calls = 0; calls < 3 || warm.Elapsed < warmup; calls++)
        {
            await call();
        }
        var times = new double[iterations];
        var sql = new double[iterations];
        var (queries, rows) = (0, 0L);
        Listed listed = new(null, null);
        for (var i = 0; i < iterations; i++)
        {
            commands.Reset();
            var start = Stopwatch.GetTimestamp();
            listed = await call();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            sql[i] = commands.Milliseconds;
            (queries, rows) = (commands.Commands, commands.Rows);
        }
        Array.Sort(times);
        Array.Sort(sql);
        var shown = listed.Items is { } items ? $"{items} of {listed.Total}" : "html";
        if (trace)
        {
            commands.Reset();
            commands.Tracing = true;
            await call();
            commands.Tracing = false;
            foreach (var (text, ms, count) in commands.Trace)
            {
                Console.WriteLine($"    {ms,7:F1} ms {count,6} rows  {string.Join(' ', text.Split(default(char[]), StringSplitOptions.RemoveEmptyEntries))}");
            }
        }
        Console.WriteLine($"{name,-56} {shown,12} {queries,7} {rows,9} {Rank(sql, 0.5),8:F1} {Rank(times, 0.5),8:F1} {Rank(times, 0.95),8:F1} {times[^1],8:F1}");
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Rank(double[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

/// <summary>
/// Counts the SQL commands EF Core runs and the rows they return, and their time (executing plus reading
/// the rows, which includes materialising them), from EF's diagnostic events: the app is not changed.
/// Calls run one at a time, so a call's numbers are what was counted since <see cref="Reset"/>.
/// </summary>
internal sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly List<IDisposable> subscriptions = [];
    private readonly Dictionary<Guid, (string Sql, TimeSpan Executing)> running = [];
    private long ticks;
    private int commands;
    private long rows;

    public int Commands => commands;
    public long Rows => rows;
    public double Milliseconds => TimeSpan.FromTicks(Interlocked.Read(ref ticks)).TotalMilliseconds;

    /// <summary>Each command of the calls since <see cref="Reset"/>, with its time and rows, when <see cref="Tracing"/>.</summary>
    public List<(string Sql, double Milliseconds, long Rows)> Trace { get; } = [];

    public bool Tracing { get; set; }

    public static CommandCounter Start()
    {
        var counter = new CommandCounter();
        counter.subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(counter));
        return counter;
    }

    public void Reset()
    {
        Interlocked.Exchange(ref ticks, 0);
        Interlocked.Exchange(ref commands, 0);
        Interlocked.Exchange(ref rows, 0);
        lock (running)
        {
            running.Clear();
            Trace.Clear();
        }
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (subscriptions)
            {
                subscriptions.Add(value.Subscribe(this, name => name == RelationalEventId.CommandExecuted.Name || name == RelationalEventId.DataReaderDisposing.Name));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        switch (value.Value)
        {
            case CommandExecutedEventData executed:
                Interlocked.Increment(ref commands);
                Interlocked.Add(ref ticks, executed.Duration.Ticks);
                if (Tracing)
                {
                    lock (running)
                    {
                        running[executed.CommandId] = (executed.Command.CommandText, executed.Duration);
                    }
                }
                break;
            case DataReaderDisposingEventData reader:
                // ReadCount counts calls of Read, the last one (false) included.
                var returned = Math.Max(0, reader.ReadCount - 1);
                Interlocked.Add(ref rows, returned);
                Interlocked.Add(ref ticks, reader.Duration.Ticks);
                if (Tracing)
                {
                    lock (running)
                    {
                        if (running.Remove(reader.CommandId, out var command))
                        {
                            Trace.Add((command.Sql, (command.Executing + reader.Duration).TotalMilliseconds, returned));
                        }
                    }
                }
                break;
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (subscriptions)
        {
            subscriptions.ForEach(s => s.Dispose());
            subscriptions.Clear();
        }
    }
}
