using IpsMonitor.Signals;

namespace IpsMonitor.Caseload;

/// <summary>
/// How many candidates a caseload partition holds per status, and per status and open signal type, so a list can say
/// "312 kandidaten" for any filter without reading them. Kept in the same transaction as the rows it counts.
/// </summary>
internal sealed record SummaryCounts(IReadOnlyDictionary<string, int> Counts)
{
    public static readonly SummaryCounts None = new(new Dictionary<string, int>());

    public SummaryCounts With(CaseloadSummary? summary) => Add(summary, +1);

    public SummaryCounts Without(CaseloadSummary? summary) => Add(summary, -1);

    /// <summary>Candidates with one of the statuses and, when given, an open signal of the type.</summary>
    public int Of(IEnumerable<string> statuses, string? signalType) =>
        statuses.Sum(status => Counts.GetValueOrDefault(signalType is null ? status : status + "|" + signalType));

    /// <summary>Signals of the partition's candidates in a state ("open", "resolved", "all"), of a type and severity when given.</summary>
    public int OfSignals(string state, string? type, SignalSeverity? severity) => Counts
        .Where(c => c.Key.StartsWith(SignalPrefix, StringComparison.Ordinal))
        .Select(c => (Parts: c.Key[SignalPrefix.Length..].Split('|'), c.Value))
        .Where(c => c.Parts.Length == 3 && (state == "all" || c.Parts[0] == SignalIndexRows.State(state == "open"))
            && (type is null || c.Parts[1] == type) && (severity is null || c.Parts[2] == severity.ToString()))
        .Sum(c => c.Value);

    private const string SignalPrefix = "s|";
    private const string Answered = "w|answered";
    private const string Sent = "w|sent";

    /// <summary>The response over the last 90 days of the partition's candidates, as their summaries last counted it.</summary>
    public ResponseWindow Response => new(Counts.GetValueOrDefault(Answered), Counts.GetValueOrDefault(Sent));

    public static SummaryCounts Of(IEnumerable<CaseloadSummary> summaries) =>
        summaries.Aggregate(None, (counts, s) => counts.With(s));

    private SummaryCounts Add(CaseloadSummary? summary, int delta)
    {
        if (summary is null)
            return this;
        var counts = new SortedDictionary<string, int>(Counts.ToDictionary(), StringComparer.Ordinal);
        var status = summary.Candidate.Status;
        var keys = summary.OpenSignals.Select(s => status + "|" + s.Type).Distinct().Prepend(status).Select(k => (k, 1))
            .Concat(summary.SignalCounts.Select(c => (SignalPrefix + c.Key, c.Value)))
            .Concat([(Answered, summary.Response.Answered), (Sent, summary.Response.Sent)]);
        foreach (var (key, count) in keys)
        {
            var n = counts.GetValueOrDefault(key) + delta * count;
            if (n > 0)
                counts[key] = n;
            else
                counts.Remove(key);
        }
        return new SummaryCounts(counts);
    }
}
