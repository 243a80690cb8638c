namespace IpsMonitor.Workbooks;

/// <summary>Signals opened, resolved and open at quarter end by type, for a quarter and the one before, in one pass.</summary>
internal static class SignalMetrics
{
    public static (IReadOnlyList<SignalFigures> ByType, IReadOnlyDictionary<string, int> OpenAtEndByCandidate) Compute(
        ProgrammeData data, CaseloadIndex index, Quarter quarter, TimeZoneInfo zone)
    {
        var byType = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var openByCandidate = new Dictionary<string, int>(StringComparer.Ordinal);
        var previous = quarter.Previous;

        foreach (var signal in data.Signals)
        {
            if (!index.Contains(signal.CandidateId))
                continue;
            var opened = Quarter.LocalDate(signal.OpenedAt, zone);
            DateOnly? resolved = signal.ResolvedAt is { } at ? Quarter.LocalDate(at, zone) : null;
            var counts = new[]
            {
                quarter.Contains(opened) ? 1 : 0,
                resolved is { } r && quarter.Contains(r) ? 1 : 0,
                IsOpenAt(opened, resolved, quarter.End) ? 1 : 0,
                previous.Contains(opened) ? 1 : 0,
                resolved is { } p && previous.Contains(p) ? 1 : 0,
                IsOpenAt(opened, resolved, previous.End) ? 1 : 0,
            };
            if (counts[2] == 1)
                openByCandidate[signal.CandidateId] = openByCandidate.GetValueOrDefault(signal.CandidateId) + 1;
            if (!counts.Any(c => c > 0))
                continue;
            if (!byType.TryGetValue(signal.Type, out var totals))
                byType[signal.Type] = totals = new int[6];
            for (var i = 0; i < totals.Length; i++)
                totals[i] += counts[i];
        }

        var figures = byType
            .Select(t => new SignalFigures(t.Key, new(t.Value[0], t.Value[1], t.Value[2]), new(t.Value[3], t.Value[4], t.Value[5])))
            .ToList();
        return (figures, openByCandidate);
    }

    /// <summary>Opened on or before the day and not resolved by its end.</summary>
    private static bool IsOpenAt(DateOnly opened, DateOnly? resolved, DateOnly day) =>
        opened <= day && (resolved is null || resolved > day);
}
