namespace IpsMonitor.CheckIns;

/// <summary>An invitation as staff see it: its state, never its answers' content or its token.</summary>
public sealed record InvitationDto(
    string Id, Respondent Respondent, string? JobId, DateOnly DueDate, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt,
    InvitationState State, DateTimeOffset? AnsweredAt, string Questionnaire, int QuestionnaireVersion)
{
    /// <summary>The last day the link works, to the end of that day in Amsterdam: the date the page and the mail name.</summary>
    public DateOnly ValidThrough => Platform.ProgrammeTime.LastDay(ExpiresAt);
}

/// <summary>A link, shown once: only its hash is stored.</summary>
public sealed record LinkDto(InvitationDto Invitation, string Link, bool Emailed);

/// <summary>jobId names the job whose supervisor the link is for; needed only when the candidate has more than one current job.</summary>
public sealed record LinkRequest(Respondent? Respondent, bool? SendByEmail, string? JobId = null);

internal static class InvitationDtos
{
    public static InvitationDto AsDto(this Invitation i) =>
        new(i.Id, i.Respondent, i.JobId, i.DueDate, i.CreatedAt, i.ExpiresAt, i.State, i.AnsweredAt, i.QuestionnaireId, i.QuestionnaireVersion);
}
