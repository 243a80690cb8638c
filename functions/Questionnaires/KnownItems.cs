namespace IpsMonitor.Questionnaires;

/// <summary>
/// What each id in <see cref="ItemIds"/> must be wherever a definition uses it. Signals and metrics read these ids across
/// versions, so a definition that reuses one with another kind, range or respondent is refused at start-up.
/// </summary>
internal static class KnownItems
{
    // Grouped by respondent and kind, so each id is written once with what it shares with its neighbours.
    public static readonly IReadOnlyDictionary<string, KnownItem> All = new KnownItem[][]
    {
        Of(Respondent.Candidate, ItemKind.Number, ItemIds.HoursWorked, ItemIds.ContractHours, ItemIds.DesiredHours),
        Scales(Respondent.Candidate, 0, 10, ItemIds.WorkAbility),
        Scales(Respondent.Candidate, 1, 5,
            ItemIds.Energy, ItemIds.Workload, ItemIds.Satisfaction, ItemIds.Fit, ItemIds.Support),
        Of(Respondent.Candidate, ItemKind.YesNo,
            ItemIds.LearnedNew, ItemIds.NewTasks, ItemIds.WantsChallenge, ItemIds.HasGoals, ItemIds.TalkedDevelopment),
        Of(Respondent.Candidate, ItemKind.Text, ItemIds.HelpNow),
        Scales(Respondent.Supervisor, 0, 10, ItemIds.SupervisorWorkAbility),
        Scales(Respondent.Supervisor, 1, 5, ItemIds.SupervisorProgress, ItemIds.SupervisorSocialFit, ItemIds.SupervisorFit,
            ItemIds.SupervisorIndependent, ItemIds.SupervisorCoachCollaboration),
        Of(Respondent.Supervisor, ItemKind.YesNo, ItemIds.SupervisorTaskGrowth, ItemIds.SupervisorConcerns),
        [new(ItemIds.SupervisorReadyForMore, Respondent.Supervisor, ItemKind.Choice,
            Options: ["more_hours", "more_tasks", "both", "not_now", "fewer_tasks"])],
        [new(ItemIds.SupervisorAdjustmentsFit, Respondent.Supervisor, ItemKind.Choice,
            Options: ["yes", "partly", "no", "none_recorded"])],
        [new(ItemIds.SupervisorAdjustmentFit, Respondent.Supervisor, ItemKind.Choice, Options: ["yes", "partly", "no"])],
        Of(Respondent.Supervisor, ItemKind.Text, ItemIds.SupervisorComments),
    }.SelectMany(group => group).ToDictionary(k => k.Id);

    private static KnownItem[] Of(Respondent respondent, ItemKind kind, params string[] ids) =>
        [.. ids.Select(id => new KnownItem(id, respondent, kind))];

    private static KnownItem[] Scales(Respondent respondent, int min, int max, params string[] ids) =>
        [.. ids.Select(id => new KnownItem(id, respondent, ItemKind.Scale, min, max))];

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
