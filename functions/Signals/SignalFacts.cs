using System.Text.Json.Serialization;

namespace IpsMonitor.Signals;

/// <summary>
/// What a rule found, as facts rather than words: the numbers, dates, items and counts its sentence needs. A signal
/// stores these (JSON, tagged with the signal type) and <see cref="SignalText"/> puts them into a sentence in the reader's
/// language when it is shown, so a new language needs a text record, never a change to stored rows. Numbers are as the
/// rule measured them; rounding is the sentence's business. The tags are stored data: never rename one.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(DeclineFacts), SignalTypes.Decline)]
[JsonDerivedType(typeof(StagnationFacts), SignalTypes.DevelopmentStagnation)]
[JsonDerivedType(typeof(HoursGapFacts), SignalTypes.HoursGap)]
[JsonDerivedType(typeof(OverloadFacts), SignalTypes.Overload)]
[JsonDerivedType(typeof(DivergenceFacts), SignalTypes.PerspectivesDiverge)]
[JsonDerivedType(typeof(NoResponseFacts), SignalTypes.NoResponse)]
[JsonDerivedType(typeof(NoJobStartFacts), SignalTypes.TimelineNoJobStart)]
[JsonDerivedType(typeof(JobEndedFacts), SignalTypes.TimelineJobEndedContact)]
[JsonDerivedType(typeof(NoCheckInSinceStartFacts), SignalTypes.TimelineNoCheckInSinceStart)]
[JsonDerivedType(typeof(TrialPastEndFacts), SignalTypes.TimelineTrialPastEnd)]
[JsonDerivedType(typeof(AdjustmentReviewFacts), SignalTypes.TimelineAdjustmentReviewDue)]
[JsonDerivedType(typeof(SupervisorConcernFacts), SignalTypes.SupervisorConcern)]
[JsonDerivedType(typeof(NoContactFacts), SignalTypes.TimelineNoContact)]
[JsonDerivedType(typeof(AgreementOverdueFacts), SignalTypes.AgreementOverdue)]
[JsonDerivedType(typeof(DriegesprekOverdueFacts), SignalTypes.DriegesprekOverdue)]
[JsonDerivedType(typeof(RecordedSentences), "recorded")]
public abstract record SignalFacts;

/// <summary>The latest answer to an item against the mean of the earlier answers in the window.</summary>
public sealed record DeclineFacts(string ItemId, DateOnly On, double Latest, double Baseline) : SignalFacts;

/// <summary>
/// Months without growth, and what the candidate's latest answers say they want: each reason that holds is present
/// (desired and actual hours come together).
/// </summary>
public sealed record StagnationFacts(
    int Months, bool WantsChallenge, double? DesiredHours, double? ActualHours, double? Fit, bool NoGoals) : SignalFacts
{
    /// <summary>
    /// The supervisor's latest "next step" in the window when it is more hours, more tasks or both while the candidate
    /// wants more too (the option id), and the day of that check-in: one more reason to talk, never a reason on its own.
    /// </summary>
    public string? SupervisorReady { get; init; }

    public DateOnly? SupervisorReadyOn { get; init; }
}

/// <summary>The run of check-ins wanting more hours, the latest desired and worked hours, and the first day of the run.</summary>
public sealed record HoursGapFacts(int CheckIns, double Desired, double Worked, DateOnly Since) : SignalFacts;

/// <summary>
/// Rising demand (hours worked and/or workload, first to latest answer) while wellbeing items fell, since the first
/// check-in of the window.
/// </summary>
public sealed record OverloadFacts(
    DateOnly Since, Change? Hours, Change? Workload, IReadOnlyList<ItemChange> Falls) : SignalFacts;

/// <summary>A value from the first to the latest answer in a window.</summary>
public sealed record Change(double From, double To);

/// <summary>An item's value from the first to the latest answer in a window.</summary>
public sealed record ItemChange(string ItemId, double From, double To);

/// <summary>The latest candidate answer and the supervisor answer paired with it, on a scale up to ScaleTop.</summary>
public sealed record DivergenceFacts(
    string ItemId, double Candidate, double Supervisor, int ScaleTop, DateOnly CandidateDate, DateOnly SupervisorDate)
    : SignalFacts;

/// <summary>Consecutive missed check-ins of one respondent and the due date of the first of them.</summary>
public sealed record NoResponseFacts(Respondent Respondent, int Missed, DateOnly Since) : SignalFacts;

/// <summary>Whole months without a job, counted from the referral or, when AfterJob, from the last job's end.</summary>
public sealed record NoJobStartFacts(bool AfterJob, int Months, DateOnly Since) : SignalFacts;

/// <summary>The day a job ended and the day by which the coach should make contact.</summary>
public sealed record JobEndedFacts(DateOnly Ended, DateOnly ContactBy) : SignalFacts;

/// <summary>The day counting started (job start, or the referral for a job held before it) and whole weeks since.</summary>
public sealed record NoCheckInSinceStartFacts(DateOnly Start, int Weeks) : SignalFacts;

/// <summary>The agreed end of a trial placement and the days since.</summary>
public sealed record TrialPastEndFacts(DateOnly TrialEnd, int Days) : SignalFacts;

/// <summary>The adjustments past their review date, earliest review first, and the earliest review date.</summary>
public sealed record AdjustmentReviewFacts(IReadOnlyList<AdjustmentKind> Kinds, DateOnly Since) : SignalFacts;

/// <summary>
/// The supervisor check-in that raised a concern, by its date: whether the supervisor said there is a concern to discuss,
/// and whether the agreed adjustments no longer fit. Never the supervisor's comment: that is read on the candidate page.
/// </summary>
public sealed record SupervisorConcernFacts(DateOnly CheckInDate, bool Concerns, bool AdjustmentsNotFitting) : SignalFacts
{
    /// <summary>The kinds of the adjustments rated "no longer fits" one by one (from version 3 of the check-in), in job order.</summary>
    public IReadOnlyList<AdjustmentKind> NotFitting { get; init; } = [];
}

/// <summary>
/// No logged contact with the candidate since a day: the latest contact (AfterContact) or else the job start; and the
/// whole weeks since.
/// </summary>
public sealed record NoContactFacts(DateOnly Since, int Weeks, bool AfterContact) : SignalFacts;

/// <summary>
/// A signal stored before signals kept facts: only its sentences remain, one per language it was written in. It is
/// shown as written; a later evaluation of the same condition replaces it with facts.
/// </summary>
public sealed record RecordedSentences(IReadOnlyDictionary<string, string> Sentences) : SignalFacts;

/// <summary>Agreements of a recorded driegesprek past their due date and not done: how many, and the earliest due date.</summary>
public sealed record AgreementOverdueFacts(int Count, DateOnly DueDate) : SignalFacts;

/// <summary>The next driegesprek planned at the last one has not been recorded: the day it was planned, and the last talk's day.</summary>
public sealed record DriegesprekOverdueFacts(DateOnly Planned, DateOnly LastTalk) : SignalFacts;
