using System.Globalization;
using System.Text;

namespace IpsMonitor.Workspace;

/// <summary>
/// The check-ins board: every open, expiring, answered and missed check-in of the coach's caseload (a coordinator: the
/// programme a page of candidates at a time, or one coach), with the response per coach over the last
/// <see cref="ResponseWindow.WindowDays"/> days from the caseload counts. It starts from the caseload summaries and reads
/// the shown candidates' check-ins of that window only, without answers (one candidate looked up: their whole history),
/// and writes one audit row naming every candidate on the page.
/// </summary>
internal sealed class CheckInsPage(StaffPages pages, AccessStore access, WorklistReads reads, AuditLog audit, TimeProvider time)
{
    [Function("ShowCheckIns")]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/check-ins")] HttpRequest request, CancellationToken ct) =>
        Worklists.OpenAsync(pages, access, time, request, ct).RespondAsync(r => ShowAsync(request, r, ct));

    private async Task<IResult> ShowAsync(HttpRequest request, WorklistReader r, CancellationToken ct)
    {
        var (t, w) = (r.Text, r.Words);
        var state = Enum.TryParse<BoardState>(request.Query["state"].FirstOrDefault(), ignoreCase: true, out var s)
            && Enum.IsDefined(s) ? s : (BoardState?)null;
        var paging = StaffPager.Paging(request);
        // One candidate looked up (by id or local reference, within what the reader may see): their whole history. What no
        // code or reference holds (direction marks, invisible characters) is dropped, as a form drops it, so the words shown
        // back read as they are. A coordinator looks up in the whole programme, whichever coach the filter names.
        var asked = request.Query["candidate"].FirstOrDefault() is { } typed && Visible(typed) is { Length: > 0 } a ? a : null;
        var scope = asked is not null ? await reads.LookUpAsync(r.Staff.ProgrammeId, r.Staff.IsCoordinator ? null : r.Coach, asked, ct)
            : await reads.ScopeAsync(r.Staff.ProgrammeId, r.Coach, paging, request.Query["after"].FirstOrDefault(), ct);
        var from = asked is null ? CheckInBoard.ReadFrom(r.Now) : (DateTimeOffset?)null;
        var checkIns = await reads.CheckInsAsync(scope, from, ct);
        var lines = CheckInBoard.Lines(scope.Candidates, checkIns, r.Now, from ?? DateTimeOffset.MinValue, state);
        if (scope.PastTheEnd(paging, lines.Count) is { } last)
            return RespondentPages.SeeOther(StaffPager.PageAddress(request, last));
        var page = scope.PageOf(paging, lines);
        await audit.RecordListAsync(r.Staff, $"view check-ins page ({page.Count} of {lines.Count} check-ins)",
            page.Select(l => l.Candidate.Id), ct);

        var rates = asked is not null ? [] : (await reads.ResponseAsync(r.Staff.ProgrammeId, r.Coach is { } coach ? [coach]
                : [.. r.Coaches.Select(c => c.Id)], ct))
            // A deactivated coach with nothing sent in the window has no response to show.
            .Where(x => x.Sent > 0 || r.Coaches.Any(c => c.Id == x.CoachId && c.Active))
            .Select(x => new RateLine(r.Names.Coach(x.CoachId), x.Percent is { } p
                ? string.Format(w.Culture, w.Board.RateValue, p, x.Answered, x.Sent) : w.Board.NoRate, x.Answered, x.Sent))
            .OrderBy(x => x.Coach, StringComparer.OrdinalIgnoreCase).ToList();
        var model = new CheckInsModel(
            pages.Chrome(request, t, r.Staff.IsCoordinator), w,
            // The look-up is of the whole programme, so the coach filter shows what applies: everyone.
            asked is not null ? r.Choices with { Chosen = "" } : r.Choices,
            [.. Enum.GetValues<BoardState>().Select(x => new Choice(x.ToString(), w.Board.States[x]))
                .Prepend(new Choice("", w.Board.AllStates))],
            state?.ToString() ?? "", asked ?? "",
            Summary(w, asked, scope.Candidates.Count > 0, lines.Count, state),
            [.. page.Select(l => Line(t, w.Board, l, r.Names))], rates,
            scope.Pager(request, paging, lines.Count));
        return await Views.PageAsync<CheckInsDocument>(new Dictionary<string, object?> { [nameof(CheckInsDocument.Model)] = model });
    }

    /// <summary>
    /// What the list holds, in words; a look-up names whom it looked up, and with a state chosen, the state. A code or
    /// reference that finds no one the reader may see says so, the same whether or not it exists elsewhere.
    /// </summary>
    private static string Summary(WorklistText w, string? asked, bool found, int count, BoardState? state) =>
        asked is null ? count == 0 ? w.Board.Nothing : w.Count(count, w.Board.CheckIns)
        : !found ? string.Format(w.Culture, w.Board.NoCandidate, asked)
        : count > 0 ? string.Format(w.Culture, w.Board.CountOf, w.Count(count, w.Board.CheckIns), asked)
        : state is { } s ? string.Format(w.Culture, w.Board.NothingOfInState, asked, w.Board.States[s])
        : string.Format(w.Culture, w.Board.NothingOf, asked);

    /// <summary>
    /// The look-up as a code or reference can hold it: without what the forms drop (direction marks, control characters)
    /// and without invisible characters, which a paste brings along and no code or reference is told apart by.
    /// </summary>
    private static string Visible(string typed) =>
        string.Concat(TextRule.Clean(typed, multiLine: false).EnumerateRunes()
            .Where(r => Rune.GetUnicodeCategory(r) != UnicodeCategory.Format)).Trim();

    private static CheckInLine Line(StaffText t, BoardWords w, BoardLine l, StaffNames names) => new(
        l.Candidate.Id, l.Candidate.LocalReference, names.Coach(l.Candidate.CoachId), w.Respondents[l.CheckIn.Respondent],
        l.State.ToString(), w.States[l.State], StaffLayout.Date(l.CheckIn.DueDate, t), StaffLayout.Date(l.CheckIn.ValidThrough, t),
        StaffLayout.Date(l.CheckIn.AnsweredAt, t));
}
