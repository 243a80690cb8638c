using IpsMonitor.Workbooks;

namespace IpsMonitor.Workspace;

/// <summary>
/// "Kwartaal", for coordinators: this quarter and the previous one against the benchmark bands, the last eight quarters
/// as small charts, and each coach's caseload against the fidelity norm. Computed by the workbook's own metrics
/// (<see cref="QuarterlyMetrics"/> over <see cref="ProgrammeReader"/>), so page and workbook agree. The page shows
/// aggregates only; reading the programme's data for it is audited as one row with the quarter, as an external workbook
/// download is.
/// </summary>
internal sealed class QuarterPage(
    StaffPages pages, ProgrammeReader reader, AuditLog audit, IOptions<OutcomeOptions> outcomes, TimeProvider time)
{
    [Function("ShowQuarter")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/quarter")] HttpRequest request, CancellationToken ct)
    {
        if (!(await pages.CoordinatorAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        var lang = StaffPages.Language(request);
        var (t, c) = (StaffText.For(lang), CoordinatorText.For(lang));

        var today = Quarter.LocalDate(time.GetUtcNow(), Quarter.Amsterdam);
        var quarter = Quarter.Containing(today);
        var policy = outcomes.Value.Policy(today);
        var report = QuarterlyMetrics.Compute(await reader.ReadAsync(staff.ProgrammeId, ct), quarter, Quarter.Amsterdam, policy);
        await audit.RecordAsync(staff, $"view quarter overview {quarter}", null, ct);

        var chrome = pages.Chrome(request, t, staff.IsCoordinator, "quarter");
        var opening = string.Format(t.Culture, c.QuarterOpen, quarter, StaffLayout.Date(quarter.End, t));
        return await Views.PageAsync<QuarterView>(new Dictionary<string, object?>
        {
            [nameof(QuarterView.Text)] = t,
            [nameof(QuarterView.Words)] = c,
            [nameof(QuarterView.Chrome)] = chrome,
            [nameof(QuarterView.Model)] = QuarterModels.Of(report, opening, t, c),
        });
    }
}
