using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace IpsMonitor.Bench;

/// <summary>
/// Counts the host's storage round trips and their time, per kind of HTTP request that caused them. The benchmark's
/// client names its kind in a request header; a middleware puts it in an AsyncLocal that flows into every storage call
/// the request makes. Calls outside a request (queue listeners, timers, seeding) count under "background". Per kind it
/// also keeps the time during which at least one storage call was on its way, so calls side by side count once.
/// </summary>
internal sealed class StorageRoundTrips : HttpPipelinePolicy
{
    public const string Header = "X-Bench-Step";
    private static readonly AsyncLocal<string?> Step = new();
    private readonly ConcurrentDictionary<(string Step, string Call), Tally> calls = new();
    private readonly ConcurrentDictionary<string, Waiting> waiting = new();

    public sealed class Tally
    {
        public long Count;
        public long Ticks;

        /// <summary>Table rows the calls brought back (entities in a query's answer, or the one entity read).</summary>
        public long Rows;
    }

    public void Register(IServiceCollection services)
    {
        services.AddSingleton<HttpPipelinePolicy>(this);
        services.AddSingleton<IStartupFilter>(new LabelRequests());
    }

    public void Reset() => calls.Clear();

    /// <summary>How long, in all, requests of this kind have had a storage call on its way.</summary>
    public TimeSpan WaitedFor(string step) => waiting.TryGetValue(step, out var w) ? w.Total : TimeSpan.Zero;

    /// <summary>Calls per step kind: operation (method and table, queue or container) → count and total time.</summary>
    public IReadOnlyDictionary<string, Tally> For(string step) =>
        calls.Where(c => c.Key.Step == step).ToDictionary(c => c.Key.Call, c => c.Value);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var clock = Stopwatch.StartNew();
        var wait = Waiting.Begin(waiting.GetOrAdd(Step.Value ?? "background", _ => new Waiting()));
        try
        {
            ProcessNext(message, pipeline);
        }
        finally
        {
            wait.End();
        }
        Record(message, clock.Elapsed);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var clock = Stopwatch.StartNew();
        var wait = Waiting.Begin(waiting.GetOrAdd(Step.Value ?? "background", _ => new Waiting()));
        try
        {
            await ProcessNextAsync(message, pipeline);
        }
        finally
        {
            wait.End();
        }
        Record(message, clock.Elapsed);
    }

    /// <summary>The time with at least one call on its way: from the first call that starts to the last that ends.</summary>
    private sealed class Waiting
    {
        private readonly Lock gate = new();
        private int onTheirWay;
        private long since;
        private long ticks;

        public TimeSpan Total
        {
            get
            {
                lock (gate)
                    return TimeSpan.FromTicks(ticks);
            }
        }

        public static Waiting Begin(Waiting waiting)
        {
            lock (waiting.gate)
            {
                if (waiting.onTheirWay++ == 0)
                    waiting.since = Stopwatch.GetTimestamp();
            }
            return waiting;
        }

        public void End()
        {
            lock (gate)
            {
                if (--onTheirWay == 0)
                    ticks += Stopwatch.GetElapsedTime(since).Ticks;
            }
        }
    }

    private void Record(HttpMessage message, TimeSpan elapsed)
    {
        var tally = calls.GetOrAdd((Step.Value ?? "background", Operation(message.Request)), _ => new Tally());
        Interlocked.Increment(ref tally.Count);
        Interlocked.Add(ref tally.Ticks, elapsed.Ticks);
        Interlocked.Add(ref tally.Rows, Rows(message));
    }

    /// <summary>Rows in a table answer: a query's "value" array, or one entity; queues and blobs count none.</summary>
    private static long Rows(HttpMessage message)
    {
        // A streamed answer (a blob download) is no table answer, and reading it here would take it from its reader.
        if (!message.BufferResponse || message.Request.Method != RequestMethod.Get || !message.HasResponse || message.Response.Status != 200
            || message.Response.Headers.ContentType?.Contains("json", StringComparison.Ordinal) != true)
            return 0;
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(message.Response.Content.ToMemory());
            return json.RootElement.TryGetProperty("value", out var rows) && rows.ValueKind == System.Text.Json.JsonValueKind.Array
                ? rows.GetArrayLength() : 1;
        }
        catch (System.Text.Json.JsonException)
        {
            return 0;
        }
    }

    /// <summary>"GET checkins", "POST $batch", "POST checkin-submitted": the method and the table, queue or container.</summary>
    private static string Operation(Request request)
    {
        var segments = request.Uri.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var target = segments.Length > 1 ? segments[1] : "(account)";
        var paren = target.IndexOf('(', StringComparison.Ordinal);
        if (paren >= 0)
            target = target[..paren];
        return $"{request.Method} {target}";
    }

    private sealed class LabelRequests : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, inner) =>
            {
                Step.Value = context.Request.Headers[Header].FirstOrDefault();
                await inner(context);
            });
            next(app);
        };
    }
}
