using IpsMonitor.Questionnaires;
using Microsoft.AspNetCore.Components;

namespace IpsMonitor.Development;

/// <summary>
/// "Mijn ontwikkeling" (<see cref="MyDevelopment"/>) from the candidate's own points: a section per scale, the hours and
/// learning, each with its values as text beside the chart.
/// </summary>
internal static class DevelopmentPage
{
    /// <summary>The page's rules on top of the shared style sheet: the app's own constant.</summary>
    public static readonly MarkupString Css = new("""
        h1,h2,p,li,a{overflow-wrap:break-word;hyphens:auto}
        .chart{display:block;width:100%;height:auto;max-width:32rem;margin:0 0 .5rem}
        .legend{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:0 0 .5rem;padding:0;list-style:none}
        .key-line{display:inline-block;width:1.75rem;height:0;border-top:3px solid #0b5cad;vertical-align:middle;margin-right:.4rem}
        .key-line.dashed{border-top:3px dashed #8a4b00}
        .values{margin:0 0 1rem;padding-left:1.25rem}
        .values li{margin-bottom:.25rem;overflow-wrap:anywhere}
        .values ul{padding-left:1.25rem}
        .summary li{margin-bottom:.5rem}
        section{margin-bottom:2rem}
        .voice-form{margin:0 0 1.5rem}
        .voice .buttons{flex-direction:row;flex-wrap:wrap;align-items:flex-start;margin-top:.5rem}
        .voice textarea{min-height:5rem}
        .urgent{border-left:5px solid #0b5cad;background:#f0f5fb;padding:.75rem 1rem;margin:2rem 0 0}
        """);

    public static Task<string> RenderAsync(IReadOnlyList<DevelopmentPoint> points, string lang, Coach? coach, string? stopHref = null,
        VoiceView? voice = null)
    {
        var text = DevelopmentText.For(lang);
        var sections = new[]
        {
            Scale(points, text, ItemIds.WorkAbility, text.WorkAbility, p => p.WorkAbility, 0, 10),
            Scale(points, text, ItemIds.Energy, text.Energy, p => p.Energy, 1, 5),
            Scale(points, text, ItemIds.Satisfaction, text.Satisfaction, p => p.Satisfaction, 1, 5),
            Scale(points, text, ItemIds.Fit, text.Fit, p => p.Fit, 1, 5),
            Hours(points, text),
            Growth(points, text),
        };
        return Views.RenderAsync<MyDevelopment>(new Dictionary<string, object?>
        {
            [nameof(MyDevelopment.Text)] = text,
            [nameof(MyDevelopment.Summary)] = DevelopmentSummary.For(points, text),
            [nameof(MyDevelopment.Sections)] = sections.OfType<DevelopmentSection>().ToList(),
            [nameof(MyDevelopment.LastCheckIns)] = points.Count == DevelopmentHistory.MaxPoints
                ? text.Ui.Format(text.LastCheckIns, DevelopmentHistory.MaxPoints) : null,
            [nameof(MyDevelopment.StopHref)] = stopHref,
            [nameof(MyDevelopment.Voice)] = voice,
            [nameof(MyDevelopment.Help)] = new Questionnaires.Pages.HelpView(text.Ui, coach?.Name, coach?.Phone),
        });
    }

    /// <summary>The page for a link that does not (or no longer) work: the same for unknown, expired and revoked links.</summary>
    public static Task<string> UnavailableAsync(string? lang) =>
        Views.RenderAsync<DevelopmentGone>(new Dictionary<string, object?> { [nameof(DevelopmentGone.Text)] = DevelopmentText.For(lang) });

    private static DevelopmentSection? Scale(IReadOnlyList<DevelopmentPoint> points, DevelopmentText text, string id,
        DevelopmentText.Dimension dimension, Func<DevelopmentPoint, decimal?> value, decimal min, decimal max)
    {
        var answered = points.Where(p => value(p) is not null).ToList();
        if (answered.Count == 0)
            return null;
        string Written(DevelopmentPoint p) => value(p) is { } v ? text.Ui.Number(v) : "";
        var chart = Chart(id, dimension.Title, text, answered, Written, min, max, new ChartSeries(id, [.. answered.Select(value)]));
        return new DevelopmentSection(id, dimension.Title, dimension.Hint, chart, HoursLegend: false,
            [.. answered.Select(p => new ValueLine(text.Date(p.Date), [new ValueCell(id, Written(p))]))]);
    }

    private static DevelopmentSection? Hours(IReadOnlyList<DevelopmentPoint> points, DevelopmentText text)
    {
        var answered = points.Where(p => p.HoursWorked is not null || p.DesiredHours is not null).ToList();
        if (answered.Count == 0)
            return null;
        string Hours(decimal? h) => h is { } v ? text.Ui.Number(v) : "–";
        string Both(DevelopmentPoint p) => text.Ui.Format(text.HoursValue, Hours(p.HoursWorked), Hours(p.DesiredHours));
        var top = Math.Max(40, Math.Ceiling(answered.Max(p => Math.Max(p.HoursWorked ?? 0, p.DesiredHours ?? 0)) / 10) * 10);
        var chart = Chart("hours", text.HoursTitle, text, answered, Both, 0, top,
            new ChartSeries(ItemIds.HoursWorked, [.. answered.Select(p => p.HoursWorked)]),
            new ChartSeries(ItemIds.DesiredHours, [.. answered.Select(p => p.DesiredHours)], Dashed: true));
        var values = answered.Select(p => new ValueLine(text.Date(p.Date),
            [new ValueCell(ItemIds.HoursWorked, Hours(p.HoursWorked)), new ValueCell(ItemIds.DesiredHours, Hours(p.DesiredHours))],
            text.HoursValue));
        return new DevelopmentSection("hours", text.HoursTitle, text.HoursHint, chart, HoursLegend: true, [.. values]);
    }

    private static DevelopmentSection? Growth(IReadOnlyList<DevelopmentPoint> points, DevelopmentText text)
    {
        var answered = points.Where(p => p.LearnedNew is not null || p.NewTasks is not null || p.HasGoals is not null).ToList();
        if (answered.Count == 0)
            return null;
        ValueCell? Cell(string label, string id, bool? yes) =>
            yes is { } y ? new ValueCell(id, y ? text.Ui.Yes : text.Ui.No, label) : null;
        var values = answered.Select(p => new ValueLine(text.Date(p.Date), [.. new[]
        {
            Cell(text.LearnedNew, ItemIds.LearnedNew, p.LearnedNew),
            Cell(text.NewTasks, ItemIds.NewTasks, p.NewTasks),
            Cell(text.HasGoals, ItemIds.HasGoals, p.HasGoals),
        }.OfType<ValueCell>()], Nested: true));
        return new DevelopmentSection("growth", text.GrowthTitle, null, null, HoursLegend: false, [.. values]);
    }

    private static ChartView Chart(string id, string title, DevelopmentText text, IReadOnlyList<DevelopmentPoint> answered,
        Func<DevelopmentPoint, string> value, decimal min, decimal max, params ChartSeries[] series)
    {
        var (first, last) = (answered[0], answered[^1]);
        var description = answered.Count == 1
            ? text.Ui.Format(text.ChartOne, text.Date(first.Date), value(first))
            : text.Ui.Format(text.ChartMany, answered.Count, text.Date(first.Date), value(first), text.Date(last.Date), value(last));
        return new ChartView(id, title, description, min, max, text.Date(first.Date), text.Date(last.Date), series);
    }
}
