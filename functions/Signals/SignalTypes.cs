namespace IpsMonitor.Signals;

/// <summary>The signal types, as stored and reported. These strings are part of stored data: never rename one.</summary>
public static class SignalTypes
{
    public const string DevelopmentStagnation = "development_stagnation";
    public const string Decline = "decline";
    public const string HoursGap = "hours_gap";
    public const string Overload = "overload";
    public const string PerspectivesDiverge = "perspectives_diverge";
    public const string NoResponse = "no_response";
    public const string TimelineNoJobStart = "timeline_no_job_start";
    public const string TimelineJobEndedContact = "timeline_job_ended_contact";
    public const string TimelineNoCheckInSinceStart = "timeline_no_checkin_since_start";
    public const string TimelineTrialPastEnd = "timeline_trial_past_end";
    public const string TimelineAdjustmentReviewDue = "timeline_adjustment_review_due";
    public const string SupervisorConcern = "supervisor_concern";
    public const string TimelineNoContact = "timeline_no_contact";
    public const string AgreementOverdue = "agreement_overdue";
    public const string DriegesprekOverdue = "driegesprek_overdue";

    public static IReadOnlyList<string> All { get; } =
    [
        DevelopmentStagnation, Decline, HoursGap, Overload, PerspectivesDiverge, NoResponse,
        TimelineNoJobStart, TimelineJobEndedContact, TimelineNoCheckInSinceStart, TimelineTrialPastEnd, TimelineAdjustmentReviewDue,
        SupervisorConcern,
        TimelineNoContact,
        AgreementOverdue, DriegesprekOverdue,
    ];
}
