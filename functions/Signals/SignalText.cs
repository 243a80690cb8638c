namespace IpsMonitor.Signals;

/// <summary>
/// The words of the signal explanations in one staff language: one template per signal type (composite format, so each
/// language orders the facts its own way) and the names of the things a sentence mentions. Sentences are made from the
/// stored facts when shown (see SignalText.Sentences.cs); a staff language is one more file next to SignalText.nl.json.
/// Every sentence is advice for the coach, never a verdict on the person.
/// </summary>
/// <param name="And">The last separator of a list read as a sentence: "a, b en c".</param>
/// <param name="Months">{0} months, more than one.</param>
/// <param name="Items">Names of the answered items a sentence mentions, by questionnaire item id, with their
/// article.</param>
/// <param name="Adjustments">Names of the workplace adjustments, as they read inside a sentence.</param>
/// <param name="Decline">{0} date of the latest answer, {1} item, {2} latest value, {3} earlier mean.</param>
/// <param name="Stagnation">{0} months without growth, {1} the reasons joined.</param>
/// <param name="StagnationHours">{0} desired hours, {1} actual hours.</param>
/// <param name="StagnationLowFit">{0} the fit answer (1–5).</param>
/// <param name="NextSteps">The supervisor's "next step" options that mean more, as they read inside a sentence.</param>
/// <param name="StagnationSupervisorReady">As <see cref="Stagnation"/>, when the supervisor sees room for more too: {2}
/// the next step, {3} the day of that check-in.</param>
/// <param name="HoursGap">{0} check-ins in the run, {1} desired hours, {2} worked hours, {3} first day of the
/// run.</param>
/// <param name="Overload">{0} since, {1} the rising demands joined, {2} the falls joined.</param>
/// <param name="OverloadHours">{0} latest hours worked, {1} first.</param>
/// <param name="OverloadWorkload">{0} latest workload, {1} first; the candidate is the subject.</param>
/// <param name="OverloadWorkloadToo">As <see cref="OverloadWorkload"/>, after the hours, so the subject was named
/// already.</param>
/// <param name="OverloadFell">{0} item, {1} first value, {2} latest.</param>
/// <param name="Divergence">{0} item, {1} candidate's value, {2} supervisor's, {3} top of the scale, {4} and {5} their
/// dates.</param>
/// <param name="NoResponseCandidate">{0} missed check-ins, {1} due date of the first missed one.</param>
/// <param name="NoResponseSupervisor">{0} missed check-ins, {1} due date of the first missed one.</param>
/// <param name="NoJobStart">{0} months, {1} referral date.</param>
/// <param name="NoJobStartAfterJob">{0} months, {1} end of the last job.</param>
/// <param name="JobEndedContact">{0} end date, {1} contact deadline.</param>
/// <param name="NoCheckInSinceStart">{0} start date, {1} weeks since.</param>
/// <param name="TrialPastEnd">{0} agreed end of the trial, {1} days since.</param>
/// <param name="AdjustmentReviewDue">{0} the adjustment, {1} its review date.</param>
/// <param name="AdjustmentsReviewDue">{0} number of adjustments, {1} the earliest review date, {2} the adjustments
/// joined.</param>
/// <param name="SupervisorConcern">{0} the day of the supervisor check-in that raised a concern; likewise
/// <paramref name="SupervisorAdjustmentsNotFitting"/> and <paramref name="SupervisorConcernAndAdjustments"/>.</param>
/// <param name="SupervisorNamedNotFitting">{0} the day of the check-in, {1} the adjustments it rated "no longer fits", joined;
/// <paramref name="SupervisorConcernAndNamed"/> likewise, with a concern raised too.</param>
/// <param name="NoContact">{0} the day of the latest contact with the candidate, {1} whole weeks since;
/// <paramref name="NoContactSinceStart"/> likewise from the job start when no contact was logged since.</param>
/// <param name="AgreementOverdue">{0} the due date of the one agreement overdue.</param>
/// <param name="AgreementsOverdue">{0} how many agreements are overdue, {1} the earliest due date.</param>
/// <param name="DriegesprekOverdue">{0} the day the next driegesprek was planned, {1} the day of the last one.</param>
public sealed partial record SignalText(
    string Lang,
    string And, string OneMonth, string Months,
    IReadOnlyDictionary<string, string> Items, IReadOnlyDictionary<AdjustmentKind, string> Adjustments,
    string OtherAdjustment,
    string Decline,
    string Stagnation, string StagnationWantsChallenge, string StagnationHours, string StagnationLowFit,
    string StagnationNoGoals, IReadOnlyDictionary<string, string> NextSteps, string StagnationSupervisorReady,
    string HoursGap,
    string Overload, string OverloadHours, string OverloadWorkload, string OverloadWorkloadToo, string OverloadFell,
    string Divergence,
    string NoResponseCandidate, string NoResponseSupervisor,
    string NoJobStart, string NoJobStartAfterJob, string JobEndedContact, string NoCheckInSinceStart,
    string TrialPastEnd, string AdjustmentReviewDue, string AdjustmentsReviewDue,
    string SupervisorConcern, string SupervisorAdjustmentsNotFitting, string SupervisorConcernAndAdjustments,
    string SupervisorNamedNotFitting, string SupervisorConcernAndNamed,
    string NoContact, string NoContactSinceStart,
    string AgreementOverdue, string AgreementsOverdue, string DriegesprekOverdue)
    : ITextRecord
{
    internal static readonly TextTable<SignalText> Table = TextTable<SignalText>.Load(Languages.Staff);

    public static SignalText Nl => Table.For(Languages.Dutch);
    public static SignalText En => Table.For(Languages.English);

    public static SignalText For(string? lang) => Table.For(lang);
}
