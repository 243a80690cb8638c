using IpsMonitor.Questionnaires;

namespace IpsMonitor.CheckIns;

internal static class QuestionnaireForm
{
    /// <summary>The form posts back to its own link (the cleaned token, so a glued-on ")" is gone from then on).</summary>
    public static Task<string> RenderAsync(RespondentPages.Session session, string lang, int step, IReadOnlyDictionary<string, string?> values,
        IReadOnlyDictionary<string, string> errors, IReadOnlyDictionary<string, string>? checks = null, IReadOnlyList<string>? notices = null) =>
        QuestionnairePage.QuestionsAsync(session.Definition, lang, step, values, errors, formAction: $"{session.Token}?lang={lang}",
            session.Context, checks, notices);
}
