using System.Globalization;
using System.Text;
using IpsMonitor.Questionnaires;

namespace IpsMonitor.Workspace;

/// <summary>
/// A small line chart in SVG, drawn on the server: one line per perspective (candidate solid, supervisor dashed, told
/// apart by more than colour), a reliable change drawn as a ringed point. The same values are listed in a table for
/// screen readers and for print, so the chart never carries information alone.
/// </summary>
internal static class TrendChart
{
    private const double Width = 320, Height = 160, Left = 34, Right = 10, Top = 10, Bottom = 28;

    public static string Render(Dimension d, string title, StaffText t)
    {
        var dates = d.Candidate.Concat(d.Supervisor).Select(p => p.Date.DayNumber).ToList();
        if (dates.Count == 0)
            return $"""<figure><figcaption>{Html.Encode(title)}</figcaption><p class="hint">{t.NoAnswersYet}</p></figure>""";
        var (first, last) = (dates.Min(), dates.Max());
        double X(DateOnly date) => last == first ? Left + (Width - Left - Right) / 2 : Left + (date.DayNumber - first) * (Width - Left - Right) / (last - first);
        double Y(double v) => Top + (d.Max - Math.Clamp(v, d.Min, d.Max)) * (Height - Top - Bottom) / (d.Max - d.Min);
        static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        var svg = new StringBuilder();
        var id = "chart-" + d.Key;
        svg.Append(CultureInfo.InvariantCulture, $"""<svg class="chart" viewBox="0 0 {N(Width)} {N(Height)}" role="img" aria-labelledby="{id}-title" data-dimension="{d.Key}"><title id="{id}-title">{Html.Encode(title)}</title>""");
        foreach (var tick in new[] { d.Min, (d.Min + d.Max) / 2, d.Max })
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(Left)}" x2="{N(Width - Right)}" y1="{N(Y(tick))}" y2="{N(Y(tick))}" stroke="#d0d4d9"/><text x="{N(Left - 4)}" y="{N(Y(tick) + 4)}" text-anchor="end" font-size="10" fill="#474747">{N(tick)}</text>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{N(Left)}" y="{N(Height - 8)}" font-size="10" fill="#474747">{StaffLayout.Date(DateOnly.FromDayNumber(first), t)}</text>""");
        if (last != first)
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{N(Width - Right)}" y="{N(Height - 8)}" text-anchor="end" font-size="10" fill="#474747">{StaffLayout.Date(DateOnly.FromDayNumber(last), t)}</text>""");
        Series(svg, "candidate", d.Candidate, "#0b5cad", null, X, Y);
        Series(svg, "supervisor", d.Supervisor, "#b34700", "5 4", X, Y);
        svg.Append("</svg>");

        var legend = $"""<ul class="legend"><li><span class="key candidate"></span>{t.CandidateSide}</li><li><span class="key supervisor"></span>{t.SupervisorSide}</li></ul>""";
        return $"""<figure><figcaption>{Html.Encode(title)}</figcaption>{svg}{legend}{Table(d, title, t)}</figure>""";
    }

    private static void Series(StringBuilder svg, string who, IReadOnlyList<ChartPoint> points, string colour, string? dash, Func<DateOnly, double> x, Func<double, double> y)
    {
        if (points.Count == 0)
            return;
        static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        var path = string.Join(' ', points.Select(p => $"{N(x(p.Date))},{N(y(p.Value))}"));
        svg.Append(CultureInfo.InvariantCulture, $"""<g class="series" data-series="{who}"><polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2.5"{(dash is null ? "" : $" stroke-dasharray=\"{dash}\"")}/>""");
        foreach (var p in points)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{N(x(p.Date))}" cy="{N(y(p.Value))}" r="3.5" fill="{colour}" data-date="{p.Date:yyyy-MM-dd}" data-value="{N(p.Value)}"{(p.ReliableChange ? " data-reliable=\"true\"" : "")}/>""");
            if (p.ReliableChange)
                svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{N(x(p.Date))}" cy="{N(y(p.Value))}" r="7" fill="none" stroke="{colour}" stroke-width="2"/>""");
        }
        svg.Append("</g>");
    }

    private static string Table(Dimension d, string title, StaffText t)
    {
        string Row(string who, ChartPoint p) =>
            $"<tr><td>{StaffLayout.Date(p.Date, t)}</td><td>{who}</td><td>{p.Value.ToString("0.#", t.Culture)}{(p.ReliableChange ? " (" + t.ReliableChange + ")" : "")}</td></tr>";
        var rows = d.Candidate.Select(p => (p, who: t.CandidateSide)).Concat(d.Supervisor.Select(p => (p, who: t.SupervisorSide)))
            .OrderBy(r => r.p.Date).Select(r => Row(r.who, r.p));
        return $"""<details class="values"><summary>{t.ValuesAsTable}</summary><table><caption class="visually-hidden">{Html.Encode(title)}</caption><thead><tr><th scope="col">{t.Date}</th><th scope="col">{t.Perspective}</th><th scope="col">{t.Value}</th></tr></thead><tbody>{string.Concat(rows)}</tbody></table></details>""";
    }
}
