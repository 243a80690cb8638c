using System.Text;

namespace IpsMonitor.Questionnaires;

/// <summary>
/// The respondent's pages as complete HTML documents: server-rendered, no JavaScript, every dynamic string encoded. A page
/// only ever gets one definition and that respondent's own values, so it cannot show anyone else's answers.
/// </summary>
internal static partial class QuestionnairePage
{
    /// <summary>
    /// One screen (group) of a questionnaire. The form posts the current screen's fields, the answers of the other screens
    /// as hidden fields (so no draft has to be kept between screens), "step", "lang" and the pressed button as "action":
    /// "back", "next" or, on the last screen, "submit".
    /// </summary>
    public static string Questions(
        QuestionnaireDefinition definition,
        string lang,
        int step,
        IReadOnlyDictionary<string, string?> values,
        IReadOnlyDictionary<string, string> errors,
        string formAction,
        string languageSwitchUrl)
    {
        lang = Languages.Normalize(lang);
        var text = UiText.For(lang);
        var steps = definition.Groups.Count;
        step = Math.Clamp(step, 1, steps);
        var group = definition.Groups[step - 1];
        var progress = text.Format(text.StepOf, step, steps);
        var other = UiText.For(Languages.Other(lang));

        var body = new StringBuilder();
        body.Append($"""
            <p class="top"><a href="{Html.Url(languageSwitchUrl)}" hreflang="{other.Lang}" lang="{other.Lang}">{Html.Encode(other.LanguageName)}</a></p>
            <h1>{Html.Encode(definition.Title[lang])}</h1>
            <p class="progress-text" id="progress">{Html.Encode(progress)}</p>
            <progress max="{steps}" value="{step}" aria-labelledby="progress">{Html.Encode(progress)}</progress>

            """);
        if (errors.Count > 0)
            body.Append(ErrorSummary(definition, step, errors, text));
        if (step == 1 && definition.Intro is not null)
            body.Append($"<p>{Html.Encode(definition.Intro[lang])}</p>\n");

        body.Append($"""
            <form method="post" action="{Html.Url(formAction)}" enctype="application/x-www-form-urlencoded" novalidate>
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
        foreach (var item in group.Items)
            body.Append(Item(item, lang, text, values.GetValueOrDefault(item.Id), errors.GetValueOrDefault(item.Id)));

        var forward = step == steps
            ? $"<button type=\"submit\" name=\"action\" value=\"submit\" class=\"primary\">{Html.Encode(text.Submit)}</button>"
            : $"<button type=\"submit\" name=\"action\" value=\"next\" class=\"primary\">{Html.Encode(text.Next)}</button>";
        // The forward button comes first in the markup, so pressing Enter in a field moves on rather than back.
        var back = step > 1 ? $"\n<button type=\"submit\" name=\"action\" value=\"back\" class=\"secondary\">{Html.Encode(text.Back)}</button>" : "";
        body.Append($"""
            <div class="buttons">
            {forward}{back}
            </div>
            </form>
            """);

        var title = $"{group.Title[lang]} – {progress} – {definition.Title[lang]}";
        return PageLayout.Document(lang, errors.Count > 0 ? $"{text.ErrorPrefix} {title}" : title, body.ToString());
    }

    private static string ErrorSummary(QuestionnaireDefinition definition, int step, IReadOnlyDictionary<string, string> errors, UiText text)
    {
        var order = definition.Items.Select((item, index) => (item.Id, index)).ToDictionary(x => x.Id, x => x.index);
        var list = new StringBuilder();
        foreach (var (id, message) in errors.OrderBy(e => e.Key == AnswerForm.FormError ? -1 : order.GetValueOrDefault(e.Key, int.MaxValue)))
        {
            var item = definition.FindItem(id);
            var itemStep = definition.StepOf(id);
            var line = item is null ? Html.Encode(message) : $"{Html.Encode(item.Text[text.Lang])} {Html.Encode(message)}";
            list.Append(itemStep == step
                ? $"<li><a href=\"#{FieldId(id)}\">{line}</a></li>\n"
                : itemStep is { } s ? $"<li>{Html.Encode(text.Format(text.StepOf, s, definition.Groups.Count))}: {line}</li>\n" : $"<li>{line}</li>\n");
        }

        return $"""
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">{Html.Encode(text.ErrorSummaryTitle)}</h2>
            <ul>
            {list}</ul>
            </div>

            """;
    }
}
