namespace IpsMonitor.Development;

/// <summary>
/// One part of "Mijn ontwikkeling": a heading, what the numbers mean, a chart (with the hours' legend) and every value as
/// text, so nothing is only in the picture.
/// </summary>
public sealed record DevelopmentSection(string Id, string Title, string? Hint, ChartView? Chart, bool HoursLegend,
    IReadOnlyList<ValueLine> Values);

/// <summary>
/// The values of one check-in. A plain line is "date: value"; with a Template the cells fill its holes ("{0} uur
/// gewerkt, {1} uur gewenst"); Nested lists each cell under the date with its label.
/// </summary>
public sealed record ValueLine(string Date, IReadOnlyList<ValueCell> Cells, string? Template = null, bool Nested = false);

/// <summary>One value as written for the reader, marked with its item id (data-item) so tests read what is written.</summary>
public sealed record ValueCell(string Item, string Value, string? Label = null);

/// <summary>A chart: its id, title and description for screen readers, its range, the dates at both ends, and its lines.</summary>
public sealed record ChartView(string Id, string Title, string Description, decimal Min, decimal Max, string FirstLabel,
    string LastLabel, IReadOnlyList<ChartSeries> Series);

/// <summary>One line: its id (an item id), its values in check-in order (null where not answered) and whether it is dashed.</summary>
public sealed record ChartSeries(string Id, IReadOnlyList<decimal?> Values, bool Dashed = false);
