using IpsMonitor.Workbooks;

namespace IpsMonitor.Fidelity;

/// <summary>
/// What the evidence beside item 11 needs of a quarter, stored with the quarter's figures (<see cref="QuarterFiguresStore"/>)
/// so the fidelity page reads one row instead of the programme: the day the figures stand on, the placements running that
/// day and how many of them are competitive, and whether the programme counts a doelgroepbaan as competitive. Item 1's
/// caseload and fte per coach are the coaches the same row holds. Counts only, never a candidate id.
/// </summary>
internal sealed record FidelityFigures(DateOnly On, int Placements, int Competitive, bool DoelgroepbaanCompetitive)
{
    public static FidelityFigures Of(QuarterlyReport report)
    {
        // For a quarter that has not ended, "at the end" is as it stands today, as the quarter page counts it.
        var on = report.Policy.Today is { } today && today < report.Quarter.End ? today : report.Quarter.End;
        var running = report.ByKind.Sum(k => k.Counts.OpenAtEnd);
        var competitive = report.ByKind.Where(k => report.Policy.IsCompetitive(k.Kind)).Sum(k => k.Counts.OpenAtEnd);
        return new(on, running, competitive, report.Policy.IsCompetitive(PlacementKind.Doelgroepbaan));
    }
}
