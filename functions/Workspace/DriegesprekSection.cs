namespace IpsMonitor.Workspace;

/// <summary>
/// The driegesprek agenda worded for the page (<see cref="DriegesprekAgenda"/>): the printed header with the candidate's
/// local reference, the job and the day, the charts, then what to talk about.
/// </summary>
internal static class DriegesprekSection
{
    public static DriegesprekView View(DriegesprekPreparation p, StaffText t, Candidate c, Job? job, DateOnly today)
    {
        var a = AgendaText.For(t.Lang);
        var where = job is null ? a.NoJob : string.Format(t.Culture, a.Job, job.JobTitle, job.Employer);
        var header = string.Format(t.Culture, a.Header, StaffNames.Candidate(c.Id, c.LocalReference), where, StaffLayout.Date(today, t));
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
        static List<AgendaItem> Items(IEnumerable<string> lines) => lines.Select(AgendaItem.Of).ToList();
        return new DriegesprekView(header,
            p.Dimensions.Select(d => TrendChart.View(d, t.DimensionLabel(d.Key), t)).ToList(),
            [
                // The talk opens with what was agreed last time and how far it got, and what the adjustments did.
                DriegesprekRecordViews.LastAgreements(t, job, today),
                DriegesprekRecordViews.AdjustmentHistory(t, job),
                new(t.Divergences, Items(divergences), t.NoDivergences),
                new(t.AdjustmentsToReview, Items(adjustments), t.NoAdjustmentsDue),
                new(t.TrialsEnding, Items(trials), t.NoTrialsEnding),
                new(t.OpenSignals, Items(signals), t.NoOpenSignals),
                new(t.HelpNowAnswers, Items(helpNow), t.NoHelpNowAnswers),
                .. CandidateVoiceViews.AgendaLists(CandidateVoiceViews.View(p.Voice, t, changeable: false)),
            ])
        {
            Supervisor = Supervisor(p.Supervisor, t),
        };
    }

    /// <summary>
    /// An adjustment on the one paper line: by its kind, or for "other" (whose kind says nothing) by its description,
    /// shortened; a fit's words never end up alone on the next line.
    /// </summary>
    private static string PaperName(Adjustment a, StaffText t) =>
        a is { Kind: AdjustmentKind.Other, Description: { Length: > 0 } description }
            ? (description.Length > 40 ? AgendaItem.Shorten(description, 40) : description)
            : t.AdjustmentLabel(a.Kind);

    /// <summary>The supervisor's latest answers in the reader's words; the comment whole, as the supervisor wrote it.</summary>
    private static SupervisorVoiceView Supervisor(SupervisorVoice? voice, StaffText t)
    {
        var w = SupervisorVoiceText.For(t.Lang);
        if (voice is null)
            return new SupervisorVoiceView(w.Title, w.None, [], w.Comment, null);
        var date = StaffLayout.Date(voice.Date, t);
        var heading = voice.Name is { } name
            ? string.Format(t.Culture, w.HeadingNamed, date, name) : string.Format(t.Culture, w.Heading, date);
        // Lower case like the option words beside it, as the evidence lines write yes and no.
        var words = EvidenceText.For(t.Lang);
        var concerns = voice.Concerns switch { true => words.Yes, false => words.No, null => w.NotAnswered };
        // The one answer about all adjustments up to version 3 of the check-in; each adjustment on its own line since, and
        // on paper all of them on one line by kind, so the agenda keeps to its page.
        Fact[] all = voice.AdjustmentFits.Count == 0 && voice.AdjustmentsFit is { } fit ? [new(w.AdjustmentsFit, w.AdjustmentsFitLabel(fit))] : [];
        return new SupervisorVoiceView(w.Title, heading,
            [
                new(w.Concerns, concerns),
                new(w.NextStep, w.NextStepLabel(voice.NextStep)),
                .. all,
            ],
            w.Comment, voice.Comment ?? w.NoComment)
        {
            Fits = [.. voice.AdjustmentFits.Select(f => new Fact(
                string.Format(t.Culture, w.AdjustmentFit, t.AdjustmentName(f.Adjustment)), w.AdjustmentFitLabel(f.Fit)))],
            FitsOnPaper = voice.AdjustmentFits.Count == 0 ? null : new Fact(w.AdjustmentsFit, string.Join(" · ",
                voice.AdjustmentFits.Select(f => PaperName(f.Adjustment, t) + ":\u00a0"
                    + w.AdjustmentFitShort.GetValueOrDefault(f.Fit, f.Fit).Replace(' ', '\u00a0')))),
        };
    }
}
