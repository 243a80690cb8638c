using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Text;

namespace IpsMonitor.WorkbookBench;

/// <summary>
/// What a build allocates, by type: the runtime's allocation tick (one event about every 100 KB allocated, naming the
/// type that crossed it), summed per type. A sample, not a count, but enough to see where hundreds of megabytes go.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly ConcurrentDictionary<string, long> bytes = new(StringComparer.Ordinal);
    private volatile bool sampling;

    public void Start()
    {
        bytes.Clear();
        sampling = true;
    }

    public string Stop(int top)
    {
        sampling = false;
        var total = bytes.Values.Sum();
        var text = new StringBuilder("| type | MB (sampled) | share |\n|---|---|---|\n");
        foreach (var (type, amount) in bytes.OrderByDescending(x => x.Value).Take(top))
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{type}` | {amount / 1048576.0:0} | {100.0 * amount / total:0}% |");
        return text.ToString();
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        // The GC keyword at verbose level carries the allocation tick.
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!sampling || e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || e.PayloadNames is null)
            return;
        var type = e.Payload?[e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var at = e.PayloadNames.IndexOf("AllocationAmount64");
        var amount = at >= 0 ? Convert.ToInt64(e.Payload![at], CultureInfo.InvariantCulture) : 100_000;
        bytes.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }
}
