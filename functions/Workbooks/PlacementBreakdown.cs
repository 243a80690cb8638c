namespace IpsMonitor.Workbooks;

/// <summary>
/// Placements by kind (all counting placements, competitive or not) and by sector (competitive outcomes only).
/// Every kind is listed, even at zero, so quarters line up; sectors are listed when they have any count.
/// </summary>
internal static class PlacementBreakdown
{
    public static (IReadOnlyList<KindFigures> ByKind, IReadOnlyList<SectorFigures> BySector) Compute(
        CaseloadIndex index, Quarter quarter)
    {
        var kinds = Enum.GetValues<PlacementKind>().ToDictionary(k => k, _ => new int[3]);
        var sectors = new SortedDictionary<string, int[]>(StringComparer.Ordinal);

        foreach (var candidate in index.Ordered)
        {
            var firstReferral = index.FirstReferralOf(candidate.Id);
            foreach (var job in index.JobsOf(candidate.Id))
            {
                if (!OutcomeRules.IsCountingPlacement(job))
                    continue;
                var started = OutcomeRules.IsStart(job, firstReferral) && quarter.Contains(job.StartDate);
                var ended = job.EndDate is { } end && quarter.Contains(end);
                var open = job.IsOpenOn(quarter.End);
                if (!started && !ended && !open)
                    continue;
                Add(kinds[job.Kind], started, ended, open);
                if (!job.Competitive)
                    continue;
                var sector = string.IsNullOrWhiteSpace(job.Sector) ? UnknownSector : job.Sector.Trim();
                if (!sectors.TryGetValue(sector, out var counts))
                    sectors[sector] = counts = new int[3];
                Add(counts, started, ended, open);
            }
        }

        var byKind = kinds.OrderBy(k => k.Key).Select(k => new KindFigures(k.Key, Counts(k.Value))).ToList();
        var bySector = sectors.Select(s => new SectorFigures(s.Key, Counts(s.Value))).ToList();
        return (byKind, bySector);
    }

    public const string UnknownSector = "Onbekend";

    private static void Add(int[] counts, bool started, bool ended, bool open)
    {
        counts[0] += started ? 1 : 0;
        counts[1] += ended ? 1 : 0;
        counts[2] += open ? 1 : 0;
    }

    private static PlacementCounts Counts(int[] counts) => new(counts[0], counts[1], counts[2]);
}
