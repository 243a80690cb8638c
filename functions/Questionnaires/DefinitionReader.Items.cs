using System.Globalization;

namespace IpsMonitor.Questionnaires;

internal sealed partial class DefinitionReader
{
    // Scales are rows of radio buttons; more than 11 points no longer fit a phone screen.
    private const int MaxScalePoints = 11;
    private const int MaxTextLength = 4000;

    private Item? MapItem(ItemJson i, string position, Respondent? respondent)
    {
        if (!IsId(i.Id))
        {
            Problem($"{position} has a missing or malformed 'id' (lowercase letters, digits and '_')");
            return null;
        }

        var where = $"item '{i.Id}'";
        if (!itemIds.Add(i.Id))
            Problem($"{where}: duplicate item id");
        var text = Text(i.Text, $"{where} 'text'");
        var hint = OptionalText(i.Hint, $"{where} 'hint'");
        var required = i.Required ?? false;
        Item? item = i.Kind switch
        {
            "scale" => Scale(i, i.Id, where, required, text, hint),
            "number" => Number(i, i.Id, where, required, text, hint),
            "yesno" => YesNo(i, i.Id, where, required, text, hint),
            "choice" => Choice(i, i.Id, where, required, text, hint),
            "text" => FreeText(i, i.Id, where, text, hint),
            null => Problem<Item?>($"{where} has no 'kind'", null),
            _ => Problem<Item?>($"{where} has an unknown kind \"{i.Kind}\" (scale, number, yesno, choice or text)", null),
        };
        if (item is not null && respondent is { } r && KnownItems.Violation(r, item) is { } violation)
            Problem(violation);
        Audience audience = i.For switch
        {
            null or "everyone" => Audience.Everyone,
            "inWork" => Audience.InWork,
            "lookingForWork" => Audience.LookingForWork,
            _ => Problem<Audience>($"{where}: 'for' must be \"everyone\", \"inWork\" or \"lookingForWork\", not \"{i.For}\"", Audience.Everyone),
        };
        if (i.PerAdjustment == true)
            CheckPerAdjustment(i, where, respondent);
        return item is null ? null : item with
        {
            ShortLabel = OptionalText(i.Label, $"{where} 'label'"),
            For = audience,
            PerAdjustment = i.PerAdjustment == true,
        };
    }

    /// <summary>Adjustments belong to a job, which only a supervisor's check-in is about; each copy names its adjustment.</summary>
    private void CheckPerAdjustment(ItemJson i, string where, Respondent? respondent)
    {
        if (respondent != Respondent.Supervisor)
            Problem($"{where}: 'perAdjustment' is for supervisor questionnaires, which are about one job and its adjustments");
        foreach (var (lang, text) in i.Text ?? [])
            if (!text.Contains(QuestionnaireDefinition.AdjustmentHole, StringComparison.Ordinal))
                Problem($"{where}: an item asked per adjustment names it: its \"{lang}\" text needs {QuestionnaireDefinition.AdjustmentHole}");
    }

    private ScaleItem Scale(ItemJson i, string id, string where, bool required, LocalizedText text, LocalizedText? hint)
    {
        Only(i, where, "scale", "min", "max", "minLabel", "midLabel", "maxLabel", "sd", "reliability");
        var (min, max) = Range(i, where);
        if (min != decimal.Truncate(min) || max != decimal.Truncate(max))
            Problem($"{where}: a scale's 'min' and 'max' must be whole numbers");
        else if (max - min + 1 > MaxScalePoints)
            Problem($"{where}: a scale has at most {MaxScalePoints} points");
        if (i.Sd is not > 0)
            Problem($"{where}: a scale needs 'sd' above 0 (the spread used for reliable change)");
        if (i.Reliability is not (> 0 and < 1))
            Problem($"{where}: a scale needs 'reliability' between 0 and 1, exclusive (got {i.Reliability?.ToString(CultureInfo.InvariantCulture) ?? "none"})");
        var scale = new ScaleItem(id, required, text, hint, (int)min, (int)max, Text(i.MinLabel, $"{where} 'minLabel'"),
            OptionalText(i.MidLabel, $"{where} 'midLabel'"), Text(i.MaxLabel, $"{where} 'maxLabel'"), new ScaleStatistics(i.Sd ?? 0, i.Reliability ?? 0));
        if (scale.MidLabel is not null && scale.Mid is null)
            Problem($"{where}: 'midLabel' needs a scale with a middle point (an odd number of points)");
        return scale;
    }

    private NumberItem Number(ItemJson i, string id, string where, bool required, LocalizedText text, LocalizedText? hint)
    {
        Only(i, where, "number", "min", "max", "step", "unit");
        var (min, max) = Range(i, where);
        if (i.Step is not > 0)
            Problem($"{where}: a number needs 'step' above 0");
        return new NumberItem(id, required, text, hint, Text(i.Unit, $"{where} 'unit'"), min, max, i.Step ?? 1);
    }

    private YesNoItem YesNo(ItemJson i, string id, string where, bool required, LocalizedText text, LocalizedText? hint)
    {
        Only(i, where, "yesno");
        return new YesNoItem(id, required, text, hint);
    }

    private ChoiceItem Choice(ItemJson i, string id, string where, bool required, LocalizedText text, LocalizedText? hint)
    {
        Only(i, where, "choice", "options");
        if (i.Options is not { Count: >= 2 })
            Problem($"{where}: a choice needs at least two 'options'");
        var ids = new HashSet<string>();
        var options = Present(i.Options, $"{where} 'options'").Select((o, n) =>
        {
            if (!IsId(o.Id))
                Problem($"{where}: option {n + 1} has a missing or malformed 'id'");
            else if (!ids.Add(o.Id))
                Problem($"{where}: option id '{o.Id}' is used twice");
            return new Option(o.Id ?? "", Text(o.Label, $"{where} option '{o.Id}' 'label'"));
        }).ToList();
        return new ChoiceItem(id, required, text, hint, options);
    }

    private TextItem FreeText(ItemJson i, string id, string where, LocalizedText text, LocalizedText? hint)
    {
        Only(i, where, "text", "maxLength");
        if (i.Required == true)
            Problem($"{where}: free text is never required");
        if (i.MaxLength is not (> 0 and <= MaxTextLength))
            Problem($"{where}: free text needs 'maxLength' from 1 to {MaxTextLength}");
        return new TextItem(id, text, hint, i.MaxLength ?? 1);
    }

    private (decimal Min, decimal Max) Range(ItemJson i, string where)
    {
        if (i.Min is null || i.Max is null)
            Problem($"{where} needs both 'min' and 'max'");
        else if (i.Min >= i.Max)
            Problem($"{where}: 'min' ({i.Min}) must be below 'max' ({i.Max})");
        return (i.Min ?? 0, i.Max ?? 1);
    }
}
