using IpsMonitor.Caseload;
using IpsMonitor.Platform;

namespace IpsMonitor.Signals;

/// <summary>
/// The words of the signal explanations in one staff language: one template per signal type (composite format, so each
/// language orders the facts its own way) and the names of the things a sentence mentions. Sentences are made from the
/// stored facts when shown (see SignalText.Sentences.cs); a staff language is one more file next to SignalText.nl.json.
/// Every sentence is advice for the coach, never a verdict on the person.
/// </summary>
public sealed partial record SignalText : ITextRecord
{
    public required string Lang { get; init; }

    /// <summary>The last separator of a list read as a sentence: "a, b en c".</summary>
    public required string And { get; init; }
    public required string OneMonth { get; init; }
    /// <summary>{0} months, more than one.</summary>
    public required string Months { get; init; }

    /// <summary>Names of the answered items a sentence mentions, by questionnaire item id, with their article.</summary>
    public required IReadOnlyDictionary<string, string> Items { get; init; }
    /// <summary>Names of the workplace adjustments, as they read inside a sentence.</summary>
    public required IReadOnlyDictionary<AdjustmentKind, string> Adjustments { get; init; }
    public required string OtherAdjustment { get; init; }

    /// <summary>{0} date of the latest answer, {1} item, {2} latest value, {3} earlier mean.</summary>
    public required string Decline { get; init; }

    /// <summary>{0} months without growth, {1} the reasons joined.</summary>
    public required string Stagnation { get; init; }
    public required string StagnationWantsChallenge { get; init; }
    /// <summary>{0} desired hours, {1} actual hours.</summary>
    public required string StagnationHours { get; init; }
    /// <summary>{0} the fit answer (1–5).</summary>
    public required string StagnationLowFit { get; init; }
    public required string StagnationNoGoals { get; init; }

    /// <summary>{0} check-ins in the run, {1} desired hours, {2} worked hours, {3} first day of the run.</summary>
    public required string HoursGap { get; init; }

    /// <summary>{0} since, {1} the rising demands joined, {2} the falls joined.</summary>
    public required string Overload { get; init; }
    /// <summary>{0} latest hours worked, {1} first.</summary>
    public required string OverloadHours { get; init; }
    /// <summary>{0} latest workload, {1} first; the candidate is the subject.</summary>
    public required string OverloadWorkload { get; init; }
    /// <summary>As <see cref="OverloadWorkload"/>, after the hours, so the subject was named already.</summary>
    public required string OverloadWorkloadToo { get; init; }
    /// <summary>{0} item, {1} first value, {2} latest.</summary>
    public required string OverloadFell { get; init; }

    /// <summary>
    /// {0} item, {1} candidate's value, {2} supervisor's, {3} top of the scale, {4} and {5} their dates.
    /// </summary>
    public required string Divergence { get; init; }

    /// <summary>{0} missed check-ins, {1} due date of the first missed one.</summary>
    public required string NoResponseCandidate { get; init; }
    /// <summary>{0} missed check-ins, {1} due date of the first missed one.</summary>
    public required string NoResponseSupervisor { get; init; }

    /// <summary>{0} months, {1} referral date.</summary>
    public required string NoJobStart { get; init; }
    /// <summary>{0} months, {1} end of the last job.</summary>
    public required string NoJobStartAfterJob { get; init; }
    /// <summary>{0} end date, {1} contact deadline.</summary>
    public required string JobEndedContact { get; init; }
    /// <summary>{0} start date, {1} weeks since.</summary>
    public required string NoCheckInSinceStart { get; init; }
    /// <summary>{0} agreed end of the trial, {1} days since.</summary>
    public required string TrialPastEnd { get; init; }
    /// <summary>{0} the adjustment, {1} its review date.</summary>
    public required string AdjustmentReviewDue { get; init; }
    /// <summary>{0} number of adjustments, {1} the earliest review date, {2} the adjustments joined.</summary>
    public required string AdjustmentsReviewDue { get; init; }

    internal static readonly TextTable<SignalText> Table = TextTable<SignalText>.Load(Languages.Staff);

    public static SignalText Nl => Table.For(Languages.Dutch);
    public static SignalText En => Table.For(Languages.English);

    public static SignalText For(string? lang) => Table.For(lang);
}
