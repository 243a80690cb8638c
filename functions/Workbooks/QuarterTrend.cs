namespace IpsMonitor.Workbooks;

/// <summary>
/// The outcome figures of the quarters leading up to a report's quarter, each computed by <see cref="OutcomeCalculator"/>
/// exactly as that quarter's own summary is, so the Trend sheet, the quarter overview page and each quarter's workbook agree.
/// </summary>
internal static class QuarterTrend
{
    /// <summary>Two years: enough to see a seasonal dip next to a real decline.</summary>
    public const int Quarters = 8;

    /// <summary>Oldest first; the last two are the report's previous and current quarter, passed in so they are computed once.</summary>
    public static IReadOnlyList<OutcomeFigures> Compute(CaseloadIndex index, Quarter quarter, OutcomeFigures current, OutcomeFigures previous)
    {
        var figures = new OutcomeFigures[Quarters];
        figures[^1] = current;
        figures[^2] = previous;
        var q = quarter.Previous;
        for (var i = Quarters - 3; i >= 0; i--)
        {
            q = q.Previous;
            figures[i] = OutcomeCalculator.Compute(index, q, null);
        }
        return figures;
    }
}
