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

    public static SummaryCounts Of(IEnumerable<CaseloadSummary> summaries) =>
        summaries.Aggregate(None, (counts, s) => counts.With(s));

    private SummaryCounts Add(CaseloadSummary? summary, int delta)
    {
        if (summary is null)
            return this;
        var counts = new SortedDictionary<string, int>(Counts.ToDictionary(), StringComparer.Ordinal);
        var status = summary.Candidate.Status;
        foreach (var key in summary.OpenSignals.Select(s => status + "|" + s.Type).Distinct().Prepend(status))
        {
            var n = counts.GetValueOrDefault(key) + delta;
            if (n > 0)
                counts[key] = n;
            else
                counts.Remove(key);
        }
        return new SummaryCounts(counts);
    }
}
