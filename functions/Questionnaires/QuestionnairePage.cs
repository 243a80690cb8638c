using IpsMonitor.Platform;
using System.Text;

namespace IpsMonitor.Questionnaires;

/// <summary>
/// The respondent's pages as complete HTML documents: server-rendered, no JavaScript, every dynamic string encoded. A page
/// only ever gets one definition and that respondent's own values, so it cannot show anyone else's answers.
/// </summary>
internal static partial class QuestionnairePage
{
    /// <summary>The action of the language switch: it posts the screen like "next" does, so nothing typed is lost.</summary>
    public const string SwitchLanguage = "language";

    /// <summary>
    /// One screen (group) of a questionnaire. The form posts the current screen's fields, the answers of the other screens
    /// as hidden fields, "step", "lang" and the pressed button as "action": "back", "next", "language" or, on the last
    /// screen, "submit". Checks are "Klopt dit?" questions still open; notices are said once at the top (an answer that
    /// was not kept when going back).
    /// </summary>
    public static string Questions(
        QuestionnaireDefinition definition,
        string lang,
        int step,
        IReadOnlyDictionary<string, string?> values,
        IReadOnlyDictionary<string, string> errors,
        string formAction,
        RespondentContext? context = null,
        IReadOnlyDictionary<string, string>? checks = null,
        IReadOnlyList<string>? notices = null)
    {
        lang = Languages.Normalize(lang);
        checks ??= new Dictionary<string, string>();
        var text = UiText.For(lang);
        var steps = definition.Groups.Count;
        step = Math.Clamp(step, 1, steps);
        var group = definition.Groups[step - 1];
        var progress = text.Format(text.StepOf, step, steps);
        var other = UiText.For(Languages.Other(lang));
        var (forwardAction, forwardText) = step == steps ? ("submit", text.Submit) : ("next", text.Next);

        var body = new StringBuilder();
        // The form starts before the language switch, which is a button so that switching keeps what was typed. Pressing
        // Enter in a field presses a form's first button, so an unseen copy of the forward button comes first.
        body.Append($"""
            <form method="post" action="{Html.Url(formAction)}" enctype="application/x-www-form-urlencoded" novalidate>
            <button type="submit" name="action" value="{forwardAction}" class="visually-hidden" tabindex="-1" aria-hidden="true">{Html.Encode(forwardText)}</button>
            <p class="top"><button type="submit" name="action" value="{SwitchLanguage}" class="link" lang="{other.Lang}">{Html.Encode(other.LanguageName)}</button></p>
            <h1>{Html.Encode(definition.Title[lang])}</h1>
            <p class="progress-text" id="progress">{Html.Encode(progress)}</p>
            <progress max="{steps}" value="{step}" aria-labelledby="progress">{Html.Encode(progress)}</progress>

            """);
        foreach (var notice in notices ?? [])
            body.Append($"<p class=\"notice\" role=\"status\">{Html.Encode(notice)}</p>\n");
        if (errors.Count > 0 || checks.Count > 0)
            body.Append(Summary(definition, step, errors, checks, text));
        if (step == 1 && definition.Intro is not null)
            body.Append($"<p>{Html.Encode(definition.Intro[lang])}</p>\n");
        if (context is not null)
            body.Append(About(context, text));

        body.Append($"""
            <input type="hidden" name="step" value="{step}">
            <input type="hidden" name="lang" value="{lang}">

            """);
        var shown = group.Items.Select(i => i.Id).ToHashSet();
        foreach (var item in definition.Items.Where(i => !shown.Contains(i.Id)))
            if (values.GetValueOrDefault(item.Id) is { Length: > 0 } carried)
                body.Append($"<input type=\"hidden\" name=\"{Html.Encode(item.Id)}\" value=\"{Html.Encode(carried)}\">\n");

        body.Append($"<h2>{Html.Encode(group.Title[lang])}</h2>\n");
        if (group.Intro is not null)
            body.Append($"<p>{Html.Encode(group.Intro[lang])}</p>\n");
        var questions = Plausibility.Questions(AnswerForm.Parse(definition, [], values, lang).Answers, text);
        foreach (var item in group.Items)
            body.Append(Item(item, lang, text, values, errors.GetValueOrDefault(item.Id), questions.GetValueOrDefault(item.Id)));

        // The forward button comes before "back", so it is the first one a keyboard or screen reader meets.
        var back = step > 1 ? $"\n<button type=\"submit\" name=\"action\" value=\"back\" class=\"secondary\">{Html.Encode(text.Back)}</button>" : "";
        body.Append($"""
            <div class="buttons">
            <button type="submit" name="action" value="{forwardAction}" class="primary">{Html.Encode(forwardText)}</button>{back}
            </div>
            </form>

            """);
        body.Append(UrgentHelp(context, text));

        var title = $"{group.Title[lang]} – {progress} – {definition.Title[lang]}";
        return PageLayout.Document(lang, errors.Count > 0 ? $"{text.ErrorPrefix} {title}" : title, body.ToString());
    }

    /// <summary>
    /// The problems of a screen, linked to each question's fieldset. It takes the focus when the page loads, so a screen
    /// reader reads it first; each line names the question by its short label.
    /// </summary>
    private static string Summary(QuestionnaireDefinition definition, int step, IReadOnlyDictionary<string, string> errors,
        IReadOnlyDictionary<string, string> checks, UiText text)
    {
        var order = definition.Items.Select((item, index) => (item.Id, index)).ToDictionary(x => x.Id, x => x.index);
        var list = new StringBuilder();
        var lines = errors.Select(e => (e.Key, Message: (string?)e.Value))
            .Concat(checks.Where(c => !errors.ContainsKey(c.Key)).Select(c => (c.Key, Message: (string?)null)));
        foreach (var (id, message) in lines.OrderBy(e => e.Key == AnswerForm.FormError ? -1 : order.GetValueOrDefault(e.Key, int.MaxValue)))
        {
            var item = definition.FindItem(id);
            var itemStep = definition.StepOf(id);
            var line = item is null ? Html.Encode(message) : Html.Encode(message is null ? item.Label(text.Lang) : $"{item.Label(text.Lang)}: {message}");
            list.Append(itemStep == step
                ? $"<li><a href=\"#{QuestionId(id)}\">{line}</a></li>\n"
                : itemStep is { } s ? $"<li>{Html.Encode(text.Format(text.StepOf, s, definition.Groups.Count))}: {line}</li>\n" : $"<li>{line}</li>\n");
        }

        var (css, title) = errors.Count > 0 ? ("error-summary", text.ErrorSummaryTitle) : ("error-summary check-summary", text.CheckTitle);
        return $"""
            <div class="{css}" tabindex="-1" autofocus aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">{Html.Encode(title)}</h2>
            <ul>
            {list}</ul>
            </div>

            """;
    }
}
