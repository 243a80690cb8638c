namespace IpsMonitor.Caseload;

/// <summary>Who took part in a driegesprek. The stored names never change meaning; a new one goes last.</summary>
public enum TalkParticipant
{
    Candidate,
    Supervisor,
    Coach,
    Other,
}

/// <summary>Who carries out an agreement of a driegesprek: the candidate, the supervisor or the coach.</summary>
public enum AgreementOwner
{
    Candidate,
    Supervisor,
    Coach,
}

/// <summary>Where an agreement stands on a day: done, still open, or past its due date and not done.</summary>
public enum AgreementState
{
    Open,
    Done,
    Overdue,
}

/// <summary>
/// One agreement of a driegesprek: what, who carries it out and by when. <see cref="DoneOn"/> is set once, when it is
/// marked done ("afgerond"); its id is unique within the job ("g1", "g2", …), so it can be marked done from any page.
/// </summary>
public sealed record Agreement(string Id, string Text, AgreementOwner Owner, DateOnly DueDate)
{
    public DateOnly? DoneOn { get; init; }

    /// <summary>Done on or before the day; overdue once the due date has passed (the due day itself still counts as on time).</summary>
    public AgreementState StateOn(DateOnly day) =>
        DoneOn is { } done && done <= day ? AgreementState.Done : day > DueDate ? AgreementState.Overdue : AgreementState.Open;
}

/// <summary>A planned build-up of contract hours: from so many to so many hours a week, reached by a date.</summary>
public sealed record HoursPlan(decimal From, decimal To, DateOnly By);

/// <summary>
/// What a driegesprek decided about one adjustment, as it was recorded in the talk. The adjustment's own history holds
/// the same decision (<see cref="AdjustmentDecision"/>), written by the same code as a decision taken on its own.
/// </summary>
public sealed record TalkDecision(string AdjustmentId, AdjustmentDecisionKind Decision, string Effect, DateOnly? NewReviewDate);

/// <summary>
/// A recorded driegesprek (candidate, supervisor and coach) about one job: the day and who took part, the agreements,
/// the decisions on the job's adjustments, the task changes, a planned hours build-up, development goals and the day of
/// the next talk. Kept on its job, oldest first, and never rewritten but for an agreement marked done.
/// </summary>
public sealed record Driegesprek(
    string Id, DateOnly Date, IReadOnlyList<TalkParticipant> Participants, IReadOnlyList<Agreement> Agreements,
    IReadOnlyList<TalkDecision> Decisions, string? NewTasks, string? TasksTakenAway, HoursPlan? Hours, string? DevelopmentGoals,
    DateOnly NextDate, string? CoachId)
{
    /// <summary>
    /// Set once the coach records that the candidate agreed to share the summary with the supervisor: until then the
    /// summary is neither shown for printing nor mailed.
    /// </summary>
    public SummarySharing? Sharing { get; init; }

    /// <summary>Whether new tasks were agreed: recorded task growth, which the stagnation rule counts as growth.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool AddsTasks => !string.IsNullOrWhiteSpace(NewTasks);
}

/// <summary>The candidate agreed to share a driegesprek's summary with the supervisor: the day and the coach who recorded it.</summary>
public sealed record SummarySharing(DateOnly AgreedOn, string? CoachId);
