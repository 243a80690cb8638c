using System.ComponentModel.DataAnnotations;

namespace IpsMonitor.Signals;

/// <summary>
/// Every threshold of the signal rules, bound from configuration section "Signals". Defaults follow IPS practice and the
/// default check-in cadence (every 4 weeks in the first 3 months of a job, every 8 weeks after). docs/signals.md gives the
/// reasoning in full. Changing a default changes what opens, so it goes with a new <see cref="RuleVersion"/>.
/// </summary>
public sealed class SignalRules : IValidatableObject
{
    /// <summary>The version stamped on every finding; bump it whenever a rule or a default changes meaning.</summary>
    public const string RuleVersion = "2026.4";

    public const string SectionName = "Signals";

    /// <summary>
    /// Months after a job start excluded from stagnation and hours gap (default 3): onboarding is learning and a
    /// planned build-up, not stagnation.
    /// </summary>
    [Range(0, 24)]
    public int OnboardingMonths { get; set; } = 3;

    /// <summary>
    /// Months of check-ins a trend rule looks back on (default 6): three post-onboarding check-ins at the 8-week
    /// cadence, recent enough to act on.
    /// </summary>
    [Range(2, 36)]
    public int RecentWindowMonths { get; set; } = 6;

    /// <summary>Fewest check-ins for a trend rule (default 3): two points are a difference, not a trend.</summary>
    [Range(2, 20)]
    public int MinimumCheckIns { get; set; } = 3;

    /// <summary>
    /// Fewest weeks the check-ins of a trend rule must span (default 8): one cadence interval after onboarding, so a
    /// bad week alone never makes a trend.
    /// </summary>
    [Range(1, 104)]
    public int MinimumSpanWeeks { get; set; } = 8;

    /// <summary>
    /// |RCI| at or above which a change is reliable (default 1.96): the Jacobson–Truax two-sided 95% criterion.
    /// </summary>
    [Range(1.0, 4.0)]
    public double ReliableChangeIndex { get; set; } = 1.96;

    /// <summary>
    /// Two-sided confidence of the Theil–Sen slope bound (default 0.95): the same 95% as the RCI, so both tests speak
    /// the same language.
    /// </summary>
    [Range(0.5, 0.999)]
    public double SlopeConfidence { get; set; } = 0.95;

    /// <summary>
    /// Hours a week the desired hours may exceed actual hours before stagnation counts it as ambition (default 2): one
    /// short week is everyday variation.
    /// </summary>
    [Range(0.5, 40)]
    public double AmbitionHoursMargin { get; set; } = 2;

    /// <summary>
    /// A fit answer (1–5) at or below this counts as work below the candidate's level (default 2): "disagree" or worse.
    /// </summary>
    [Range(1, 4)]
    public int LowFit { get; set; } = 2;

    /// <summary>
    /// Hours a week desired minus actual hours must reach for the hours gap (default 4): about half a working day, a
    /// real change in income and structure.
    /// </summary>
    [Range(1, 40)]
    public double HoursGapHours { get; set; } = 4;

    /// <summary>
    /// Consecutive check-ins the hours gap must hold without an increase (default 3): at the 8-week cadence that is
    /// four months of wanting more.
    /// </summary>
    [Range(2, 12)]
    public int HoursGapCheckIns { get; set; } = 3;

    /// <summary>
    /// Rise in hours worked a week, first to latest check-in in the window, that counts as more demand (default 4): the
    /// same half day as the hours gap.
    /// </summary>
    [Range(1, 40)]
    public double OverloadHoursRise { get; set; } = 4;

    /// <summary>
    /// Fall in energy or satisfaction (1–5), first to latest check-in in the window, that counts for overload (default
    /// 1): one full answer step, and it must come with rising demand.
    /// </summary>
    [Range(0.5, 4)]
    public double OverloadWellbeingDrop { get; set; } = 1;

    /// <summary>
    /// A workload answer (1–5) at or above this is "too much" (default 4): 3 is "about right" on the scale.
    /// </summary>
    [Range(3, 5)]
    public int OverloadWorkload { get; set; } = 4;

    /// <summary>
    /// Most days between a candidate and a supervisor check-in that are compared (default 21): within one onboarding
    /// interval they describe the same period.
    /// </summary>
    [Range(1, 90)]
    public int DivergenceMaxDaysApart { get; set; } = 21;

    /// <summary>
    /// Points apart on the 0–10 work ability items that count as diverging (default 3): above twice the usual
    /// single-item measurement error of about 1.3 points.
    /// </summary>
    [Range(1, 10)]
    public double DivergenceWorkAbilityPoints { get; set; } = 3;

    /// <summary>
    /// Points apart on the 1–5 fit items that count as diverging (default 2): two answer steps, e.g. "agree" against
    /// "disagree".
    /// </summary>
    [Range(1, 4)]
    public double DivergenceFitPoints { get; set; } = 2;

    /// <summary>
    /// Consecutive missed check-ins of one respondent before outreach is advised (default 2): one missed link is life,
    /// two is a pattern.
    /// </summary>
    [Range(1, 12)]
    public int NoResponseMissed { get; set; } = 2;

    /// <summary>
    /// Consecutive missed check-ins that make no response urgent (default 3): at the 8-week cadence that is four months
    /// without contact.
    /// </summary>
    [Range(2, 24)]
    public int NoResponseUrgentMissed { get; set; } = 3;

    /// <summary>
    /// Months without a job, after referral or the last job's end, before attention (default 6): IPS aims at a first
    /// employer contact within a month and a start well within half a year.
    /// </summary>
    [Range(1, 36)]
    public int NoJobStartMonths { get; set; } = 6;

    /// <summary>
    /// Months without a job that make it urgent (default 12): a year without work asks for a review of the job search
    /// plan.
    /// </summary>
    [Range(2, 60)]
    public int NoJobStartUrgentMonths { get; set; } = 12;

    /// <summary>
    /// Days after a job end within which the coach should make contact (default 3): time-unlimited support means the
    /// coach is there right after a loss.
    /// </summary>
    [Range(1, 30)]
    public int JobEndedContactDays { get; set; } = 3;

    /// <summary>
    /// Days the job-ended signal stays open without a later check-in or new job (default 14): then no response and no
    /// job start take over.
    /// </summary>
    [Range(1, 90)]
    public int JobEndedOpenDays { get; set; } = 14;

    /// <summary>
    /// Weeks after a job start without any answered check-in before attention (default 6): the first check-in is due at
    /// 4 weeks, so this allows one late answer.
    /// </summary>
    [Range(1, 52)]
    public int NoCheckInSinceStartWeeks { get; set; } = 6;

    /// <summary>
    /// Weeks without a logged contact with the candidate, in the first year of a running job, before attention (default
    /// 5): IPS fidelity expects contact at least monthly in that year, so this allows a month and one late week.
    /// </summary>
    [Range(1, 26)]
    public int NoContactWeeks { get; set; } = 5;

    /// <summary>
    /// Checks between settings that a single range cannot express; ValidateDataAnnotations runs it too.
    /// </summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (NoResponseUrgentMissed < NoResponseMissed)
            yield return new ValidationResult("NoResponseUrgentMissed must be at least NoResponseMissed.", [nameof(NoResponseUrgentMissed)]);
        if (NoJobStartUrgentMonths < NoJobStartMonths)
            yield return new ValidationResult("NoJobStartUrgentMonths must be at least NoJobStartMonths.", [nameof(NoJobStartUrgentMonths)]);
        if (JobEndedOpenDays < JobEndedContactDays)
            yield return new ValidationResult("JobEndedOpenDays must be at least JobEndedContactDays.", [nameof(JobEndedOpenDays)]);
    }
}
