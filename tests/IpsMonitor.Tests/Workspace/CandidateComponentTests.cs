using IpsMonitor.Workspace;

namespace IpsMonitor.Tests.Workspace;

/// <summary>The candidate page's parts as a browser parses them: what a coach reads, and that typed text stays text.</summary>
public sealed class CandidateComponentTests
{
    private static readonly StaffText T = StaffText.Nl;

    private static CandidateFormsView Forms(PostedForm? posted = null) =>
        new(T, "/api/staff/candidates/k-1/", new FormToken("__af", "token"), posted, "2026-12-03", [], [], []);

    private static JobView Job(bool reviewDue) => new(
        "j-1", "Kok, <b>Hotel</b>", [new("Sector", "I Logies")],
        [new AdjustmentLine("a1", "Extra pauzes", "Extra pauzes · sinds 1 dec 2026", reviewDue, "loopt", [],
            Decidable: true)], "Niet open", "Nee", Changeable: true,
        new JobFormValues(false, "12", false, null, null, null, "None", false, null));

    [Fact]
    public async Task AJobCardShowsItsAdjustmentsAndEncodesWhatWasTyped()
    {
        var html = await Views.RenderAsync<JobCard>(new Dictionary<string, object?>
        {
            [nameof(JobCard.Forms)] = Forms(), [nameof(JobCard.Job)] = Job(reviewDue: true),
        });
        var card = Dom.Parse(html).GetElementById("job-j-1");

        Assert.NotNull(card);
        Assert.Equal("Kok, <b>Hotel</b>", card.QuerySelector("h3")?.Text());
        Assert.Null(card.QuerySelector("h3 b"));
        Assert.Equal($"Extra pauzes · sinds 1 dec 2026 ({T.ReviewDue}) · loopt", card.QuerySelector("li")?.Text());
        Assert.Equal("12", card.QuerySelector("#jobchange-j-1-contractHoursPerWeek")?.GetAttribute("value"));
        // Hours, consent, a decision on the one adjustment, and a new adjustment; ending the job is destructive, so the
        // card links to its confirmation page instead of holding that form.
        Assert.Equal(4, card.QuerySelectorAll("form input[name='__af']").Length);
        Assert.Equal("/api/staff/candidates/k-1/jobs/j-1/end", card.QuerySelector("a[href$='/end']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task AFormSentBackWithErrorsOpensWithWhatWasTypedAndMarksTheField()
    {
        var posted = new PostedForm("jobend-j-1",
            new Dictionary<string, string> { ["endDate"] = "2001-01-01", ["reason"] = "Health", ["reasonNote"] = "\"x\"" }, new Dictionary<string, string> { ["reasonNote"] = "Toelichting: te lang" });
        var html = await Views.RenderAsync<DateReasonFields>(new Dictionary<string, object?>
        {
            [nameof(DateReasonFields.FormId)] = "jobend-j-1", [nameof(DateReasonFields.DateField)] = "endDate",
            [nameof(DateReasonFields.DateLabel)] = T.EndDate, [nameof(DateReasonFields.Text)] = T,
            [nameof(DateReasonFields.Choices)] = StaffText.Choices(T.JobEndReasonLabels),
            [nameof(DateReasonFields.Today)] = "2026-12-03", [nameof(DateReasonFields.Posted)] = posted,
        });
        var page = Dom.Parse(html);

        Assert.Equal("\"x\"", page.GetElementById("jobend-j-1-reasonNote")?.GetAttribute("value"));
        Assert.Equal("true", page.GetElementById("jobend-j-1-reasonNote")?.GetAttribute("aria-invalid"));
        Assert.Equal("Health", page.QuerySelector("#jobend-j-1-reason option[selected]")?.GetAttribute("value"));
        Assert.Null(page.GetElementById("jobend-j-1-endDate")?.GetAttribute("aria-invalid"));
        Assert.Equal("2001-01-01", page.GetElementById("jobend-j-1-endDate")?.GetAttribute("value"));
    }

    [Fact]
    public async Task TheTrendChartDrawsBothPerspectivesAndListsTheValues()
    {
        var d = new Dimension("fit", 1, 5,
            [new ChartPoint(new DateOnly(2026, 10, 1), 2, false), new ChartPoint(new DateOnly(2026, 11, 1), 4, true)],
            [new ChartPoint(new DateOnly(2026, 11, 2), 3, false)]);
        var html = await Views.RenderAsync<TrendChartFigure>(new Dictionary<string, object?>
        {
            [nameof(TrendChartFigure.Text)] = T, [nameof(TrendChartFigure.Chart)] = TrendChart.View(d, "Past het werk", T),
        });
        var figure = Dom.Parse(html).QuerySelector("figure");

        Assert.NotNull(figure);
        Assert.Equal("chart-fit-title", figure.QuerySelector("svg")?.GetAttribute("aria-labelledby"));
        Assert.Equal(2, figure.QuerySelectorAll("g[data-series='candidate'] circle[data-value]").Length);
        Assert.Equal("4", figure.QuerySelector("circle[data-reliable='true']")?.GetAttribute("data-value"));
        Assert.Equal("5 4", figure.QuerySelector("g[data-series='supervisor'] polyline")?.GetAttribute("stroke-dasharray"));
        Assert.Null(figure.QuerySelector("g[data-series='candidate'] polyline")?.GetAttribute("stroke-dasharray"));
        Assert.Equal(3, figure.QuerySelectorAll("tbody tr").Length);
        Assert.Contains($"4 ({T.ReliableChange})", figure.QuerySelector("tbody")?.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChartWithoutAnswersSaysSo()
    {
        var html = await Views.RenderAsync<TrendChartFigure>(new Dictionary<string, object?>
        {
            [nameof(TrendChartFigure.Text)] = T,
            [nameof(TrendChartFigure.Chart)] = TrendChart.View(new Dimension("hours", 0, 60, [], []), "Uren", T),
        });
        var figure = Dom.Parse(html).QuerySelector("figure");

        Assert.Null(figure?.QuerySelector("svg"));
        Assert.Equal(T.NoAnswersYet, figure?.QuerySelector("p.hint")?.Text());
    }
}
