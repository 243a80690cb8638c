using System.Globalization;
using System.Text;

namespace IpsMonitor.Questionnaires;

internal static partial class QuestionnairePage
{
    // Item ids are lowercase letters, digits and '_' (the reader checks), so they are safe in ids and names as they are.
    private static string FieldId(string itemId) => "f-" + itemId;

    private static string Item(Item item, string lang, UiText text, string? value, string? error)
    {
        var id = item.Id;
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
            <fieldset class="{css}"{DescribedBy(ends is null ? null : $"s-{id}")}>
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
                return $"""
                    <div class="{css}">
                    <label class="label" for="{FieldId(id)}">{question}</label>
                    {hint}{errorLine}<div class="number">
                    <input type="number" inputmode="decimal" id="{FieldId(id)}" name="{id}" {Bounds(number)} value="{Html.Encode(NumberValue(value))}"{DescribedBy($"u-{id}")}{invalid}>
                    <span class="unit" id="u-{id}">{Html.Encode(number.Unit[lang])}</span>
                    </div>
                    </div>

                    """;
            case TextItem free:
                // The newline after the opening tag is eaten by the HTML parser, so an answer that starts with one keeps it.
                return $"""
                    <div class="{css}">
                    <label class="label" for="{FieldId(id)}">{question}</label>
                    {hint}<p class="hint" id="m-{id}">{Html.Encode(text.Format(text.MaxLengthHint, free.MaxLength))}</p>
                    {errorLine}<textarea id="{FieldId(id)}" name="{id}" rows="5" maxlength="{free.MaxLength}"{DescribedBy($"m-{id}")}{invalid}>
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

    // A number field only shows values written with a decimal point; "32,5" typed by a Dutch reader comes back as "32.5".
    private static string? NumberValue(string? value) =>
        AnswerForm.ParseDecimal(value) is { } n ? Invariant(n) : value;

    private static string Bounds(NumberItem number) =>
        $"min=\"{Invariant(number.Min)}\" max=\"{Invariant(number.Max)}\" step=\"{Invariant(number.Step)}\"";

    private static string Invariant(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
