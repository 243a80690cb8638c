using IpsMonitor.CheckIns;

namespace IpsMonitor.Questionnaires;

/// <summary>
/// What each id in <see cref="ItemIds"/> must be wherever a definition uses it. Signals and metrics read these ids across
/// versions, so a definition that reuses one with another kind, range or respondent is refused at start-up.
/// </summary>
internal static class KnownItems
{
    public static readonly IReadOnlyDictionary<string, KnownItem> All = new KnownItem[]
    {
        new(ItemIds.HoursWorked, Respondent.Candidate, ItemKind.Number),
        new(ItemIds.ContractHours, Respondent.Candidate, ItemKind.Number),
        new(ItemIds.DesiredHours, Respondent.Candidate, ItemKind.Number),
        new(ItemIds.WorkAbility, Respondent.Candidate, ItemKind.Scale, 0, 10),
        new(ItemIds.Energy, Respondent.Candidate, ItemKind.Scale, 1, 5),
        new(ItemIds.Workload, Respondent.Candidate, ItemKind.Scale, 1, 5),
        new(ItemIds.Satisfaction, Respondent.Candidate, ItemKind.Scale, 1, 5),
        new(ItemIds.Fit, Respondent.Candidate, ItemKind.Scale, 1, 5),
        new(ItemIds.LearnedNew, Respondent.Candidate, ItemKind.YesNo),
        new(ItemIds.NewTasks, Respondent.Candidate, ItemKind.YesNo),
        new(ItemIds.WantsChallenge, Respondent.Candidate, ItemKind.YesNo),
        new(ItemIds.HasGoals, Respondent.Candidate, ItemKind.YesNo),
        new(ItemIds.TalkedDevelopment, Respondent.Candidate, ItemKind.YesNo),
        new(ItemIds.Support, Respondent.Candidate, ItemKind.Scale, 1, 5),
        new(ItemIds.HelpNow, Respondent.Candidate, ItemKind.Text),
        new(ItemIds.SupervisorProgress, Respondent.Supervisor, ItemKind.Scale, 1, 5),
        new(ItemIds.SupervisorSocialFit, Respondent.Supervisor, ItemKind.Scale, 1, 5),
        new(ItemIds.SupervisorWorkAbility, Respondent.Supervisor, ItemKind.Scale, 0, 10),
        new(ItemIds.SupervisorFit, Respondent.Supervisor, ItemKind.Scale, 1, 5),
        new(ItemIds.SupervisorIndependent, Respondent.Supervisor, ItemKind.Scale, 1, 5),
        new(ItemIds.SupervisorTaskGrowth, Respondent.Supervisor, ItemKind.YesNo),
        new(ItemIds.SupervisorReadyForMore, Respondent.Supervisor, ItemKind.Choice, Options: ["more_hours", "more_tasks", "both", "not_now", "fewer_tasks"]),
        new(ItemIds.SupervisorAdjustmentsFit, Respondent.Supervisor, ItemKind.Choice, Options: ["yes", "partly", "no", "none_recorded"]),
        new(ItemIds.SupervisorCoachCollaboration, Respondent.Supervisor, ItemKind.Scale, 1, 5),
        new(ItemIds.SupervisorConcerns, Respondent.Supervisor, ItemKind.YesNo),
        new(ItemIds.SupervisorComments, Respondent.Supervisor, ItemKind.Text),
    }.ToDictionary(k => k.Id);

    /// <summary>Why an item breaks the meaning its id has, or null when it keeps it (or the id is not a known one).</summary>
    public static string? Violation(Respondent respondent, Item item)
    {
        if (!All.TryGetValue(item.Id, out var known))
            return null;
        if (known.Respondent != respondent)
            return $"item '{item.Id}' belongs to the {Lower(known.Respondent)} questionnaires, not to a {Lower(respondent)} one";
        if (known.Kind != item.Kind)
            return $"item '{item.Id}' must be a {Lower(known.Kind)} item (see ItemIds), not {Lower(item.Kind)}";
        if (item is ScaleItem scale && (scale.Min != known.Min || scale.Max != known.Max))
            return $"item '{item.Id}' must be a scale from {known.Min} to {known.Max} (see ItemIds), not {scale.Min} to {scale.Max}";
        if (item is ChoiceItem choice && known.Options.Except(choice.Options.Select(o => o.Id)).ToList() is { Count: > 0 } missing)
            return $"item '{item.Id}' must offer the options {string.Join(", ", known.Options)} (see ItemIds); missing: {string.Join(", ", missing)}";
        return null;
    }

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}

internal sealed record KnownItem(string Id, Respondent Respondent, ItemKind Kind, int? Min = null, int? Max = null, params string[] Options);
