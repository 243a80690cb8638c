using IpsMonitor.Questionnaires;

namespace IpsMonitor.Workspace;

/// <summary>
/// The driegesprek agenda on the candidate page: the charts, then what to talk about. Printing the page prints this
/// section alone, on one A4 page (see the print style).
/// </summary>
internal static class DriegesprekSection
{
    public static string Render(DriegesprekPreparation p, StaffText t)
    {
        var charts = string.Concat(p.Dimensions.Select(d => TrendChart.Render(d, t.DimensionLabel(d.Key), t)));
        string List(string title, IEnumerable<string> items, string none)
        {
            var list = items.ToList();
            return $"<section><h3>{title}</h3>{(list.Count == 0 ? $"<p>{none}</p>" : "<ul>" + string.Concat(list.Select(i => $"<li>{i}</li>")) + "</ul>")}</section>";
        }
        return $"""
            <section id="driegesprek" aria-labelledby="driegesprek-title">
            <h2 id="driegesprek-title">{t.DriegesprekTitle}</h2>
            <p class="hint">{t.DriegesprekIntro}</p>
            <div class="charts">{charts}</div>
            {List(t.Divergences, p.Divergences.Select(d => string.Format(t.Culture, t.DivergenceLine, t.DimensionLabel(d.DimensionKey),
                d.Candidate.ToString("0.#", t.Culture), d.Supervisor.ToString("0.#", t.Culture), StaffLayout.Date(d.CandidateDate, t), StaffLayout.Date(d.SupervisorDate, t))), t.NoDivergences)}
            {List(t.AdjustmentsToReview, p.AdjustmentsDue.Select(x => $"{t.AdjustmentLabel(x.Adjustment.Kind)} ({Html.Encode(x.Job.JobTitle)}) · {t.ReviewOn} {StaffLayout.Date(x.Adjustment.ReviewDate, t)}"), t.NoAdjustmentsDue)}
            {List(t.TrialsEnding, p.TrialsEnding.Select(j => $"{Html.Encode(j.JobTitle)}, {Html.Encode(j.Employer)} · {t.TrialEnd} {StaffLayout.Date(j.TrialEndDate, t)} · {t.NoDecisionYet}"), t.NoTrialsEnding)}
            {List(t.OpenSignals, p.OpenSignals.Select(s => $"{t.SeverityLabel(s.Severity)}: {Html.Encode(t.SignalLabel(s.Type))}"), t.NoOpenSignals)}
            {List(t.HelpNowAnswers, p.HelpNow.Select(h => $"{StaffLayout.Date(h.Date, t)}: “{Html.Encode(h.Text)}”"), t.NoHelpNowAnswers)}
            <p class="hint no-print">{t.PrintHint}</p>
            </section>
            """;
    }
}
