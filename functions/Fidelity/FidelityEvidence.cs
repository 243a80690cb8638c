using IpsMonitor.Workbooks;

namespace IpsMonitor.Fidelity;

/// <summary>Item 1: the caseload at the quarter's end per full-time coach, over the coaches whose fte is known.</summary>
internal sealed record CaseloadEvidence(int Caseload, decimal Fte, IReadOnlyList<CoachFigures> Coaches)
{
    /// <summary>Caseload ÷ fte, as the scale reads it; null when no coach has a known fte.</summary>
    public double? PerFullTimeCoach => Fte > 0 ? (double)(Caseload / Fte) : null;
}

/// <summary>Item 11: of the placements running at the quarter's end, those that are competitive.</summary>
internal sealed record CompetitiveEvidence(int Competitive, int Placements, bool DoelgroepbaanCompetitive)
{
    public double? Share => Placements > 0 ? Competitive / (double)Placements : null;
}

/// <summary>
/// The product's own figures beside the items its data can inform, computed by the workbook's metrics for one quarter,
/// so the page, the Fidelity sheet and the other sheets agree: the sheet takes them from the build's report, the page from
/// what that build stored, both through <see cref="From"/>. They are evidence for the reviewers, never a score: the
/// scale asks about practice (how caseloads are managed, which jobs are offered), and the figures show only the data.
/// </summary>
internal sealed record FidelityEvidence(Quarter Quarter, DateOnly On, CaseloadEvidence Caseload, CompetitiveEvidence Competitive)
{
    public static FidelityEvidence Of(QuarterlyReport report) => From(report.Quarter, FidelityFigures.Of(report), report.Coaches);

    /// <summary>From a build's stored figures; null when the build stored none for the fidelity page (a row from before they were kept).</summary>
    public static FidelityEvidence? Of(QuarterFigures stored) =>
        stored.Fidelity is { } figures ? From(stored.Quarter, figures, stored.Coaches) : null;

    private static FidelityEvidence From(Quarter quarter, FidelityFigures figures, IReadOnlyList<CoachFigures> coaches)
    {
        var known = coaches.Where(c => c.Fte is > 0).ToList();
        var caseload = new CaseloadEvidence(known.Sum(c => c.Caseload), known.Sum(c => c.Fte ?? 0), coaches);
        return new(quarter, figures.On, caseload,
            new CompetitiveEvidence(figures.Competitive, figures.Placements, figures.DoelgroepbaanCompetitive));
    }
}
