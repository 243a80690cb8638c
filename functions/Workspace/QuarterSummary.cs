using IpsMonitor.Questionnaires;
using IpsMonitor.Workbooks;

namespace IpsMonitor.Workspace;

/// <summary>
/// The quarter overview's summary table: this quarter and the previous one, each figure with the counts it rests on,
/// and the employment rate's benchmark band, with its source, in words (a badge's colour only repeats the word).
/// </summary>
internal static class QuarterSummary
{
    public static string Render(QuarterlyReport report, StaffText t, CoordinatorText c)
    {
        var quarters = new[] { report.Current, report.Previous };
        string Share(Ratio ratio) => ratio.Value is { } v
            ? $"{v.ToString("0.0%", t.Culture)} <span class=\"hint\">({Html.Encode(string.Format(t.Culture, c.OutOf, ratio.Numerator, ratio.Denominator))})</span>"
            : c.NotComputable;
        string Band(Ratio rate) => rate.Value is { } v
            ? $"<span class=\"badge {BandClass(v)}\" data-band>{c.Band(v)}</span>"
            : "–";
        // The current quarter's milestones count only up to today; the label says so.
        string Reached(string name) => report.IsOpen ? $"{name} ({c.UpToToday})" : name;
        string Line(string name, Func<OutcomeFigures, string> cell, string key) =>
            $"<tr data-figure=\"{key}\"><th scope=\"row\">{Html.Encode(name)}</th>{string.Concat(quarters.Select(f => $"<td data-label=\"{f.Quarter}\">{cell(f)}</td>"))}</tr>";

        return $"""
            <h2>{c.Summary}</h2>
            <table class="stack" data-summary><caption class="visually-hidden">{c.Summary}</caption>
            <thead><tr><th scope="col">{c.Indicator}</th>{string.Concat(quarters.Select(f => $"<th scope=\"col\">{f.Quarter}</th>"))}</tr></thead>
            <tbody>
            {Line(c.EmploymentRate, f => Share(f.EmploymentRate), "employment-rate")}
            {Line(c.Benchmark, f => Band(f.EmploymentRate), "band")}
            {Line(c.JobStarts, f => f.JobStarts.ToString(t.Culture), "job-starts")}
            {Line(Reached(c.Sustained13), f => Share(f.Sustained13Weeks), "sustained-13")}
            {Line(Reached(c.Sustained26), f => Share(f.Sustained26Weeks), "sustained-26")}
            {Line(c.Working20Hours, f => Share(f.Working20HoursOrMore), "working-20-hours")}
            </tbody></table>
            <p class="hint">{c.EmploymentRateHint} {c.BandsExplained}</p>
            {(report.IsOpen ? $"<p class=\"hint\" data-milestones>{c.MilestonesUpToToday}</p>" : "")}
            """;
    }

    private static string BandClass(double rate) => rate switch
    {
        >= SummarySheet.AverageLevel => "info",
        >= SummarySheet.Minimal => "attention",
        _ => "urgent",
    };
}
