using System.Globalization;
using System.Text;
using IpsMonitor.Questionnaires;
using IpsMonitor.Workbooks;

namespace IpsMonitor.Workspace;

/// <summary>
/// A small line chart of one figure over the last quarters, drawn on the server as SVG. Its title and description say
/// what it shows and every value in words, and the page lists the same values in a table, so nothing rests on the
/// picture alone. A quarter without a value is a gap in the line; the employment rate carries its benchmark lines.
/// </summary>
internal static class QuarterChart
{
    private const double Width = 320, Height = 150, Left = 40, Right = 12, Top = 10, Bottom = 26;

    /// <param name="values">One per quarter, oldest first; null where the figure cannot be computed.</param>
    /// <param name="percent">Shares from 0 to 1, drawn on a 0–100% scale; else counts from 0 up.</param>
    public static string Render(string key, string title, IReadOnlyList<Quarter> quarters, IReadOnlyList<double?> values, bool percent, string description, IReadOnlyList<double>? benchmarks = null)
    {
        var max = percent ? 1 : Math.Max(1, values.Max() ?? 0);
        double X(int i) => Left + i * (Width - Left - Right) / Math.Max(1, quarters.Count - 1);
        double Y(double v) => Top + (max - v) * (Height - Top - Bottom) / max;
        static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        string Label(double v) => percent ? N(v * 100) + "%" : N(v);

        var id = "trend-" + key;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg class="chart" viewBox="0 0 {N(Width)} {N(Height)}" role="img" aria-labelledby="{id}-title {id}-desc" data-trend="{key}"><title id="{id}-title">{Html.Encode(title)}</title><desc id="{id}-desc">{Html.Encode(description)}</desc>""");
        foreach (var tick in new[] { 0, max / 2, max })
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(Left)}" x2="{N(Width - Right)}" y1="{N(Y(tick))}" y2="{N(Y(tick))}" stroke="#d0d4d9"/><text x="{N(Left - 4)}" y="{N(Y(tick) + 4)}" text-anchor="end" font-size="10" fill="#474747">{Label(tick)}</text>""");
        foreach (var line in benchmarks ?? [])
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(Left)}" x2="{N(Width - Right)}" y1="{N(Y(line))}" y2="{N(Y(line))}" stroke="#8a5a00" stroke-dasharray="3 3" data-benchmark="{N(line * 100)}"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{N(Left)}" y="{N(Height - 6)}" font-size="10" fill="#474747">{quarters[0]}</text><text x="{N(Width - Right)}" y="{N(Height - 6)}" text-anchor="end" font-size="10" fill="#474747">{quarters[^1]}</text>""");

        // Consecutive quarters with a value form one line; a missing value breaks it.
        var run = new List<string>();
        void Flush()
        {
            if (run.Count > 1)
                svg.Append(CultureInfo.InvariantCulture, $"""<polyline points="{string.Join(' ', run)}" fill="none" stroke="#0b5cad" stroke-width="2.5"/>""");
            run.Clear();
        }
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } v)
                run.Add($"{N(X(i))},{N(Y(v))}");
            else
                Flush();
        }
        Flush();
        for (var i = 0; i < values.Count; i++)
            if (values[i] is { } v)
                svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{N(X(i))}" cy="{N(Y(v))}" r="3.5" fill="#0b5cad" data-quarter="{quarters[i]}" data-value="{v.ToString("0.####", CultureInfo.InvariantCulture)}"/>""");
        svg.Append("</svg>");
        return $"""<figure><figcaption>{Html.Encode(title)}</figcaption>{svg}</figure>""";
    }
}
