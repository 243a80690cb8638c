using System.Globalization;
using System.Text;

namespace IpsMonitor.Questionnaires;

internal static partial class QuestionnairePage
{
    // Item ids are lowercase letters, digits and '_' (the reader checks), so they are safe in ids and names as they are.
    private static string FieldId(string itemId) => "f-" + itemId;

    /// <summary>The id of the question as a whole (its fieldset), where the error summary links to.</summary>
    private static string QuestionId(string itemId) => "q-" + itemId;

    private static string Item(Item item, string lang, UiText text, IReadOnlyDictionary<string, string?> values, string? error, string? check)
    {
        var id = item.Id;
        var value = values.GetValueOrDefault(id);
        var hint = item.Hint is null ? "" : $"<p class=\"hint\" id=\"h-{id}\">{Html.Encode(item.Hint[lang])}</p>\n";
        var errorLine = error is null
            ? ""
            : $"<p class=\"field-error\" id=\"e-{id}\"><span class=\"visually-hidden\">{Html.Encode(text.ErrorPrefix)} </span>{Html.Encode(error)}</p>\n";
        var question = Html.Encode(item.Text[lang]) + (item.Required ? "" : $" <span class=\"optional\">{Html.Encode(text.Optional)}</span>");
        var invalid = error is null ? "" : " aria-invalid=\"true\"";
        var css = error is null ? "item" : "item invalid";

        string DescribedBy(params string?[] extra)
        {
            var ids = new[] { item.Hint is null ? null : $"h-{id}" }.Concat(extra).Append(error is null ? null : $"e-{id}").OfType<string>().ToList();
            return ids.Count == 0 ? "" : $" aria-describedby=\"{string.Join(' ', ids)}\"";
        }

        string Group(string boxes, string? ends = null) => $"""
            <fieldset class="{css}" id="{QuestionId(id)}" tabindex="-1"{DescribedBy(ends is null ? null : $"s-{id}")}>
            <legend>{question}</legend>
            {hint}{errorLine}{boxes}{ends ?? ""}</fieldset>

            """;

        switch (item)
        {
            case ScaleItem scale:
                var points = Enumerable.Range(scale.Min, scale.Max - scale.Min + 1).Select(p => p.ToString(CultureInfo.InvariantCulture)).ToList();
                var selected = AnswerForm.ParseDecimal(value);
                var boxes = Boxes($"boxes scale n{points.Count}", id, points.Select(p => (p, p)), p => selected == AnswerForm.ParseDecimal(p), invalid);
                return Group(boxes, ScaleEnds(scale, lang));
            case YesNoItem:
                return Group(Boxes("boxes yesno", id, [("yes", text.Yes), ("no", text.No)], v => v == value?.Trim(), invalid));
            case ChoiceItem choice:
                return Group(Boxes("boxes", id, choice.Options.Select(o => (o.Id, o.Label[lang])), v => v == value?.Trim(), invalid));
            case NumberItem number:
                // A text field with the decimal keyboard: a number field drops a typed comma ("7,5" became 75), this one
                // posts what was typed and the server reads "7,5", "7.5" and "7" alike.
                return $"""
                    <div class="{css}" id="{QuestionId(id)}" tabindex="-1">
                    <label class="label" for="{FieldId(id)}">{question}</label>
                    {hint}{errorLine}<div class="number">
                    <input type="text" inputmode="decimal" autocomplete="off" spellcheck="false" id="{FieldId(id)}" name="{id}" value="{Html.Encode(NumberValue(value, text))}"{DescribedBy($"u-{id}")}{invalid}>
                    <span class="unit" id="u-{id}">{Html.Encode(number.Unit[lang])}</span>
                    </div>
                    {Check(id, check, values, text)}</div>

                    """;
            case TextItem free:
                // The newline after the opening tag is eaten by the HTML parser, so an answer that starts with one keeps it.
                // No maxlength: browsers count it in UTF-16 units, so an emoji would count twice. The server counts what
                // the person sees and says so when a text is too long.
                return $"""
                    <div class="{css}" id="{QuestionId(id)}" tabindex="-1">
                    <label class="label" for="{FieldId(id)}">{question}</label>
                    {hint}<p class="hint" id="m-{id}">{Html.Encode(text.Format(text.MaxLengthHint, free.MaxLength))}</p>
                    {errorLine}<textarea id="{FieldId(id)}" name="{id}" rows="5"{DescribedBy($"m-{id}")}{invalid}>
                    {Html.Encode(value)}</textarea>
                    </div>

                    """;
            default:
                throw new InvalidOperationException($"Item kind {item.Kind} has no renderer.");
        }
    }

    /// <summary>Radio buttons as big boxes; the whole box is the label, so the whole box is the touch target.</summary>
    private static string Boxes(string css, string id, IEnumerable<(string Value, string Label)> options, Func<string, bool> isChecked, string invalid)
    {
        var html = new StringBuilder($"<div class=\"{css}\">\n");
        var first = true;
        foreach (var (value, label) in options)
        {
            // The first radio carries the field id, so the error summary can link to the group.
            var idAttribute = first ? $" id=\"{FieldId(id)}\"" : "";
            var checkedAttribute = isChecked(value) ? " checked" : "";
            html.Append($"<label class=\"box\"><input type=\"radio\"{idAttribute} name=\"{id}\" value=\"{Html.Encode(value)}\"{checkedAttribute}{invalid}>")
                .Append($"<span>{Html.Encode(label)}</span></label>\n");
            first = false;
        }

        return html.Append("</div>\n").ToString();
    }

    private static string ScaleEnds(ScaleItem scale, string lang)
    {
        var mid = scale.MidLabel is not null && scale.Mid is { } m ? $"<span class=\"mid\">{m} = {Html.Encode(scale.MidLabel[lang])}</span>" : "";
        return $"<p class=\"scale-ends\" id=\"s-{scale.Id}\"><span class=\"min\">{scale.Min} = {Html.Encode(scale.MinLabel[lang])}</span>{mid}"
            + $"<span class=\"max\">{scale.Max} = {Html.Encode(scale.MaxLabel[lang])}</span></p>\n";
    }

    // A number as the reader writes it ("7,5" in Dutch); what does not parse is shown as typed, to be corrected.
    private static string? NumberValue(string? value, UiText text) =>
        AnswerForm.ParseDecimal(value) is { } n ? text.Number(n) : value;

    /// <summary>"Klopt dit?" under an unlikely answer, with a tick that confirms exactly this value.</summary>
    private static string Check(string id, string? question, IReadOnlyDictionary<string, string?> values, UiText text)
    {
        if (question is null || AnswerForm.ParseDecimal(values.GetValueOrDefault(id)) is not { } value)
            return "";
        var confirmed = Plausibility.IsConfirmed(id, values) ? " checked" : "";
        return $"""
            <div class="check">
            <p id="c-{id}">{Html.Encode(question)}</p>
            <label class="box"><input type="checkbox" name="{Plausibility.ConfirmField(id)}" value="{Invariant(value)}" aria-describedby="c-{id}"{confirmed}><span>{Html.Encode(text.CheckConfirm)}</span></label>
            </div>

            """;
    }

    private static string Invariant(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
