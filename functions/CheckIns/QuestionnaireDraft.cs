using System.Globalization;
using IpsMonitor.Questionnaires;

namespace IpsMonitor.CheckIns;

/// <summary>
/// The answers a person has given so far, kept on the server between screens: item id → value as typed, "lang", the
/// furthest screen reached, and confirm_{item} ticks of "Klopt dit?".
/// </summary>
internal static class QuestionnaireDraft
{
    /// <summary>
    /// The draft with this screen's fields replacing what was there; fields of other screens are kept. Keys the
    /// definition no longer asks (a job item after the job ended) are dropped, so they can never break the form.
    /// </summary>
    public static Dictionary<string, string?> Merge(IReadOnlyDictionary<string, string?> draft, QuestionnaireDefinition definition, ItemGroup group,
        IReadOnlyDictionary<string, string?> fields, string lang)
    {
        var merged = draft.Where(kv => kv.Key == AnswerForm.Reached || definition.FindItem(kv.Key) is not null
            || Plausibility.IsConfirmField(kv.Key, definition))
            .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        merged["lang"] = lang;
        foreach (var key in group.Items.SelectMany(i => new[] { i.Id, Plausibility.ConfirmField(i.Id) }))
        {
            if (fields.GetValueOrDefault(key) is { Length: > 0 } value)
                merged[key] = value;
            else
                merged.Remove(key);
        }
        return merged;
    }

    /// <summary>The furthest screen the person moved on to (1 when they never did).</summary>
    public static int Reached(IReadOnlyDictionary<string, string?> draft) =>
        int.TryParse(draft.GetValueOrDefault(AnswerForm.Reached), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Max(1, n) : 1;

    public static void SetReached(Dictionary<string, string?> draft, int step) =>
        draft[AnswerForm.Reached] = Math.Max(Reached(draft), step).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Where a reopened link starts: the first screen up to the furthest one reached that still misses a required answer
    /// or holds one that is not valid, else the furthest one reached.
    /// </summary>
    public static int FirstUnfinishedStep(QuestionnaireDefinition definition, IReadOnlyDictionary<string, string?> draft)
    {
        var reached = Math.Min(Reached(draft), definition.Groups.Count);
        var errors = AnswerForm.Parse(definition, definition.Groups.Take(reached), draft, Languages.Default).Errors;
        for (var step = 1; step < reached; step++)
            if (definition.Groups[step - 1].Items.Any(i => errors.ContainsKey(i.Id)))
                return step;
        return reached;
    }

    /// <summary>
    /// What "back" keeps of this screen: valid answers as given; for an answer that is not valid, the last valid one from
    /// the draft (or nothing). Returns the item ids whose new answer was not kept, so the page can say so.
    /// </summary>
    public static IReadOnlyList<string> KeepValidOnBack(Dictionary<string, string?> merged, IReadOnlyDictionary<string, string?> before,
        QuestionnaireDefinition definition, ItemGroup group, IReadOnlyDictionary<string, string> errors, string lang)
    {
        var earlier = AnswerForm.Parse(definition, [group], before, lang);
        var notKept = new List<string>();
        foreach (var item in group.Items.Where(i => errors.ContainsKey(i.Id) && merged.ContainsKey(i.Id)))
        {
            notKept.Add(item.Id);
            if (earlier.Answers.ContainsKey(item.Id) && before.GetValueOrDefault(item.Id) is { } previous)
                merged[item.Id] = previous;
            else
                merged.Remove(item.Id);
        }
        return notKept;
    }

    /// <summary>The sentence per item that "back" did not keep: what happened, and which answer stands now.</summary>
    public static IReadOnlyList<string> Notices(QuestionnaireDefinition definition, IReadOnlyDictionary<string, string?> draft, string? keptQuery, string lang)
    {
        var text = UiText.For(lang);
        var notices = new List<string>();
        foreach (var id in (keptQuery ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(20))
        {
            if (definition.FindItem(id) is not { } item || definition.StepOf(id) is not { } step)
                continue;
            var label = item.Label(lang);
            var value = draft.GetValueOrDefault(id);
            notices.Add(value is null ? text.Format(text.KeptNothing, label, step)
                : item is NumberItem && AnswerForm.ParseDecimal(value) is { } n ? text.Format(text.KeptPreviousValue, label, step, text.Number(n))
                : text.Format(text.KeptPrevious, label, step));
        }
        return notices;
    }
}
