namespace IpsMonitor.Workspace;

/// <summary>
/// One figure over the last quarters, for <see cref="QuarterChart"/>: quarters oldest first ("2026-Q3"), one value per
/// quarter (null where it cannot be computed), shares from 0 to 1 when <c>Percent</c>, and the values in words.
/// </summary>
public sealed record QuarterSeries(
    string Key, string Title, IReadOnlyList<string> Quarters, IReadOnlyList<double?> Values, bool Percent, string Description)
{
    /// <summary>Dashed lines at these shares (the employment rate's benchmark bands).</summary>
    public IReadOnlyList<double> Benchmarks { get; init; } = [];
}

/// <summary>
/// The quarter overview as the page shows it, its figures already written in the reader's language: the summary of
/// this quarter and the previous one, the trend charts with their values as rows, and each coach's caseload.
/// </summary>
public sealed record QuarterModel(
    string Opening, QuarterSummaryModel Summary, IReadOnlyList<QuarterSeries> Trend, IReadOnlyList<TrendRow> TrendRows,
    IReadOnlyList<CoachCaseloadRow> Coaches)
{
    /// <summary>When the figures were computed, in words ("Bijgewerkt vannacht om 02:00.").</summary>
    public string Computed { get; init; } = "";
}

/// <summary>The summary table: a column per quarter, a line per figure; <c>IsOpen</c> when milestones count up to today.</summary>
public sealed record QuarterSummaryModel(bool IsOpen, IReadOnlyList<string> Quarters, IReadOnlyList<SummaryLine> Lines);

/// <summary>One figure of the summary, <c>Key</c> naming it for tests and styles.</summary>
public sealed record SummaryLine(string Key, string Name, IReadOnlyList<SummaryCell> Cells);

/// <summary>
/// One cell: a value with the counts it rests on (<c>Detail</c>), or a benchmark band in words with the badge's class.
/// </summary>
public sealed record SummaryCell(string Value, string? Detail = null, string? BandClass = null);

/// <summary>One quarter's values of the trend series, in the order of the charts.</summary>
public sealed record TrendRow(string Quarter, IReadOnlyList<string> Values);

/// <summary>
/// A coach's caseload against the norm of their model. <c>ShareOfNorm</c> is the caseload as a share of the norm in words,
/// null without a known FTE; <c>AboveNorm</c> then says which side of the norm it is.
/// </summary>
public sealed record CoachCaseloadRow(
    string CoachId, string Coach, string Model, string Fte, string Norm, int Caseload, string? ShareOfNorm, bool AboveNorm, string Band);
