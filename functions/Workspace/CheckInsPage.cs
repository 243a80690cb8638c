namespace IpsMonitor.Workspace;

/// <summary>
/// The check-ins board: every open, expiring, answered and missed check-in of the coach's caseload (a coordinator: the
/// programme, or one coach), with the response per coach over the last <see cref="CheckInBoard.WindowDays"/> days. It
/// reads the shown candidates' check-ins of that window only, without answers, and writes one audit row naming every
/// candidate on the page.
/// </summary>
internal sealed class CheckInsPage(StaffPages pages, AccessStore access, WorklistReads reads, AuditLog audit, TimeProvider time)
{
    public const int PageSize = 50;

    [Function("ShowCheckIns")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/check-ins")] HttpRequest request, CancellationToken ct)
    {
        if (!(await pages.SignedInAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        var t = StaffText.For(StaffPages.Language(request));
        var w = WorklistText.For(t.Lang);
        var coaches = await access.CoachesAsync(staff.ProgrammeId, ct);
        var coach = Worklists.Coach(request, staff, coaches);
        var state = Enum.TryParse<BoardState>(request.Query["state"].FirstOrDefault(), ignoreCase: true, out var s)
            && Enum.IsDefined(s) ? s : (BoardState?)null;
        var now = time.GetUtcNow();

        var scope = await reads.ScopeAsync(staff.ProgrammeId, coach, ct);
        // One candidate looked up (by id or local reference, within what the reader may see): their whole history.
        var asked = request.Query["candidate"].FirstOrDefault()?.Trim() is { Length: > 0 } a ? a : null;
        if (asked is not null)
            scope = scope with { Candidates = [.. scope.Candidates.Where(c => c.Id == asked || c.LocalReference == asked)], Narrowed = true };
        var from = asked is null ? CheckInBoard.ReadFrom(now) : (DateTimeOffset?)null;
        var (checkIns, unreadable) = await reads.CheckInsAsync(scope, from, ct);
        var lines = CheckInBoard.Lines(scope.Candidates, checkIns, now, from ?? DateTimeOffset.MinValue, state);
        var paging = new Paging(StaffPager.Page(request), PageSize);
        var page = paging.Of(lines).ToList();
        await audit.RecordListAsync(staff, $"view check-ins page ({page.Count} of {lines.Count} check-ins)",
            page.Select(l => l.Candidate.Id), ct);

        var names = StaffNames.Of(coaches, []);
        var rateCoaches = coach is not null ? [coach]
            : coaches.Select(c => c.Id).Concat(scope.Candidates.Select(c => c.CoachId)).ToList();
        var rates = asked is not null ? [] : CheckInBoard.Rates(scope.Candidates, checkIns, now, rateCoaches)
            .Select(r => new RateLine(names.Coach(r.CoachId),
                r.Percent is { } p ? string.Format(w.Culture, w.RateValue, p, r.Answered, r.Sent) : w.NoRate, r.Answered, r.Sent))
            .OrderBy(r => r.Coach, StringComparer.OrdinalIgnoreCase).ToList();
        var model = new CheckInsModel(
            pages.Chrome(request, t, staff.IsCoordinator), w, Worklists.Choices(t, staff, coaches, names, coach),
            [.. Enum.GetValues<BoardState>().Select(x => new Choice(x.ToString(), w.States[x])).Prepend(new Choice("", w.AllStates))],
            state?.ToString() ?? "", asked ?? "",
            lines.Count == 0 ? w.NoCheckIns : w.Count(lines.Count, w.OneCheckIn, w.CheckIns),
            Worklists.Unreadable(w, scope.Unreadable + unreadable),
            [.. page.Select(l => Line(t, w, l, names))], rates, StaffPager.View(request, paging, lines.Count));
        return await Views.PageAsync<CheckInsDocument>(new Dictionary<string, object?> { [nameof(CheckInsDocument.Model)] = model });
    }

    private static CheckInLine Line(StaffText t, WorklistText w, BoardLine l, StaffNames names) => new(
        l.Candidate.Id, l.Candidate.LocalReference, names.Coach(l.Candidate.CoachId), w.RespondentLabels[l.CheckIn.Respondent],
        l.State.ToString(), w.States[l.State], StaffLayout.Date(l.CheckIn.DueDate, t), StaffLayout.Date(l.CheckIn.ValidThrough, t),
        StaffLayout.Date(l.CheckIn.AnsweredAt, t));
}
