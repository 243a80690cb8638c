using IpsMonitor.Questionnaires;

namespace IpsMonitor.Workspace;

/// <summary>
/// The supervisor's latest answered check-in as the coach reads it: whether there are concerns to discuss and the
/// comment, the next step the supervisor sees, and whether the agreed adjustments still fit (all at once up to version 2
/// of the check-in, each on its own since), with the day it was answered and the supervisor's name as recorded on the job.
/// For the coach only: never on a candidate's page.
/// </summary>
internal sealed record SupervisorVoice(
    DateOnly Date, string? Name, bool? Concerns, string? Comment, string? NextStep, string? AdjustmentsFit)
{
    /// <summary>Each adjustment of the job the supervisor rated, in the job's order, with the option chosen.</summary>
    public IReadOnlyList<(Adjustment Adjustment, string Fit)> AdjustmentFits { get; init; } = [];

    /// <summary>
    /// The latest supervisor check-in about <paramref name="current"/>, the job the driegesprek is about. Null when none,
    /// and without an open job: a former supervisor's words about an ended job are history (the check-in list keeps them).
    /// </summary>
    public static SupervisorVoice? Latest(IReadOnlyList<Invitation> invitations, IReadOnlyList<Job> jobs, Job? current)
    {
        // Without a running job there is no supervisor to talk with: a former one's words are history, not the agenda's.
        if (current is null)
            return null;
        Invitation? latest = null;
        var latestAt = DateTimeOffset.MinValue;
        foreach (var invitation in invitations)
        {
            if (invitation is not { Respondent: Respondent.Supervisor, State: InvitationState.Answered, AnsweredAt: { } at }
                || invitation.JobId != current.Id)
                continue;
            if (latest is null || at > latestAt)
                (latest, latestAt) = (invitation, at);
        }
        if (latest is null)
            return null;
        var answers = latest.Answers;
        var name = jobs.FirstOrDefault(j => j.Id == latest.JobId)?.Supervisor.Name?.Trim();
        var comment = answers.GetValueOrDefault(ItemIds.SupervisorComments)?.Text?.Trim();
        return new SupervisorVoice(
            Platform.ProgrammeTime.DateOf(latestAt),
            string.IsNullOrEmpty(name) ? null : name,
            answers.GetValueOrDefault(ItemIds.SupervisorConcerns)?.Number is { } concerns ? concerns >= 1 : null,
            string.IsNullOrEmpty(comment) ? null : comment,
            answers.GetValueOrDefault(ItemIds.SupervisorReadyForMore)?.Text,
            answers.GetValueOrDefault(ItemIds.SupervisorAdjustmentsFit)?.Text)
        {
            AdjustmentFits = [.. current.Adjustments
                .Select(a => (a, answers.GetValueOrDefault(QuestionnaireDefinition.PerAdjustmentId(ItemIds.SupervisorAdjustmentFit, a.Id))?.Text))
                .Where(x => x.Text is not null)
                .Select(x => (x.a, x.Text ?? ""))],
        };
    }
}
