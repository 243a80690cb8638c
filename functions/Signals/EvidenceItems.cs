namespace IpsMonitor.Signals;

/// <summary>
/// Evidence item ids for facts that are not answers (the value then says what happened). Answers use the questionnaire's
/// own item ids (see Questionnaires.ItemIds).
/// </summary>
public static class EvidenceItems
{
    public const string Referral = "referral";                 // value: referral date
    public const string JobStart = "job_start";                // value: job id
    public const string JobEnd = "job_end";                    // value: job id
    public const string TrialEnd = "trial_end";                // value: job id
    public const string AdjustmentReview = "adjustment_review"; // value: adjustment kind
    public const string Missed = "missed";                     // value: the respondent
    public const string SupervisorConcern = "supervisor_concern"; // value: what the supervisor's check-in raised (below)
    public const string Contact = "contact";                   // value: with whom (candidate or both)
    public const string Baseline = "baseline";                 // value: the baseline mean a change was measured from
    public const string Agreement = "agreement";               // value: job id/agreement id (date: its due date)
    public const string NextDriegesprek = "next_driegesprek";  // value: job id (date: the planned day)
    public const string AdjustmentNotFitting = "adjustment_not_fitting"; // value: job id/adjustment id (date: the check-in's)

    /// <summary>What a supervisor check-in raised, as the value of a <see cref="SupervisorConcern"/> evidence item.</summary>
    public const string RaisedConcerns = "concerns";

    /// <summary>The supervisor answered that the agreed adjustments no longer fit.</summary>
    public const string RaisedAdjustmentsNotFitting = "adjustments_not_fitting";
}
