namespace IpsMonitor.Workspace;

/// <summary>
/// The driegesprek agenda worded for the page (<see cref="DriegesprekAgenda"/>): the charts, then what to talk about.
/// </summary>
internal static class DriegesprekSection
{
    public static DriegesprekView View(DriegesprekPreparation p, StaffText t)
    {
        string Number(double value) => value.ToString("0.#", t.Culture);
        string Date(DateOnly? date) => StaffLayout.Date(date, t);
        var divergences = p.Divergences.Select(d => string.Format(t.Culture, t.DivergenceLine, t.DimensionLabel(d.DimensionKey),
            Number(d.Candidate), Number(d.Supervisor), Date(d.CandidateDate), Date(d.SupervisorDate)));
        var adjustments = p.AdjustmentsDue.Select(x =>
            $"{t.AdjustmentLabel(x.Adjustment.Kind)} ({x.Job.JobTitle}) · {t.ReviewOn} {Date(x.Adjustment.ReviewDate)}");
        var trials = p.TrialsEnding.Select(j =>
            $"{j.JobTitle}, {j.Employer} · {t.TrialEnd} {Date(j.TrialEndDate)} · {t.NoDecisionYet}");
        var signals = p.OpenSignals.Select(s => $"{t.SeverityLabel(s.Severity)}: {t.SignalLabel(s.Type)}");
        var helpNow = p.HelpNow.Select(h => $"{Date(h.Date)}: “{h.Text}”");
        return new DriegesprekView(
            p.Dimensions.Select(d => TrendChart.View(d, t.DimensionLabel(d.Key), t)).ToList(),
            [
                new(t.Divergences, divergences.ToList(), t.NoDivergences),
                new(t.AdjustmentsToReview, adjustments.ToList(), t.NoAdjustmentsDue),
                new(t.TrialsEnding, trials.ToList(), t.NoTrialsEnding),
                new(t.OpenSignals, signals.ToList(), t.NoOpenSignals),
                new(t.HelpNowAnswers, helpNow.ToList(), t.NoHelpNowAnswers),
            ]);
    }
}
