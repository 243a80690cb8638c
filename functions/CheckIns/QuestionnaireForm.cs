using IpsMonitor.Questionnaires;

namespace IpsMonitor.CheckIns;

internal static class QuestionnaireForm
{
    /// <summary>The form posts back to its own link; the language switch keeps the step.</summary>
    public static string Render(QuestionnaireDefinition definition, string token, string lang, int step,
        IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, string> errors)
    {
        var other = lang == "nl" ? "en" : "nl";
        return QuestionnairePage.Questions(definition, lang, step, values, errors,
            formAction: $"{token}?lang={lang}", languageSwitchUrl: $"{token}?lang={other}&step={step}");
    }
}
