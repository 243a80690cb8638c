namespace IpsMonitor.Development;

/// <summary>
/// The few sentences at the top of "Mijn ontwikkeling". They compare the first and the last answer in view and describe the
/// direction in plain words; a drop is named as something to talk about, never as a verdict. Pure and clock-free.
/// </summary>
internal static class DevelopmentSummary
{
    /// <summary>A move of at least one scale point counts as a change: smaller moves are within what a person's day does.</summary>
    public const decimal ScaleChange = 1;

    /// <summary>Hours wanted and worked differ when they are at least this many hours a week apart.</summary>
    public const decimal HoursMargin = 2;

    public static IReadOnlyList<string> For(IReadOnlyList<DevelopmentPoint> points, DevelopmentText text)
    {
        if (points.Count == 0)
            return [text.NoCheckIns];
        var lines = new List<string>();
        if (points.Count == 1)
            lines.Add(text.FirstCheckIn);
        Scale(lines, points, p => p.WorkAbility, text.WorkAbility, text);
        Scale(lines, points, p => p.Energy, text.Energy, text);
        Scale(lines, points, p => p.Satisfaction, text.Satisfaction, text);
        Scale(lines, points, p => p.Fit, text.Fit, text);

        if (points.LastOrDefault(p => p.HoursWorked is not null && p.DesiredHours is not null) is { } hours)
        {
            var (worked, wanted) = (hours.HoursWorked!.Value, hours.DesiredHours!.Value);
            lines.Add(text.Ui.Format(wanted - worked >= HoursMargin ? text.HoursMore : worked - wanted >= HoursMargin
                ? text.HoursFewer : text.HoursMatch, worked, wanted));
        }
        if (points.LastOrDefault(p => p.HasGoals is not null)?.HasGoals is { } goals)
            lines.Add(goals ? text.GoalsYes : text.GoalsNo);
        return lines;
    }

    private static void Scale(List<string> lines, IReadOnlyList<DevelopmentPoint> points, Func<DevelopmentPoint,
        decimal?> value, DevelopmentText.Dimension dimension, DevelopmentText text)
    {
        var values = points.Select(value).OfType<decimal>().ToList();
        if (values.Count < 2)
            return;
        var (first, last) = (values[0], values[^1]);
        var template = last - first >= ScaleChange ? dimension.Up : first - last >= ScaleChange ? dimension.Down : dimension.Same;
        lines.Add(text.Ui.Format(template, first, last));
    }
}
