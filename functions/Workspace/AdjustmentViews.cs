namespace IpsMonitor.Workspace;

/// <summary>An adjustment on the job card: its line, its review history in words, and the lists its forms choose from.</summary>
internal static class AdjustmentViews
{
    /// <summary>The line; on a job that has ended, an adjustment not reversed ended with it: nothing runs or awaits review.</summary>
    public static AdjustmentLine Line(StaffText t, Adjustment a, DateOnly today, bool jobEnded, StaffNames names)
    {
        var name = t.AdjustmentName(a);
        var underReview = a.UnderReview && !jobEnded;
        var text = name + $" · {t.Since} {StaffLayout.Date(a.StartDate, t)}"
            + (underReview ? $" · {t.ReviewOn} {StaffLayout.Date(a.ReviewDate, t)}" : "");
        var status = jobEnded && a.Status != AdjustmentStatus.Reversed ? t.EndedWithJob : t.AdjustmentStatusLabel(a.Status);
        return new AdjustmentLine(a.Id, name, text, underReview && a.ReviewDate <= today, status, History(t, a, names), a.Decidable && !jobEnded);
    }

    /// <summary>Every decision, oldest first, as a sentence: the day, who, the effect and for an extension both dates.</summary>
    private static IReadOnlyList<string> History(StaffText t, Adjustment a, StaffNames names)
    {
        var words = AdjustmentText.For(t.Lang);
        return a.Decisions.Select(d => string.Format(t.Culture, words.DecisionLines[d.Decision], StaffLayout.Date(d.Date, t),
            d.CoachId is { } coach ? names.Coach(coach) : words.ByCoordinator, d.Effect, StaffLayout.Date(d.NewReviewDate, t),
            StaffLayout.Date(d.PreviousReviewDate, t)))
            .ToList();
    }

    /// <summary>The catalogue, after an empty first choice: a required choice is never made for the coach.</summary>
    public static IReadOnlyList<Choice> Kinds(StaffText t, AdjustmentText words) =>
        [new("", words.ChooseKind), .. Enum.GetValues<AdjustmentKind>().Select(k => new Choice(k.ToString(), t.AdjustmentLabel(k)))];

    public static IReadOnlyList<Choice> Decisions(AdjustmentText words) =>
        [new("", words.ChooseDecision), .. Enum.GetValues<AdjustmentDecisionKind>().Select(d => new Choice(d.ToString(), words.DecisionLabels[d]))];

    public static IReadOnlyList<Choice> Disclosures(StaffText t, AdjustmentText words) =>
        [new("", words.ChooseDisclosure), .. Enum.GetValues<Caseload.Disclosure>().Select(d => new Choice(d.ToString(), t.DisclosureLabel(d)))];
}
