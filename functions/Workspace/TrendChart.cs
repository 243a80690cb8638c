using System.Globalization;

namespace IpsMonitor.Workspace;

/// <summary>A chart's geometry in SVG units, written with a dot, and the same values as table rows.</summary>
public sealed record ChartView(
    string Key, string Title, IReadOnlyList<ChartTick> Ticks, IReadOnlyList<ChartDate> Dates, IReadOnlyList<ChartSeries> Series,
    IReadOnlyList<ChartRow> Rows)
{
    public const string Width = "320", Height = "160";
    public bool IsEmpty => Series.All(s => s.Points.Count == 0);
}

/// <summary>A grid line with its value left of it.</summary>
public sealed record ChartTick(string X1, string X2, string Y, string LabelX, string LabelY, string Label);

/// <summary>A date under the axis; the last one is anchored at its end, so it stays inside the chart.</summary>
public sealed record ChartDate(string X, string Y, string Label, bool AtEnd);

/// <summary>
/// One perspective's line: "candidate" solid, "supervisor" dashed, "coach" dotted with square points, so they differ by more
/// than colour.
/// </summary>
public sealed record ChartSeries(string Who, string Colour, string? Dash, string Path, IReadOnlyList<ChartDot> Points);

public sealed record ChartDot(string X, string Y, string Date, string Value, bool ReliableChange);

/// <summary>One answer in the table under the chart.</summary>
public sealed record ChartRow(string Date, string Who, string Value);

/// <summary>
/// A small line chart in SVG, drawn on the server (<see cref="TrendChartFigure"/>): one line per perspective, a reliable
/// change drawn as a ringed point. The same values are listed in a table for screen readers and for print, so the chart
/// never carries information alone.
/// </summary>
internal static class TrendChart
{
    private const double Width = 320, Height = 160, Left = 34, Right = 10, Top = 10, Bottom = 28;

    public static ChartView View(Dimension d, string title, StaffText t)
    {
        var dates = d.Candidate.Concat(d.Supervisor).Concat(d.Coach).Select(p => p.Date.DayNumber).ToList();
        if (dates.Count == 0)
            return new ChartView(d.Key, title, [], [], [], []);
        var (first, last) = (dates.Min(), dates.Max());
        double X(DateOnly date) => last == first
            ? Left + (Width - Left - Right) / 2
            : Left + (date.DayNumber - first) * (Width - Left - Right) / (last - first);
        double Y(double v) => Top + (d.Max - Math.Clamp(v, d.Min, d.Max)) * (Height - Top - Bottom) / (d.Max - d.Min);

        // Only whole values are ticks: a yes/no scale (0 to 1) has no "0.5".
        var middle = (d.Min + d.Max) / 2;
        var ticks = (middle == Math.Floor(middle) ? new[] { d.Min, middle, d.Max } : [d.Min, d.Max])
            .Select(v => new ChartTick(N(Left), N(Width - Right), N(Y(v)), N(Left - 4), N(Y(v) + 4), t.Number(v))).ToList();
        var axis = new List<ChartDate> { new(N(Left), N(Height - 8), StaffLayout.Date(DateOnly.FromDayNumber(first), t), false) };
        if (last != first)
            axis.Add(new(N(Width - Right), N(Height - 8), StaffLayout.Date(DateOnly.FromDayNumber(last), t), true));
        ChartSeries Series(string who, IReadOnlyList<ChartPoint> points, string colour, string? dash) => new(who, colour, dash,
            string.Join(' ', points.Select(p => $"{P(X(p.Date))},{P(Y(p.Value))}")),
            points.Select(p => new ChartDot(P(X(p.Date)), P(Y(p.Value)), p.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                P(p.Value), p.ReliableChange)).ToList());
        string Value(ChartPoint p) => t.Number(p.Value) + (p.ReliableChange ? " (" + t.ReliableChange + ")" : "");
        var rows = d.Candidate.Select(p => (p, who: t.CandidateSide)).Concat(d.Supervisor.Select(p => (p, who: t.SupervisorSide)))
            .Concat(d.Coach.Select(p => (p, who: t.CoachSide)))
            .OrderBy(r => r.p.Date).Select(r => new ChartRow(StaffLayout.Date(r.p.Date, t), r.who, Value(r.p))).ToList();
        return new ChartView(d.Key, title, ticks, axis,
            [Series("candidate", d.Candidate, "#0b5cad", null), Series("supervisor", d.Supervisor, "#b34700", "5 4"),
                Series("coach", d.Coach, "#2f6b2f", "1.5 3")], rows);
    }

    private static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string P(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
