namespace IpsMonitor.CheckIns;

public enum Respondent
{
    Candidate,
    Supervisor,
}

public enum InvitationState
{
    Open,
    Answered,
    Missed,
    Cancelled,
}

/// <summary>
/// One personal check-in link for one respondent. Once answered it carries the answers and the questionnaire version they
/// were given with, so later edits of a questionnaire never change past scores. A missed check-in never closes a case.
/// </summary>
public sealed record Invitation(
    string Id,
    string CandidateId,
    Respondent Respondent,
    string? JobId,
    DateOnly DueDate,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    InvitationState State,
    DateTimeOffset? AnsweredAt,
    string QuestionnaireId,
    int QuestionnaireVersion,
    IReadOnlyDictionary<string, Answer> Answers)
{
    /// <summary>When each reminder was mailed, earliest first; filled in only where a reader asked for it (the workbook).</summary>
    public IReadOnlyList<DateTimeOffset> RemindedAt { get; init; } = [];

    /// <summary>The last day the link works, to the end of that day in Amsterdam: the date every page and mail names.</summary>
    public DateOnly ValidThrough => Platform.ProgrammeTime.LastDay(ExpiresAt);

    /// <summary>When the answer window closed: at the answer, at expiry, or not yet.</summary>
    public DateTimeOffset? ClosedAt => State switch
    {
        InvitationState.Answered => AnsweredAt,
        InvitationState.Missed => ExpiresAt,
        _ => null,
    };
}

/// <summary>
/// One answer: scales, numbers and yes/no (1 or 0) as Number; single choice (the option id) and free text as Text.
/// </summary>
public sealed record Answer(decimal? Number, string? Text)
{
    public static Answer Of(decimal number) => new(number, null);

    public static Answer Of(bool yes) => new(yes ? 1 : 0, null);

    public static Answer Of(string text) => new(null, text);
}
