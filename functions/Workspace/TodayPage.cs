using IpsMonitor.Signals;

namespace IpsMonitor.Workspace;

/// <summary>
/// "Vandaag", the coach's start page: what to do, ordered by deadline (see <see cref="TodayList"/>). A coordinator sees
/// it for the whole programme (a page of candidates at a time, what needs attention first) or one coach. It starts from
/// the caseload summaries and reads the shown candidates' open signals and their check-ins of the last weeks only, and
/// writes one audit row naming every candidate on the page.
/// </summary>
internal sealed class TodayPage(
    StaffPages pages, AccessStore access, WorklistReads reads, AuditLog audit, TimeProvider time,
    IOptions<WorklistOptions> options, IOptions<SignalRules> rules, FitReviewStore reviews)
{
    [Function("ShowToday")]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/today")] HttpRequest request, CancellationToken ct) =>
        Worklists.OpenAsync(pages, access, time, request, ct).RespondAsync(r => ShowAsync(request, r, ct));

    private async Task<IResult> ShowAsync(HttpRequest request, WorklistReader r, CancellationToken ct)
    {
        // A coach's lines are paged; the whole programme's are paged by candidate, what needs attention first.
        var paging = StaffPager.Paging(request);
        var scope = await reads.ScopeAsync(r.Staff.ProgrammeId, r.Coach, paging, request.Query["after"].FirstOrDefault(), ct);
        var signals = await reads.OpenSignalsAsync(scope, ct);
        var checkIns = await reads.CheckInsAsync(scope, TodayList.ReadFrom(r.Now, options.Value), ct);
        // A silence may reach back further than the check-ins read: the summary's last answer tells.
        var lastAnswered = scope.Summaries.ToDictionary(s => s.Id, s => s.Candidate.LastCheckIn, StringComparer.Ordinal);
        var items = TodayList.Build(scope.Candidates, signals, checkIns, r.Now, options.Value, await OnboardingEndsAsync(scope, r.Now, ct),
            lastAnswered);
        if (scope.PastTheEnd(paging, items.Count) is { } last)
            return RespondentPages.SeeOther(StaffPager.PageAddress(request, last));
        var page = scope.PageOf(paging, items);
        await audit.RecordListAsync(r.Staff, $"view today page ({page.Count} of {items.Count} lines)",
            page.Select(i => i.Candidate.Id), ct);

        var byCoordinator = page.Any(i => i.Signal?.Acknowledgements.Any(a => a.By.Contains(':', StringComparison.Ordinal)) == true);
        // A coach's reader holds their own row only: whoever else saw a signal (an earlier coach, a coordinator) is read by name.
        var names = r.Staff.IsCoordinator
            ? StaffNames.Of(r.Coaches, byCoordinator ? await access.KeysAsync(r.Staff.ProgrammeId, ct) : [])
            : await StaffNames.NamedAsync(access, r.Staff.ProgrammeId,
                [.. r.Coaches.Select(c => c.Id), .. page.SelectMany(i => i.Signal?.Acknowledgements.Select(a => a.By) ?? [])], ct);
        var (t, w) = (r.Text, r.Words);
        var model = new TodayModel(
            pages.Chrome(request, t, r.Staff.IsCoordinator), w, r.Choices,
            items.Count == 0 ? w.Today.Nothing : w.Count(items.Count, w.Today.Lines),
            [.. page.Select(i => Line(t, w, i, names, ProgrammeTime.DateOf(r.Now)))],
            scope.Pager(request, paging, items.Count));
        return await Views.PageAsync<TodayDocument>(new Dictionary<string, object?> { [nameof(TodayDocument.Model)] = model });
    }

    /// <summary>
    /// The shown candidates' running jobs whose onboarding ends near today, as their summaries hold them, each with one
    /// point read of its fit review: a few per page, never the programme's jobs.
    /// </summary>
    private async Task<List<OnboardingEndJob>> OnboardingEndsAsync(WorklistScope scope, DateTimeOffset now, CancellationToken ct)
    {
        var today = ProgrammeTime.DateOf(now);
        var near = new List<(string Id, string JobId, DateOnly End)>();
        foreach (var summary in scope.Summaries)
            if (summary.CurrentJob is { JobId: { } jobId, StartDate: { } start }
                && OnboardingEnd.Of(start, rules.Value.OnboardingMonths) is var end && OnboardingEnd.IsNear(end, today))
                near.Add((summary.Candidate.Id, jobId, end));
        var reviewed = await Task.WhenAll(near.Select(x => reviews.ReviewedAtAsync(scope.ProgrammeId, x.Id, x.JobId, ct)));
        return [.. near.Select((x, n) => new OnboardingEndJob(x.Id, x.JobId, x.End, reviewed[n] is not null))];
    }

    /// <summary>The line in the reader's words: why it is there and what to do, by reason.</summary>
    private static TodayLine Line(StaffText t, WorklistText w, TodayItem i, StaffNames names, DateOnly today)
    {
        var words = w.Today;
        var reason = words.Reasons[i.Reason];
        var deadline = i.Deadline is { } d
            ? string.Format(w.Culture, d < today ? words.DeadlinePassed : words.DeadlineOn, StaffLayout.Date(d, t)) : null;
        var (title, why, action) = i switch
        {
            { Signal: { } s, Handled: true } => (t.SignalLabel(s.Type), s.Explanation(t.Lang) + " " + Seen(t, s, names),
                words.HandledAction),
            { Signal: { } s } => (t.SignalLabel(s.Type), s.Explanation(t.Lang), words.ActionFor(s.Type)),
            { Reason: TodayReason.OnboardingEnds, Handled: true } => (reason.Title,
                string.Format(w.Culture, reason.Why, StaffLayout.Date(i.Since, t)), words.HandledAction),
            { Reason: TodayReason.OnboardingEnds } => (reason.Title, string.Format(w.Culture, reason.Why, StaffLayout.Date(i.Since, t)),
                reason.Action),
            { CheckIn: { } c } => (reason.Title, string.Format(w.Culture, reason.Why, w.Respondents[c.Respondent],
                StaffLayout.Date(c.DueDate, t), StaffLayout.Date(c.ValidThrough, t)),
                string.Format(w.Culture, reason.Action, w.Respondents[c.Respondent])),
            _ => (reason.Title, string.Format(w.Culture, reason.Why, (today.DayNumber - i.Since.DayNumber) / 7), reason.Action),
        };
        var candidate = i.Candidate;
        return new TodayLine(candidate.Id, candidate.LocalReference, names.Coach(candidate.CoachId), i.Reason.ToString(),
            i.Handled ? "handled" : i.Severity.ToString().ToLowerInvariant(),
            i.Handled ? words.Handled : t.SeverityLabel(i.Severity), title, why, action, deadline, i.Handled)
        {
            // The fit is reviewed in the driegesprek: the line leads to the agenda, which is today's.
            Anchor = i.Reason == TodayReason.OnboardingEnds ? "fit-review" : null,
        };
    }

    /// <summary>"Gezien door Sanne de Vries op 3 dec 2026": the latest acknowledgement, by name.</summary>
    private static string Seen(StaffText t, StoredSignal s, StaffNames names) =>
        s.Acknowledgements is [.., var a]
            ? string.Format(t.Culture, t.AcknowledgedBy, names.Acknowledger(a.By, AuditText.For(t.Lang).Coordinator),
                StaffLayout.Date(a.At, t)) + "."
            : "";
}
