using IpsMonitor.Platform;
using System.Text;
using IpsMonitor.Questionnaires;

namespace IpsMonitor.Development;

/// <summary>
/// "Mijn ontwikkeling" as one HTML document. It gets nothing but the candidate's own points, so it cannot show a
/// supervisor's answers or a signal. Every chart has its values as text next to it, and the layout is one column that
/// wraps at any text size.
/// </summary>
internal static class DevelopmentPage
{
    private const string Css = """
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
        .urgent{border-left:5px solid #0b5cad;background:#f0f5fb;padding:.75rem 1rem;margin:2rem 0 0}
        """;

    public static string Render(IReadOnlyList<DevelopmentPoint> points, string lang)
    {
        var text = DevelopmentText.For(lang);
        var ui = text.Ui;
        var other = UiText.For(Languages.Other(ui.Lang));
        var body = new StringBuilder();
        body.Append($"""
            <p class="top"><a href="?lang={other.Lang}" hreflang="{other.Lang}" lang="{other.Lang}">{Html.Encode(other.LanguageName)}</a></p>
            <h1>{Html.Encode(text.Title)}</h1>
            <p>{Html.Encode(text.Intro)}</p>
            <p>{Html.Encode(text.NotShared)}</p>
            <h2>{Html.Encode(text.SummaryTitle)}</h2>
            <ul class="summary">{string.Concat(DevelopmentSummary.For(points, text).Select(line => $"<li>{Html.Encode(line)}</li>"))}</ul>

            """);
        Scale(body, points, text, Questionnaires.ItemIds.WorkAbility, text.WorkAbility, p => p.WorkAbility, 0, 10);
        Scale(body, points, text, Questionnaires.ItemIds.Energy, text.Energy, p => p.Energy, 1, 5);
        Scale(body, points, text, Questionnaires.ItemIds.Satisfaction, text.Satisfaction, p => p.Satisfaction, 1, 5);
        Scale(body, points, text, Questionnaires.ItemIds.Fit, text.Fit, p => p.Fit, 1, 5);
        Hours(body, points, text);
        Growth(body, points, text);
        if (points.Count == DevelopmentHistory.MaxPoints)
            body.Append($"<p>{Html.Encode(ui.Format(text.LastCheckIns, DevelopmentHistory.MaxPoints))}</p>");
        body.Append($"""
            <p class="urgent">{Html.Encode(ui.UrgentHelp)}</p>
            """);
        return PageLayout.Document(ui.Lang, text.Title, body.ToString(), Css);
    }

    /// <summary>The page for a link that does not (or no longer) work: the same for unknown, expired and revoked links.</summary>
    public static string Unavailable(string lang)
    {
        var text = DevelopmentText.For(lang);
        return PageLayout.Document(text.Ui.Lang, text.LinkNotValidTitle, $"""
            <h1>{Html.Encode(text.LinkNotValidTitle)}</h1>
            <p>{Html.Encode(text.LinkNotValid)}</p>
            <p class="urgent">{Html.Encode(text.Ui.UrgentHelp)}</p>
            """, Css);
    }

    private static void Scale(StringBuilder body, IReadOnlyList<DevelopmentPoint> points, DevelopmentText text, string id, DevelopmentText.Dimension dimension,
        Func<DevelopmentPoint, decimal?> value, decimal min, decimal max)
    {
        var answered = points.Where(p => value(p) is not null).ToList();
        if (answered.Count == 0)
            return;
        var chart = DevelopmentChart.Svg(id, dimension.Title, Describe(text, answered, p => text.Ui.Number(value(p)!.Value)), min, max,
            text.Date(answered[0].Date), text.Date(answered[^1].Date), new DevelopmentChart.Series(id, answered.Select(value).ToList()));
        var values = string.Concat(answered.Select(p => $"""<li>{Html.Encode(text.Date(p.Date))}: <span data-item="{id}">{Html.Encode(text.Ui.Number(value(p)!.Value))}</span></li>"""));
        Section(body, id, dimension.Title, dimension.Hint, chart, $"""<ul class="values">{values}</ul>""");
    }

    private static void Hours(StringBuilder body, IReadOnlyList<DevelopmentPoint> points, DevelopmentText text)
    {
        var answered = points.Where(p => p.HoursWorked is not null || p.DesiredHours is not null).ToList();
        if (answered.Count == 0)
            return;
        const string id = "hours";
        var ui = text.Ui;
        string Hours(decimal? h) => h is { } v ? ui.Number(v) : "–";
        string Both(DevelopmentPoint p) => ui.Format(text.HoursValue, Hours(p.HoursWorked), Hours(p.DesiredHours));
        var chart = DevelopmentChart.Svg(id, text.HoursTitle, Describe(text, answered, Both), 0, Math.Max(40, Math.Ceiling(answered.Max(p => Math.Max(p.HoursWorked ?? 0, p.DesiredHours ?? 0)) / 10) * 10),
            text.Date(answered[0].Date), text.Date(answered[^1].Date),
            new DevelopmentChart.Series(Questionnaires.ItemIds.HoursWorked, answered.Select(p => p.HoursWorked).ToList()),
            new DevelopmentChart.Series(Questionnaires.ItemIds.DesiredHours, answered.Select(p => p.DesiredHours).ToList(), Dashed: true));
        var legend = $"""<ul class="legend" aria-hidden="true"><li><span class="key-line"></span>{Html.Encode(text.HoursWorked)}</li><li><span class="key-line dashed"></span>{Html.Encode(text.HoursWanted)}</li></ul>""";
        var values = string.Concat(answered.Select(p => $"<li>{Html.Encode(text.Date(p.Date))}: " + ui.Format(Html.Encode(text.HoursValue),
            $"""<span data-item="{Questionnaires.ItemIds.HoursWorked}">{Hours(p.HoursWorked)}</span>""",
            $"""<span data-item="{Questionnaires.ItemIds.DesiredHours}">{Hours(p.DesiredHours)}</span>""") + "</li>"));
        Section(body, id, text.HoursTitle, text.HoursHint, chart + legend, $"""<ul class="values">{values}</ul>""");
    }

    private static void Growth(StringBuilder body, IReadOnlyList<DevelopmentPoint> points, DevelopmentText text)
    {
        var answered = points.Where(p => p.LearnedNew is not null || p.NewTasks is not null || p.HasGoals is not null).ToList();
        if (answered.Count == 0)
            return;
        string Item(string label, string id, bool? yes) =>
            yes is { } y ? $"""<li>{Html.Encode(label)}: <span data-item="{id}">{Html.Encode(y ? text.Ui.Yes : text.Ui.No)}</span></li>""" : "";
        var values = string.Concat(answered.Select(p => $"""
            <li>{Html.Encode(text.Date(p.Date))}<ul>{Item(text.LearnedNew, Questionnaires.ItemIds.LearnedNew, p.LearnedNew)}{Item(text.NewTasks, Questionnaires.ItemIds.NewTasks, p.NewTasks)}{Item(text.HasGoals, Questionnaires.ItemIds.HasGoals, p.HasGoals)}</ul></li>
            """));
        Section(body, "growth", text.GrowthTitle, null, "", $"""<ul class="values">{values}</ul>""");
    }

    private static void Section(StringBuilder body, string id, string title, string? hint, string chart, string values) =>
        body.Append($"""
            <section aria-labelledby="{id}-heading">
            <h2 id="{id}-heading">{Html.Encode(title)}</h2>
            {(hint is null ? "" : $"<p class=\"hint\">{Html.Encode(hint)}</p>")}
            {chart}
            {values}
            </section>

            """);

    private static string Describe(DevelopmentText text, IReadOnlyList<DevelopmentPoint> answered, Func<DevelopmentPoint, string> value) =>
        answered.Count == 1
            ? text.Ui.Format(text.ChartOne, text.Date(answered[0].Date), value(answered[0]))
            : text.Ui.Format(text.ChartMany, answered.Count, text.Date(answered[0].Date), value(answered[0]), text.Date(answered[^1].Date), value(answered[^1]));
}
