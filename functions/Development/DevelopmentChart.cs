using System.Globalization;
using System.Text;
using IpsMonitor.Questionnaires;

namespace IpsMonitor.Development;

/// <summary>
/// A small line chart as inline SVG: no script, no external file, so it passes the page's content security policy. It is
/// an image with a title and a description for screen readers; the page lists the same values as text beside it.
/// Points are spaced evenly by check-in, in order; each carries its value in data-value so tests read what is drawn.
/// </summary>
internal static class DevelopmentChart
{
    private const int Width = 320, Height = 170, Left = 34, Right = 12, Top = 12, Bottom = 30;

    /// <summary>One line: its id (an item id), its values in check-in order (null where not answered) and whether it is dashed.</summary>
    public sealed record Series(string Id, IReadOnlyList<decimal?> Values, bool Dashed = false);

    public static string Svg(string id, string title, string description, decimal min, decimal max, string firstLabel, string lastLabel, params Series[] series)
    {
        var count = series.Max(s => s.Values.Count);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg class="chart" viewBox="0 0 {Width} {Height}" role="img" aria-labelledby="{id}-title {id}-desc" focusable="false">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<title id="{id}-title">{Html.Encode(title)}</title><desc id="{id}-desc">{Html.Encode(description)}</desc>""");
        foreach (var tick in new[] { min, (min + max) / 2, max })
        {
            var y = Y(tick, min, max);
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Left}" y1="{y}" x2="{Width - Right}" y2="{y}" stroke="#c4c7cc" stroke-width="1"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left - 6}" y="{y + 4}" text-anchor="end" font-size="12" fill="#474747">{Number(tick)}</text>""");
        }
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left}" y="{Height - 8}" font-size="12" fill="#474747">{Html.Encode(firstLabel)}</text>""");
        if (count > 1)
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Width - Right}" y="{Height - 8}" text-anchor="end" font-size="12" fill="#474747">{Html.Encode(lastLabel)}</text>""");

        foreach (var s in series)
        {
            var points = s.Values.Select((v, i) => (v, i)).Where(p => p.v is not null).Select(p => (X: X(p.i, count), Y: Y(p.v!.Value, min, max), Value: p.v!.Value)).ToList();
            var colour = s.Dashed ? "#8a4b00" : "#0b5cad";
            if (points.Count > 1)
                svg.Append(CultureInfo.InvariantCulture, $"""<polyline points="{string.Join(' ', points.Select(p => $"{Coordinate(p.X)},{Coordinate(p.Y)}"))}" fill="none" stroke="{colour}" stroke-width="3"{(s.Dashed ? " stroke-dasharray=\"8 5\"" : "")}/>""");
            foreach (var p in points)
            {
                if (s.Dashed)
                    svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{Coordinate(p.X - 5)}" y="{Coordinate(p.Y - 5)}" width="10" height="10" fill="#fff" stroke="{colour}" stroke-width="2.5" data-series="{s.Id}" data-value="{Number(p.Value)}"/>""");
                else
                    svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{Coordinate(p.X)}" cy="{Coordinate(p.Y)}" r="5" fill="{colour}" data-series="{s.Id}" data-value="{Number(p.Value)}"/>""");
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static double X(int index, int count) =>
        count <= 1 ? Left + (Width - Left - Right) / 2.0 : Left + (Width - Left - Right) * index / (double)(count - 1);

    private static double Y(decimal value, decimal min, decimal max) =>
        Top + (Height - Top - Bottom) * (1 - (double)((Math.Clamp(value, min, max) - min) / (max - min)));

    private static string Coordinate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
