using Microsoft.Extensions.Options;
using IpsMonitor.Access;
using IpsMonitor.Questionnaires;
using IpsMonitor.Workbooks;
using Microsoft.Azure.Functions.Worker;

namespace IpsMonitor.Workspace;

/// <summary>
/// "Kwartaal", for coordinators: this quarter and the previous one against the benchmark bands, the last eight quarters
/// as small charts, and each coach's caseload against the fidelity norm. Computed by the workbook's own metrics
/// (<see cref="QuarterlyMetrics"/> over <see cref="ProgrammeReader"/>), so page and workbook agree. The page shows
/// aggregates only; reading the programme's data for it is audited as one row with the quarter, as an external workbook
/// download is.
/// </summary>
internal sealed class QuarterPage(StaffPages pages, ProgrammeReader reader, AuditLog audit, IOptions<OutcomeOptions> outcomes, TimeProvider time)
{
    [Function("ShowQuarter")]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/quarter")] HttpRequest request, CancellationToken ct)
    {
        if (!(await pages.CoordinatorAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        var lang = StaffPages.Language(request);
        var (t, c) = (StaffText.For(lang), CoordinatorText.For(lang));

        var today = Quarter.LocalDate(time.GetUtcNow(), Quarter.Amsterdam);
        var quarter = Quarter.Containing(today);
        var policy = outcomes.Value.Policy(today);
        var report = QuarterlyMetrics.Compute(await reader.ReadAsync(staff.ProgrammeId, ct), quarter, Quarter.Amsterdam, policy);
        await audit.RecordAsync(staff, $"view quarter overview {quarter}", null, ct);

        var chrome = new StaffChrome(t, StaffPages.Base(request), pages.FormToken(request.HttpContext), staff.IsCoordinator) { Self = StaffPages.Base(request) + "quarter" };
        var body = $"""
            <h1>{c.QuarterTitle}</h1>
            <p>{c.QuarterIntro} {Html.Encode(string.Format(t.Culture, c.QuarterOpen, quarter, StaffLayout.Date(quarter.End, t)))}</p>
            {QuarterSummary.Render(report, t, c)}
            {Trend(report, t, c)}
            {Caseloads(report, t, c)}
            """;
        return StaffPages.Page(StaffLayout.Document(t, c.QuarterTitle, body, chrome));
    }

    private static string Trend(QuarterlyReport report, StaffText t, CoordinatorText c)
    {
        var quarters = report.Trend.Select(f => f.Quarter).ToList();
        var series = new (string Key, string Title, Func<OutcomeFigures, double?> Value, bool Percent)[]
        {
            ("employment-rate", c.EmploymentRate, f => f.EmploymentRate.Value, true),
            ("job-starts", c.JobStarts, f => f.JobStarts, false),
            ("sustained-13", c.Sustained13, f => f.Sustained13Weeks.Value, true),
            ("sustained-26", c.Sustained26, f => f.Sustained26Weeks.Value, true),
        };
        string Shown(double? value, bool percent) => value is not { } v ? "–" : percent ? v.ToString("0%", t.Culture) : v.ToString("0", t.Culture);
        var charts = series.Select(s =>
        {
            var values = report.Trend.Select(s.Value).ToList();
            var words = string.Join("; ", quarters.Zip(values, (q, v) => $"{q} {Shown(v, s.Percent)}"));
            return QuarterChart.Render(s.Key, s.Title, quarters, values, s.Percent,
                string.Format(t.Culture, c.TrendDescription, quarters[0], quarters[^1], words),
                s.Key == "employment-rate" ? [SummarySheet.Minimal, SummarySheet.AverageLevel, SummarySheet.Excellent] : null);
        });
        var rows = report.Trend.Select(f => $"<tr><th scope=\"row\">{f.Quarter}</th>{string.Concat(series.Select(s => $"<td data-label=\"{Html.Encode(s.Title)}\">{Shown(s.Value(f), s.Percent)}</td>"))}</tr>");
        return $"""
            <h2>{c.TrendTitle}</h2>
            <p>{c.TrendIntro}</p>
            <div class="charts">{string.Concat(charts)}</div>
            <details class="values"><summary>{c.ValuesAsTable}</summary>
            <table class="stack" data-trend-table><caption class="visually-hidden">{c.TrendTitle}</caption>
            <thead><tr><th scope="col">{c.Quarter}</th>{string.Concat(series.Select(s => $"<th scope=\"col\">{Html.Encode(s.Title)}</th>"))}</tr></thead>
            <tbody>{string.Concat(rows)}</tbody></table></details>
            """;
    }

    private static string Caseloads(QuarterlyReport report, StaffText t, CoordinatorText c)
    {
        string Row(CoachFigures coach)
        {
            var norm = coach.Norm is { } n ? n.ToString("0.#", t.Culture) : c.NoFte;
            var verdict = coach.CaseloadOfNorm is { } share
                ? $"{Html.Encode(string.Format(t.Culture, c.OfNorm, share.ToString("0%", t.Culture)))}, <strong>{(share > 1 ? c.AboveNorm : c.WithinNorm)}</strong>"
                : "–";
            var model = CaseloadNorms.Label(coach.Model);
            var band = coach.ScoreBand is { } b ? b.ToString(t.Culture) : "–";
            var fteText = coach.Fte is { } fte ? fte.ToString("0.##", t.Culture) : "–";
            return $"""<tr data-coach="{Html.Encode(coach.CoachId)}"><th scope="row">{Html.Encode(coach.CoachId)}</th>"""
                + $"""<td data-label="{c.Model}">{model}</td><td data-label="FTE">{fteText}</td><td data-label="{c.Norm}">{norm}</td>"""
                + $"""<td data-label="{c.Caseload}">{coach.Caseload}</td><td data-label="{c.Benchmark}">{verdict}</td>"""
                + $"""<td data-label="{c.ScoreBand}" data-band-score>{band}</td></tr>""";
        }
        return $"""
            <h2>{c.CaseloadTitle}</h2>
            <p>{c.CaseloadIntro}</p>
            {(report.Coaches.Count == 0 ? $"<p>{c.NoCoaches}</p>" : $"""
            <table class="stack" data-caseloads><caption class="visually-hidden">{c.CaseloadTitle}</caption>
            <thead><tr><th scope="col">{c.Coach}</th><th scope="col">{c.Model}</th><th scope="col">FTE</th><th scope="col">{c.Norm}</th><th scope="col">{c.Caseload}</th><th scope="col">{c.Benchmark}</th><th scope="col">{c.ScoreBand}</th></tr></thead>
            <tbody>{string.Concat(report.Coaches.Select(Row))}</tbody></table>
            """)}
            """;
    }
}
