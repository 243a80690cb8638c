using System.Globalization;
using IpsMonitor.Questionnaires.Pages;

namespace IpsMonitor.Questionnaires;

internal static partial class QuestionnairePage
{
    private static ItemView Item(Item item, UiText text, IReadOnlyDictionary<string, string?> values, string? error, string? check)
    {
        var lang = text.Lang;
        var value = values.GetValueOrDefault(item.Id);
        var view = new ItemView
        {
            Id = item.Id,
            Shape = ItemShape.Boxes,
            Question = item.Text[lang],
            Optional = !item.Required,
            Hint = item.Hint?[lang],
            Error = error,
        };
        switch (item)
        {
            case ScaleItem scale:
                var selected = AnswerForm.ParseDecimal(value);
                var points = Enumerable.Range(scale.Min, scale.Max - scale.Min + 1)
                    .Select(p => p.ToString(CultureInfo.InvariantCulture)).ToList();
                return view with
                {
                    BoxesCss = $"boxes scale n{points.Count}",
                    Options = [.. points.Select(p => new OptionView(p, p, selected == AnswerForm.ParseDecimal(p)))],
                    Ends = Ends(scale, lang),
                };
            case YesNoItem:
                return view with
                {
                    BoxesCss = "boxes yesno",
                    Options = [new("yes", text.Yes, value?.Trim() == "yes"), new("no", text.No, value?.Trim() == "no")],
                };
            case ChoiceItem choice:
                return view with
                {
                    Options = [.. choice.Options.Select(o => new OptionView(o.Id, o.Label[lang], o.Id == value?.Trim()))],
                };
            case NumberItem number:
                return view with
                {
                    Shape = ItemShape.Number,
                    Value = NumberValue(value, text),
                    Unit = number.Unit[lang],
                    Check = Check(item.Id, check, values),
                };
            case TextItem free:
                return view with
                {
                    Shape = ItemShape.Text,
                    Value = value,
                    MaxLengthHint = text.Format(text.MaxLengthHint, free.MaxLength),
                };
            default:
                throw new InvalidOperationException($"Item kind {item.Kind} has no renderer.");
        }
    }

    private static ScaleEndsView Ends(ScaleItem scale, string lang) => new(
        Invariant(scale.Min) + " = " + scale.MinLabel[lang],
        scale.MidLabel is not null && scale.Mid is { } m ? Invariant(m) + " = " + scale.MidLabel[lang] : null,
        Invariant(scale.Max) + " = " + scale.MaxLabel[lang]);

    // A number as the reader writes it ("7,5" in Dutch); what does not parse is shown as typed, to be corrected.
    private static string? NumberValue(string? value, UiText text) =>
        AnswerForm.ParseDecimal(value) is { } n ? text.Number(n) : value;

    /// <summary>"Klopt dit?" under an unlikely answer, with a tick that confirms exactly this value.</summary>
    private static CheckView? Check(string id, string? question, IReadOnlyDictionary<string, string?> values) =>
        question is null || AnswerForm.ParseDecimal(values.GetValueOrDefault(id)) is not { } value
            ? null
            : new CheckView(question, Plausibility.ConfirmField(id), Invariant(value), Plausibility.IsConfirmed(id, values));

    private static string Invariant(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
