using IpsMonitor.Signals;

namespace IpsMonitor.Workspace;

/// <summary>
/// "Vandaag", the coach's start page: what to do, ordered by deadline (see <see cref="TodayList"/>). A coordinator sees
/// it for the whole programme or one coach. It reads the shown candidates' open signals and their check-ins of the last
/// weeks only, and writes one audit row naming every candidate on the page.
/// </summary>
internal sealed class TodayPage(
    StaffPages pages, AccessStore access, WorklistReads reads, AuditLog audit, TimeProvider time,
    IOptions<WorklistOptions> options)
{
    public const int PageSize = 50;

    [Function("ShowToday")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/today")] HttpRequest request, CancellationToken ct)
    {
        if (!(await pages.SignedInAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        var t = StaffText.For(StaffPages.Language(request));
        var w = WorklistText.For(t.Lang);
        var coaches = await access.CoachesAsync(staff.ProgrammeId, ct);
        var coach = Worklists.Coach(request, staff, coaches);
        var now = time.GetUtcNow();

        var scope = await reads.ScopeAsync(staff.ProgrammeId, coach, ct);
        var (signals, badSignals) = await reads.OpenSignalsAsync(scope, ct);
        var (checkIns, badCheckIns) = await reads.CheckInsAsync(scope, TodayList.ReadFrom(now, options.Value), ct);
        var items = TodayList.Build(scope.Candidates, signals, checkIns, now, options.Value);
        var paging = new Paging(StaffPager.Page(request), PageSize);
        var page = paging.Of(items).ToList();
        await audit.RecordListAsync(staff, $"view today page ({page.Count} of {items.Count} lines)",
            page.Select(i => i.Candidate.Id), ct);

        var byCoordinator = page.Any(i => i.Signal?.Acknowledgements.Any(a => a.By.Contains(':', StringComparison.Ordinal)) == true);
        var names = StaffNames.Of(coaches, byCoordinator ? await access.KeysAsync(staff.ProgrammeId, ct) : []);
        var today = ProgrammeTime.DateOf(now);
        var model = new TodayModel(
            pages.Chrome(request, t, staff.IsCoordinator), w, Worklists.Choices(t, staff, coaches, names, coach),
            items.Count == 0 ? w.NothingToDo : w.Count(items.Count, w.OneLine, w.Lines),
            Worklists.Unreadable(w, scope.Unreadable + badSignals + badCheckIns),
            [.. page.Select(i => Line(t, w, i, names, today))], StaffPager.View(request, paging, items.Count));
        return await Views.PageAsync<TodayDocument>(new Dictionary<string, object?> { [nameof(TodayDocument.Model)] = model });
    }

    /// <summary>The line in the reader's words: why it is there and what to do, by reason.</summary>
    private static TodayLine Line(StaffText t, WorklistText w, TodayItem i, StaffNames names, DateOnly today)
    {
        var deadline = i.Deadline is { } d
            ? string.Format(w.Culture, d < today ? w.DeadlinePassed : w.DeadlineOn, StaffLayout.Date(d, t)) : null;
        var (title, why, action) = i switch
        {
            { Signal: { } s, Handled: true } => (t.SignalLabel(s.Type), s.Explanation(t.Lang) + " " + Seen(t, s, names),
                w.HandledAction),
            { Signal: { } s } => (t.SignalLabel(s.Type), s.Explanation(t.Lang), w.ActionFor(s.Type)),
            { CheckIn: { } c, Reason: TodayReason.CheckInExpiring } => (w.ReasonTitle(i.Reason),
                CheckInWhy(t, w, w.ExpiringWhy, c), string.Format(w.Culture, w.ExpiringAction, w.Respondents[c.Respondent])),
            { CheckIn: { } c } => (w.ReasonTitle(i.Reason), CheckInWhy(t, w, w.MissedWhy, c), w.MissedAction),
            _ => (w.ReasonTitle(i.Reason), string.Format(w.Culture, w.NoContactWhy, (today.DayNumber - i.Since.DayNumber) / 7),
                w.NoContactAction),
        };
        var candidate = i.Candidate;
        return new TodayLine(candidate.Id, candidate.LocalReference, names.Coach(candidate.CoachId), i.Reason.ToString(),
            i.Handled ? "handled" : i.Severity.ToString().ToLowerInvariant(), i.Handled ? w.Handled : t.SeverityLabel(i.Severity),
            title, why, action, deadline, i.Handled);
    }

    private static string CheckInWhy(StaffText t, WorklistText w, string format, Invitation c) =>
        string.Format(w.Culture, format, w.Respondents[c.Respondent], StaffLayout.Date(c.DueDate, t),
            StaffLayout.Date(c.ValidThrough, t));

    /// <summary>"Gezien door Sanne de Vries op 3 dec 2026": the latest acknowledgement, by name.</summary>
    private static string Seen(StaffText t, StoredSignal s, StaffNames names) =>
        s.Acknowledgements is [.., var a]
            ? string.Format(t.Culture, t.AcknowledgedBy, names.Acknowledger(a.By, AuditText.For(t.Lang).Coordinator),
                StaffLayout.Date(a.At, t)) + "."
            : "";
}
