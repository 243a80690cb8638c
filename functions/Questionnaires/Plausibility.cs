namespace IpsMonitor.Questionnaires;

/// <summary>
/// Answers that are possible but unlikely, such as many more hours worked than the contract says: often a typing slip
/// ("45" for "4,5"). The form asks "Klopt dit?" and moves on once the person ticks "Ja, dit klopt" for that value; the
/// tick is posted as confirm_{item id} carrying the value it confirms, so changing the value asks again.
/// </summary>
internal static class Plausibility
{
    public const string ConfirmPrefix = "confirm_";

    // Above the contract by more than a working day, or by half the contract for long contracts; a 16-hour contract asks from 25 hours.
    private const decimal MarginHours = 8;
    // More than this in one week is asked about whatever the contract.
    private const decimal ManyHours = 60;

    public static string ConfirmField(string itemId) => ConfirmPrefix + itemId;

    /// <summary>The item ids a posted confirm_ field may name.</summary>
    public static bool IsConfirmField(string field, QuestionnaireDefinition definition) =>
        field.StartsWith(ConfirmPrefix, StringComparison.Ordinal) && definition.FindItem(field[ConfirmPrefix.Length..]) is NumberItem;

    /// <summary>The question to ask per item id, for every unlikely answer (confirmed or not).</summary>
    public static IReadOnlyDictionary<string, string> Questions(IReadOnlyDictionary<string, Answer> answers, UiText text)
    {
        var questions = new Dictionary<string, string>();
        if (answers.GetValueOrDefault(ItemIds.HoursWorked)?.Number is { } worked)
        {
            if (answers.GetValueOrDefault(ItemIds.ContractHours)?.Number is { } contract && worked > contract + Math.Max(MarginHours, contract / 2))
                questions[ItemIds.HoursWorked] = text.Format(text.CheckHoursAboveContract, worked, contract);
            else if (worked > ManyHours)
                questions[ItemIds.HoursWorked] = text.Format(text.CheckManyHours, worked);
        }
        return questions;
    }

    /// <summary>Whether the person confirmed exactly the value the field holds now.</summary>
    public static bool IsConfirmed(string itemId, IReadOnlyDictionary<string, string?> fields) =>
        AnswerForm.ParseDecimal(fields.GetValueOrDefault(ConfirmField(itemId))) is { } confirmed
        && confirmed == AnswerForm.ParseDecimal(fields.GetValueOrDefault(itemId));
}
