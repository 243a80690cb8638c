using IpsMonitor.Questionnaires.Pages;

namespace IpsMonitor.Questionnaires;

/// <summary>
/// The respondent's pages as complete HTML documents: server-rendered, no JavaScript, every dynamic string encoded by
/// Razor. A page only ever gets one definition and that respondent's own values, so it cannot show anyone else's answers.
/// </summary>
internal static partial class QuestionnairePage
{
    /// <summary>The action of a language switch, "language-fr": it posts the screen like "next" does, so nothing typed is lost.</summary>
    public const string SwitchLanguage = "language";

    public static string SwitchTo(string lang) => SwitchLanguage + "-" + lang;

    /// <summary>The language a switch asks for, when the action is a switch to a page language; else null.</summary>
    public static string? SwitchedTo(string? action) =>
        action is not null && action.StartsWith(SwitchLanguage + "-", StringComparison.Ordinal)
            ? Languages.Supported(action[(SwitchLanguage.Length + 1)..], Languages.Respondent)
            : null;

    /// <summary>
    /// One screen (group) of a questionnaire. The form posts the current screen's fields, the answers of the other screens
    /// as hidden fields, "step", "lang" and the pressed button as "action": "back", "next", a language switch or, on the
    /// last screen, "submit". Checks are "Klopt dit?" questions still open; notices are said once at the top (an answer
    /// that was not kept when going back).
    /// </summary>
    public static Task<string> QuestionsAsync(
        QuestionnaireDefinition definition,
        string lang,
        int step,
        IReadOnlyDictionary<string, string?> values,
        IReadOnlyDictionary<string, string> errors,
        string formAction,
        RespondentContext? context = null,
        IReadOnlyDictionary<string, string>? checks = null,
        IReadOnlyList<string>? notices = null) =>
        Views.RenderAsync<QuestionnaireScreen>(new Dictionary<string, object?>
        {
            [nameof(QuestionnaireScreen.Screen)] =
                Screen(definition, lang, step, values, errors, formAction, context, checks ?? new Dictionary<string, string>(), notices),
        });

    private static ScreenView Screen(QuestionnaireDefinition definition, string lang, int step,
        IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, string> errors, string formAction,
        RespondentContext? context, IReadOnlyDictionary<string, string> checks, IReadOnlyList<string>? notices)
    {
        var text = UiText.For(lang);
        lang = text.Lang;
        var steps = definition.Groups.Count;
        step = Math.Clamp(step, 1, steps);
        var group = definition.Groups[step - 1];
        var progress = text.Format(text.StepOf, step, steps);
        var shown = group.Items.Select(i => i.Id).ToHashSet();
        var questions = Plausibility.Questions(AnswerForm.Parse(definition, [], values, lang).Answers, text);
        var title = $"{group.Title[lang]} – {progress} – {definition.Title[lang]}";
        return new ScreenView
        {
            Text = text,
            PageTitle = errors.Count > 0 ? $"{text.ErrorPrefix} {title}" : title,
            FormAction = formAction,
            ForwardAction = step == steps ? "submit" : "next",
            ForwardText = step == steps ? text.Submit : text.Next,
            Languages = [.. text.Others.Select(o => new LanguageSwitch(SwitchTo(o.Lang), o.Lang, o.LanguageName))],
            Title = definition.Title[lang],
            Step = step,
            Steps = steps,
            Progress = progress,
            Notices = notices ?? [],
            Summary = errors.Count > 0 || checks.Count > 0 ? Summary(definition, step, errors, checks, text) : null,
            Intro = step == 1 ? definition.Intro?[lang] : null,
            About = context is null ? null : About(context, text),
            Carried = [.. definition.Items.Where(i => !shown.Contains(i.Id))
                .Select(i => (i.Id, Value: values.GetValueOrDefault(i.Id)))
                .Where(c => c.Value is { Length: > 0 })
                .Select(c => new KeyValuePair<string, string>(c.Id, c.Value ?? ""))],
            GroupTitle = group.Title[lang],
            GroupIntro = group.Intro?[lang],
            Items = [.. group.Items.Select(i => Item(i, text, values, errors.GetValueOrDefault(i.Id), questions.GetValueOrDefault(i.Id)))],
            CanGoBack = step > 1,
            Help = Help(context, text),
            Reach = Reach(context, text),
        };
    }

    /// <summary>
    /// The problems of a screen, linked to each question's fieldset. It takes the focus when the page loads, so a screen
    /// reader reads it first; each line names the question by its short label.
    /// </summary>
    private static SummaryView Summary(QuestionnaireDefinition definition, int step, IReadOnlyDictionary<string, string> errors,
        IReadOnlyDictionary<string, string> checks, UiText text)
    {
        var order = definition.Items.Select((item, index) => (item.Id, index)).ToDictionary(x => x.Id, x => x.index);
        var lines = errors.Select(e => (e.Key, Message: (string?)e.Value))
            .Concat(checks.Where(c => !errors.ContainsKey(c.Key)).Select(c => (c.Key, Message: (string?)null)))
            .OrderBy(e => e.Key == AnswerForm.FormError ? -1 : order.GetValueOrDefault(e.Key, int.MaxValue))
            .Select(e =>
            {
                var item = definition.FindItem(e.Key);
                var itemStep = definition.StepOf(e.Key);
                var line = item is null ? e.Message ?? "" : e.Message is null ? item.Label(text.Lang) : item.Label(text.Lang) + text.Colon + e.Message;
                return itemStep == step
                    ? new SummaryLine(line, "#q-" + e.Key, null)
                    : new SummaryLine(line, null, itemStep is { } s ? text.Format(text.StepOf, s, definition.Groups.Count) : null);
            });
        return errors.Count > 0
            ? new SummaryView("error-summary", text.ErrorSummaryTitle, [.. lines])
            : new SummaryView("error-summary check-summary", text.CheckTitle, [.. lines]);
    }
}
