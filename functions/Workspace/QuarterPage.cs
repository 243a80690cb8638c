using IpsMonitor.Workbooks;

namespace IpsMonitor.Workspace;

/// <summary>
/// "Kwartaal", for coordinators: this quarter and the previous one against the benchmark bands, the last eight quarters
/// as small charts, and each coach's caseload against the fidelity norm. It reads the figures the workbook builds stored
/// (<see cref="QuarterFiguresStore"/>: eight small rows in one query), so page and workbook agree and a view costs the
/// same whatever the history; it says when they were computed. A quarter without stored figures gets a plain message and
/// the build action. The page shows aggregates only; viewing it is audited as one row with the quarter, as an external
/// workbook download is.
/// </summary>
internal sealed class QuarterPage(StaffPages pages, QuarterFiguresStore figures, AccessStore access, AuditLog audit, TimeProvider time)
{
    [Function("ShowQuarter")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/quarter")] HttpRequest request, CancellationToken ct)
    {
        if (!(await pages.CoordinatorAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        var (t, c) = StaffPages.CoordinatorTexts(request);

        var now = time.GetUtcNow();
        var quarter = Quarter.FromInstant(now, Quarter.Amsterdam);
        var stored = await figures.ReadAsync(staff.ProgrammeId, quarter, QuarterTrend.Quarters, ct);
        await audit.RecordAsync(staff, $"view quarter overview {quarter}", null, ct);

        var chrome = pages.Chrome(request, t, staff.IsCoordinator, "quarter");
        var opening = string.Format(t.Culture, c.QuarterOpen, quarter, StaffLayout.Date(quarter.End, t));
        var current = stored.GetValueOrDefault(quarter);
        var names = await StaffNames.NamedAsync(access, staff.ProgrammeId, current?.Coaches.Select(x => x.CoachId) ?? [], ct);
        var model = current is null ? null
            : QuarterModels.Of(current, [.. stored.Values.OrderBy(f => f.Quarter)], opening, Computed(current.ComputedAt, now, t, c), t, c, names);
        return await Views.PageAsync<QuarterView>(new Dictionary<string, object?>
        {
            [nameof(QuarterView.Text)] = t,
            [nameof(QuarterView.Words)] = c,
            [nameof(QuarterView.Chrome)] = chrome,
            [nameof(QuarterView.Quarter)] = quarter.ToString(),
            [nameof(QuarterView.Model)] = model,
        });
    }

    /// <summary>"Bijgewerkt vannacht om 02:00." for the nightly run, today's time for a later build, else the day.</summary>
    public static string Computed(DateTimeOffset computedAt, DateTimeOffset now, StaffText t, CoordinatorText c)
    {
        var local = ProgrammeTime.Local(computedAt);
        var time = local.ToString("HH:mm", t.Culture);
        if (DateOnly.FromDateTime(local) != ProgrammeTime.DateOf(now))
            return string.Format(t.Culture, c.ComputedOn, StaffLayout.Date(computedAt, t), time);
        return string.Format(t.Culture, local.Hour < 6 ? c.ComputedTonight : c.ComputedToday, time);
    }
}
