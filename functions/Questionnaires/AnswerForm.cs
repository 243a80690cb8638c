using System.Globalization;

namespace IpsMonitor.Questionnaires;

/// <summary>
/// Turns posted form fields into answers, and answers back into fields. Field name = item id; yes/no as "yes"/"no"; scales
/// and numbers as decimals ("32.5" or "32,5"); a choice as its option id; free text as typed.
/// </summary>
internal static class AnswerForm
{
    /// <summary>The key under which errors about the form as a whole are reported.</summary>
    public const string FormError = "";

    /// <summary>Fields the pages post besides the answers themselves.</summary>
    public static readonly IReadOnlySet<string> ReservedFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "step", "action", "lang", "__RequestVerificationToken", Reached,
    };

    /// <summary>The draft key that remembers the furthest screen a person moved on to, so a reopened link starts there.</summary>
    public const string Reached = "reached";

    /// <summary>
    /// Parses every answer field. Answers holds each item whose value is valid. Errors, in the given language, cover only
    /// the items in groupsToCheck (a missing required item, a bad value) plus unknown fields, which break the whole form:
    /// the pages carry other screens' answers along, and those are checked on the screen they belong to.
    /// </summary>
    public static AnswerFormResult Parse(
        QuestionnaireDefinition definition, IEnumerable<ItemGroup> groupsToCheck, IReadOnlyDictionary<string, string?> fields, string lang)
    {
        var text = UiText.For(lang);
        var checkedIds = groupsToCheck.SelectMany(g => g.Items).Select(i => i.Id).ToHashSet();
        var answers = new Dictionary<string, Answer>();
        var errors = new Dictionary<string, string>();

        if (fields.Keys.Any(k => !ReservedFields.Contains(k) && definition.FindItem(k) is null && !Plausibility.IsConfirmField(k, definition)
            && !definition.IsDroppedAdjustmentField(k)))
            errors[FormError] = text.FormBroken;

        foreach (var item in definition.Items)
        {
            var value = fields.GetValueOrDefault(item.Id);
            // The one text rule (TextRule): the respondent cannot see a NUL or a U+FFFE, so it is dropped, not refused.
            if (item is TextItem && value is not null)
                value = TextRule.Clean(value, multiLine: true);
            var (answer, error) = string.IsNullOrWhiteSpace(value)
                ? (null, item.Required ? Missing(item, text) : null)
                : Read(item, value, text);
            if (answer is not null)
                answers[item.Id] = answer;
            if (error is not null && checkedIds.Contains(item.Id))
                errors[item.Id] = error;
        }

        var checks = Plausibility.Questions(answers, text)
            .Where(q => checkedIds.Contains(q.Key) && !errors.ContainsKey(q.Key) && !Plausibility.IsConfirmed(q.Key, fields))
            .ToDictionary();
        return new AnswerFormResult(answers, errors) { Checks = checks };
    }

    /// <summary>Stored answers as form fields, to show them again. Answers to items the definition lacks are left out.</summary>
    public static IReadOnlyDictionary<string, string?> ToFields(QuestionnaireDefinition definition, IReadOnlyDictionary<string, Answer> answers)
    {
        var fields = new Dictionary<string, string?>();
        foreach (var (id, answer) in answers)
        {
            fields[id] = definition.FindItem(id) switch
            {
                YesNoItem => answer.Number switch { 1 => "yes", 0 => "no", _ => null },
                ScaleItem or NumberItem => answer.Number?.ToString("0.##########", CultureInfo.InvariantCulture),
                ChoiceItem or TextItem => answer.Text,
                _ => null,
            };
            if (fields[id] is null)
                fields.Remove(id);
        }

        return fields;
    }

    private static string Missing(Item item, UiText text) => item switch
    {
        YesNoItem => text.ChooseYesNo,
        NumberItem => text.FillIn,
        _ => text.ChooseAnswer,
    };

    private static (Answer? Answer, string? Error) Read(Item item, string value, UiText text) => item switch
    {
        YesNoItem => value.Trim() switch
        {
            "yes" => (Answer.Of(true), null),
            "no" => (Answer.Of(false), null),
            _ => (null, text.ChooseYesNo),
        },
        ScaleItem scale => ParseDecimal(value) is { } n && n == decimal.Truncate(n) && n >= scale.Min && n <= scale.Max
            ? (Answer.Of(n), null)
            : (null, text.Format(text.ScaleRange, scale.Min, scale.Max)),
        NumberItem number => ParseDecimal(value) switch
        {
            null => (null, text.NotANumber),
            { } n when n < number.Min || n > number.Max => (null, text.Format(text.NumberRange, number.Min, number.Max)),
            { } n when (n - number.Min) % number.Step != 0 => (null, text.Format(text.NumberStep, number.Step)),
            { } n => (Answer.Of(n), null),
        },
        ChoiceItem choice => choice.Options.Any(o => o.Id == value.Trim())
            ? (Answer.Of(value.Trim()), null)
            : (null, text.ChooseOption),
        TextItem free => Length(value) is var length && length > free.MaxLength
            ? (null, text.Format(text.TooLong, free.MaxLength, length))
            : (Answer.Of(value), null),
        _ => throw new InvalidOperationException($"Item kind {item.Kind} has no parser."),
    };

    /// <summary>An invariant decimal, or one with a decimal comma as Dutch readers type it. No thousands separators.</summary>
    public static decimal? ParseDecimal(string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || (trimmed.Contains(',', StringComparison.Ordinal) && trimmed.Contains('.', StringComparison.Ordinal)))
            return null;
        return decimal.TryParse(trimmed.Replace(',', '.'),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
            ? n
            : null;
    }

    /// <summary>
    /// The length the person sees: text elements (an emoji, a letter with its accent, a flag each count once), with a line
    /// break counted once although browsers post it as CRLF.
    /// </summary>
    public static int Length(string value) => new StringInfo(value.Replace("\r\n", "\n", StringComparison.Ordinal)).LengthInTextElements;
}

/// <summary>
/// The answers that parsed, and a message per item id that did not ("" for the form as a whole). Checks hold the
/// "Klopt dit?" questions about unlikely answers that the person has not confirmed yet.
/// </summary>
internal sealed record AnswerFormResult(IReadOnlyDictionary<string, Answer> Answers, IReadOnlyDictionary<string, string> Errors)
{
    public IReadOnlyDictionary<string, string> Checks { get; init; } = new Dictionary<string, string>();

    public bool IsValid => Errors.Count == 0;

    public bool NeedsAttention => Errors.Count > 0 || Checks.Count > 0;
}
