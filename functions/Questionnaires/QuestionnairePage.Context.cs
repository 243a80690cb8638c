using IpsMonitor.Questionnaires.Pages;

namespace IpsMonitor.Questionnaires;

internal static partial class QuestionnairePage
{
    /// <summary>For supervisors: which employee the check-in is about, as far as the candidate agreed it may be shown.</summary>
    private static AboutView? About(RespondentContext context, UiText text)
    {
        if (context.Respondent != Respondent.Supervisor)
            return null;
        var lines = new (string Label, string? Value)[]
        {
            (text.AboutEmployee, context.CandidateFirstName),
            (text.AboutJob, context.JobTitle),
            (text.AboutStart, context.JobStart is { } start ? text.Date(start) : null),
            (text.AboutCoach, context.CoachName),
        };
        return new AboutView(text.AboutTitle,
            [.. lines.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => new AboutLine(l.Label, l.Value ?? ""))]);
    }

    /// <summary>
    /// For supervisors: how to reach the coach, once the programme recorded the coach's name or phone; null for a
    /// candidate, whose pages name the coach in the urgent-help box.
    /// </summary>
    private static ReachView? Reach(RespondentContext? context, UiText text) =>
        context is { Respondent: Respondent.Supervisor }
        && (!string.IsNullOrWhiteSpace(context.CoachName) || Link.Dial(context.CoachPhone) is not null)
            ? new ReachView(text, context.CoachName, context.CoachPhone) { CoachEmail = context.CoachEmail } : null;

    /// <summary>For candidates: where urgent help is (the coach, the GP, the suicide prevention line); null for a supervisor.</summary>
    private static HelpView? Help(RespondentContext? context, UiText text) =>
        context?.Respondent == Respondent.Candidate ? new HelpView(text, context.CoachName, context.CoachPhone) : null;
}
