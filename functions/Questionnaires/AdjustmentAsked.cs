namespace IpsMonitor.Questionnaires;

/// <summary>An adjustment a supervisor is asked about: its id on the job, and its name in every page language.</summary>
internal sealed record AdjustmentAsked(string Id, LocalizedText Name)
{
    /// <summary>
    /// The job's adjustments still in place on <paramref name="today"/> (not reversed), and any this check-in already
    /// answered about, so answers given before a reversal are still read back. Named by their kind and, as on the
    /// driegesprek summary the supervisor gets, the coach's description.
    /// </summary>
    public static IReadOnlyList<AdjustmentAsked> Of(Caseload.Job? job, IReadOnlyDictionary<string, Answer> answers, DateOnly today)
    {
        if (job is null)
            return [];
        var answered = answers.Keys.Select(k => k.Split('-') is [_, var adjustment] ? adjustment : null).OfType<string>().ToHashSet();
        return [.. job.Adjustments
            .Where(a => a.AsOf(today).Decidable || answered.Contains(a.Id))
            .Select(a => new AdjustmentAsked(a.Id, Named(a)))];
    }

    private static LocalizedText Named(Caseload.Adjustment adjustment)
    {
        var description = adjustment.Description?.Trim();
        return new(UiText.Table.All.ToDictionary(
            t => t.Lang,
            t => t.AdjustmentKinds[adjustment.Kind] + (string.IsNullOrEmpty(description) ? "" : t.Colon + description)));
    }
}
