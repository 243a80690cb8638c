using System.Text;
using IpsMonitor.CheckIns;

namespace IpsMonitor.Questionnaires;

internal static partial class QuestionnairePage
{
    /// <summary>For supervisors: which employee the check-in is about, as far as the candidate agreed it may be shown.</summary>
    private static string About(RespondentContext context, UiText text)
    {
        if (context.Respondent != Respondent.Supervisor)
            return "";
        var lines = new StringBuilder();
        void Line(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
                lines.Append($"<li><span class=\"about-label\">{Html.Encode(label)}:</span> {Html.Encode(value)}</li>\n");
        }

        Line(text.AboutEmployee, context.CandidateFirstName);
        Line(text.AboutJob, context.JobTitle);
        Line(text.AboutStart, context.JobStart is { } start ? text.Date(start) : null);
        Line(text.AboutCoach, context.CoachName);
        return lines.Length == 0 ? "" : $"""
            <div class="about" role="group" aria-labelledby="about-title">
            <h2 id="about-title">{Html.Encode(text.AboutTitle)}</h2>
            <ul>
            {lines}</ul>
            </div>

            """;
    }

    /// <summary>
    /// For candidates: the questionnaires are not a crisis channel, so every page says calmly where urgent help is: the
    /// coach (name and phone when the programme recorded them), the GP, and 113 Zelfmoordpreventie.
    /// </summary>
    private static string UrgentHelp(RespondentContext? context, UiText text)
    {
        if (context?.Respondent != Respondent.Candidate)
            return "";
        var name = context.CoachName?.Trim();
        var coach = (name, Html.Tel(context.CoachPhone)) switch
        {
            ({ Length: > 0 } n, { } tel) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Html.Encode(text.UrgentHelpCoachPhone), Html.Encode(n), tel),
            ({ Length: > 0 } n, null) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Html.Encode(text.UrgentHelpCoachName), Html.Encode(n)),
            _ => "",
        };
        var call = string.Format(System.Globalization.CultureInfo.InvariantCulture, Html.Encode(text.UrgentHelpCall), coach);
        var suicide = string.Format(System.Globalization.CultureInfo.InvariantCulture, Html.Encode(text.UrgentHelpSuicide), Html.Tel("113"), Html.Tel("0800-0113"));
        return $"""
            <div class="help" role="group" aria-labelledby="help-title">
            <h2 id="help-title">{Html.Encode(text.UrgentHelpTitle)}</h2>
            <p>{call}</p>
            <p>{suicide}</p>
            </div>

            """;
    }
}
