namespace IpsMonitor.Questionnaires;

/// <summary>
/// What a page may say around the questions: the coach's name and phone (from the coach's record in the programme), for
/// a candidate's urgent-help line and for a supervisor to reach the coach. For supervisors also which employee the
/// check-in is about, as far as the candidate agreed: the job title and start date, and a first name only when the coach
/// recorded one for this with consent.
/// </summary>
internal sealed record RespondentContext(
    Respondent Respondent,
    string? CoachName = null,
    string? CoachPhone = null,
    string? JobTitle = null,
    DateOnly? JobStart = null,
    string? CandidateFirstName = null)
{
    /// <summary>The coach's e-mail address, where recorded: shown to supervisors beside the phone.</summary>
    public string? CoachEmail { get; init; }
}
