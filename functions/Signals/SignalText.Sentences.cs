using System.Globalization;

namespace IpsMonitor.Signals;

/// <summary>
/// The one place a signal's facts become a sentence. Numbers and dates are written with the language's culture from
/// <see cref="Languages.Culture"/>; numbers are rounded to one decimal the way they always were (half to even).
/// </summary>
public sealed partial record SignalText
{
    private CultureInfo Culture => Languages.Culture(Lang);

    /// <summary>
    /// The explanation of a stored signal in this language; a row from before facts shows its recorded sentence.
    /// </summary>
    public string Explain(StoredSignal signal) => Sentence(signal.Facts);

    public string Explain(SignalFinding finding) => Sentence(finding.Facts);

    public string Sentence(SignalFacts facts) => facts switch
    {
        DeclineFacts f => Format(Decline, Date(f.On), Item(f.ItemId), Number(f.Latest), Number(f.Baseline)),
        StagnationFacts { SupervisorReady: { } step, SupervisorReadyOn: { } on } f => Format(StagnationSupervisorReady,
            MonthsText(f.Months), Join(Reasons(f)), NextSteps.GetValueOrDefault(step) ?? step, Date(on)),
        StagnationFacts f => Format(Stagnation, MonthsText(f.Months), Join(Reasons(f))),
        HoursGapFacts f => Format(HoursGap, f.CheckIns, Number(f.Desired), Number(f.Worked), Date(f.Since)),
        OverloadFacts f => Format(Overload, Date(f.Since), Join(Demands(f)), Join(f.Falls.Select(Fell).ToList())),
        DivergenceFacts f => Format(Divergence, Item(f.ItemId), Number(f.Candidate), Number(f.Supervisor), f.ScaleTop,
            Date(f.CandidateDate), Date(f.SupervisorDate)),
        NoResponseFacts f => Format(f.Respondent == Respondent.Candidate ? NoResponseCandidate : NoResponseSupervisor,
            f.Missed, Date(f.Since)),
        NoJobStartFacts f => Format(f.AfterJob ? NoJobStartAfterJob : NoJobStart, MonthsText(f.Months), Date(f.Since)),
        JobEndedFacts f => Format(JobEndedContact, Date(f.Ended), Date(f.ContactBy)),
        NoCheckInSinceStartFacts f => Format(NoCheckInSinceStart, Date(f.Start), f.Weeks),
        NoContactFacts f => Format(f.AfterContact ? NoContact : NoContactSinceStart, Date(f.Since), f.Weeks),
        TrialPastEndFacts f => Format(TrialPastEnd, Date(f.TrialEnd), f.Days),
        AdjustmentReviewFacts { Kinds.Count: 1 } f => Format(AdjustmentReviewDue, Adjustment(f.Kinds[0]), Date(f.Since)),
        AdjustmentReviewFacts f => Format(AdjustmentsReviewDue, f.Kinds.Count, Date(f.Since),
            Join(f.Kinds.Select(Adjustment).ToList())),
        SupervisorConcernFacts { NotFitting.Count: > 0 } f => Format(f.Concerns ? SupervisorConcernAndNamed : SupervisorNamedNotFitting,
            Date(f.CheckInDate), Join(f.NotFitting.Select(Adjustment).ToList())),
        SupervisorConcernFacts f => Format(
            f switch
            {
                { Concerns: true, AdjustmentsNotFitting: true } => SupervisorConcernAndAdjustments,
                { AdjustmentsNotFitting: true } => SupervisorAdjustmentsNotFitting,
                _ => SupervisorConcern,
            },
            Date(f.CheckInDate)),
        AgreementOverdueFacts { Count: 1 } f => Format(AgreementOverdue, Date(f.DueDate)),
        AgreementOverdueFacts f => Format(AgreementsOverdue, f.Count, Date(f.DueDate)),
        DriegesprekOverdueFacts f => Format(DriegesprekOverdue, Date(f.Planned), Date(f.LastTalk)),
        RecordedSentences f => f.Sentences.GetValueOrDefault(Lang)
            ?? f.Sentences.GetValueOrDefault(Languages.Default) ?? "",
        _ => "",
    };

    /// <summary>In the order the rule weighs them, so the sentence reads the same for the same answers.</summary>
    private List<string> Reasons(StagnationFacts f)
    {
        var reasons = new List<string>(4);
        if (f.WantsChallenge)
            reasons.Add(StagnationWantsChallenge);
        if (f is { DesiredHours: { } desired, ActualHours: { } actual })
            reasons.Add(Format(StagnationHours, Number(desired), Number(actual)));
        if (f.Fit is { } fit)
            reasons.Add(Format(StagnationLowFit, Number(fit)));
        if (f.NoGoals)
            reasons.Add(StagnationNoGoals);
        return reasons;
    }

    private List<string> Demands(OverloadFacts f)
    {
        var demands = new List<string>(2);
        if (f.Hours is { } hours)
            demands.Add(Format(OverloadHours, Number(hours.To), Number(hours.From)));
        if (f.Workload is { } workload)
        {
            var template = f.Hours is null ? OverloadWorkload : OverloadWorkloadToo;
            demands.Add(Format(template, Number(workload.To), Number(workload.From)));
        }
        return demands;
    }

    private string Fell(ItemChange change) =>
        Format(OverloadFell, Item(change.ItemId), Number(change.From), Number(change.To));

    private string Format(string template, params object[] args) => string.Format(Culture, template, args);

    private string Number(double value) => Math.Round(value, 1).ToString("0.#", Culture);

    private string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    private string MonthsText(int months) => months == 1 ? OneMonth : Format(Months, months);

    private string Item(string itemId) => Items.GetValueOrDefault(itemId) ?? itemId;

    private string Adjustment(Caseload.AdjustmentKind kind) => Adjustments.GetValueOrDefault(kind) ?? OtherAdjustment;

    /// <summary>"a", "a en b", "a, b en c": lists read as a sentence.</summary>
    private string Join(IReadOnlyList<string> parts) => parts.Count switch
    {
        0 => "",
        1 => parts[0],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + And + parts[^1],
    };
}

/// <summary>Shorthands for "this signal's explanation in that language", all asking <see cref="SignalText"/>.</summary>
public static class SignalExplanations
{
    public static string Explanation(this StoredSignal signal, string? lang) => SignalText.For(lang).Explain(signal);

    public static string Explanation(this SignalFinding finding, string? lang) => SignalText.For(lang).Explain(finding);
}
