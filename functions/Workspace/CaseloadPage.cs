using IpsMonitor.Access;
using IpsMonitor.Caseload;
using IpsMonitor.CheckIns;
using IpsMonitor.Platform;
using IpsMonitor.Questionnaires;
using IpsMonitor.Signals;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace IpsMonitor.Workspace;

/// <summary>
/// "Mijn caseload": one row per candidate, what needs attention first. A coach sees their own caseload, a coordinator
/// the whole programme with a coach filter. One audit row per page read names every candidate shown.
/// </summary>
internal sealed class CaseloadPage(
    StaffPages pages, AccessStore access, CaseloadStore caseload, CheckInStore checkIns, SignalStore signals, AuditLog audit,
    TimeProvider time, IOptions<CheckInOptions> options)
{
    /// <summary>Rows a page shows; "Vorige" and "Volgende" links lead to the others.</summary>
    public const int PageSize = 50;

    /// <summary>One line of the caseload, with what orders it: open signals by severity, then an overdue check-in.</summary>
    internal sealed record Row(CandidateDto Candidate, Job? CurrentJob, IReadOnlyList<StoredSignal> OpenSignals)
    {
        public int Rank(DateOnly today) =>
            Candidate.Status == CandidateDtos.Discharged ? int.MaxValue
            : -(OpenSignals.Count(s => s.Severity == SignalSeverity.Urgent) * 10000
                + OpenSignals.Count(s => s.Severity == SignalSeverity.Attention) * 100
                + OpenSignals.Count(s => s.Severity == SignalSeverity.Info) * 10
                + (Candidate.NextCheckInDue is { } due && due < today ? 1 : 0));
    }

    [Function("ShowCaseload")]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/caseload")] HttpRequest request, CancellationToken ct)
    {
        if (!(await pages.SignedInAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        var t = StaffText.For(StaffPages.Language(request));
        var programmeId = staff.ProgrammeId;
        var status = request.Query["status"].FirstOrDefault() is { } s && StaffText.Statuses.Contains(s) ? s : "active";
        var signalType = request.Query["signal"].FirstOrDefault() is { } st && SignalTypes.All.Contains(st) ? st : null;
        var coaches = staff.IsCoordinator ? await access.CoachesAsync(programmeId, ct) : [];
        var coach = staff.IsCoordinator
            ? request.Query["coach"].FirstOrDefault() is { } c && coaches.Any(x => x.Id == c) ? c : null
            : staff.CoachId;

        var today = time.Today();
        var rows = await RowsAsync(programmeId, coach, today, ct);
        var shown = rows
            .Where(r => status == "all" || (status == "active" ? r.Candidate.Status != CandidateDtos.Discharged : r.Candidate.Status == status))
            .Where(r => signalType is null || r.OpenSignals.Any(x => x.Type == signalType))
            .OrderBy(r => r.Rank(today)).ThenBy(r => r.Candidate.NextCheckInDue ?? DateOnly.MaxValue).ThenBy(r => r.Candidate.Id, StringComparer.Ordinal)
            .ToList();
        var paging = new Paging(StaffPager.Page(request), PageSize);
        var page = paging.Of(shown).ToList();
        await audit.RecordListAsync(staff, $"view caseload page ({page.Count} of {shown.Count} candidates)", page.Select(r => r.Candidate.Id), ct);

        var chrome = new StaffChrome(t, StaffPages.Base(request), pages.FormToken(request.HttpContext), staff.IsCoordinator);
        var title = staff.IsCoordinator ? t.CaseloadProgramme : t.CaseloadMine;
        var body = $"""
            <h1>{title}</h1>
            {Filters(t, status, signalType, coach, coaches)}
            <p role="status">{(shown.Count == 0 ? t.NoCandidates : shown.Count == 1 ? t.OneCandidateShown : string.Format(t.Culture, t.CandidatesShown, shown.Count))}</p>
            {Table(t, chrome.Base, page, staff.IsCoordinator)}
            {StaffPager.Html(t, request, paging, shown.Count)}
            """;
        return StaffPages.Page(StaffLayout.Document(t, title, body, chrome));
    }

    private async Task<List<Row>> RowsAsync(string programmeId, string? coach, DateOnly today, CancellationToken ct)
    {
        var files = new List<CandidateFile>();
        await foreach (var file in caseload.ListAsync(programmeId, ct))
            if (coach is null || file.Candidate.CoachId == coach)
                files.Add(file);
        var ids = files.Select(f => f.Candidate.Id).ToHashSet();
        var jobs = new Dictionary<string, List<Job>>();
        await foreach (var job in caseload.ProgrammeJobsAsync(programmeId, ct))
            if (ids.Contains(job.CandidateId))
                (jobs.TryGetValue(job.CandidateId, out var list) ? list : jobs[job.CandidateId] = []).Add(job);
        var open = new Dictionary<string, List<StoredSignal>>();
        await foreach (var signal in signals.ForProgrammeAsync(programmeId, ct))
            if (signal.ResolvedAt is null && ids.Contains(signal.CandidateId))
                (open.TryGetValue(signal.CandidateId, out var list) ? list : open[signal.CandidateId] = []).Add(signal);
        var last = await checkIns.LastCandidateCheckInsAsync(programmeId, [.. ids], ct);
        return files.Select(f =>
        {
            var own = jobs.GetValueOrDefault(f.Candidate.Id) ?? [];
            var dto = f.AsDto(own, last.TryGetValue(f.Candidate.Id, out var l) ? l : null, today, options.Value, withJobs: false);
            var current = own.Where(j => j.IsOpenOn(today)).OrderByDescending(j => j.StartDate).FirstOrDefault();
            return new Row(dto, current, (open.GetValueOrDefault(f.Candidate.Id) ?? []).OrderByDescending(x => x.Severity).ToList());
        }).ToList();
    }

    private static string Filters(StaffText t, string status, string? signalType, string? coach, IReadOnlyList<Coach> coaches)
    {
        string Option(string value, string label, string? selected) =>
            $"""<option value="{Html.Encode(value)}"{(value == selected ? " selected" : "")}>{Html.Encode(label)}</option>""";
        var statusOptions = string.Concat(StaffText.Statuses.Select(s => Option(s, t.StatusLabel(s), status)));
        var signalOptions = Option("", t.AnySignal, signalType ?? "") + string.Concat(SignalTypes.All.Select(x => Option(x, t.SignalLabel(x), signalType)));
        var coachFilter = coaches.Count == 0 ? "" : $"""
            <div><label for="coach">{t.Coach}</label><select id="coach" name="coach">{Option("", t.AllCoaches, coach ?? "")}{string.Concat(coaches.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => Option(c.Id, c.Id, coach)))}</select></div>
            """;
        return $"""
            <form method="get" class="filters" aria-label="{t.Filters}">
            <div><label for="status">{t.Status}</label><select id="status" name="status">{statusOptions}</select></div>
            <div><label for="signal">{t.SignalType}</label><select id="signal" name="signal">{signalOptions}</select></div>
            {coachFilter}
            <div><button type="submit" class="secondary">{t.Filter}</button></div>
            </form>
            """;
    }

    private static string Table(StaffText t, string staffBase, List<Row> rows, bool showCoach)
    {
        if (rows.Count == 0)
            return "";
        var lines = rows.Select(r =>
        {
            var c = r.Candidate;
            var job = r.CurrentJob is { } j ? $"{Html.Encode(j.JobTitle)}, {Html.Encode(j.Employer)} ({t.Hours(j.ContractHoursPerWeek)})" : "–";
            var badges = r.OpenSignals.Count == 0 ? t.NoOpenSignals
                : string.Concat(r.OpenSignals.Select(s => $"""<span class="badge {s.Severity.ToString().ToLowerInvariant()}">{t.SeverityLabel(s.Severity)}: {Html.Encode(t.SignalLabel(s.Type))}</span>"""));
            var reference = c.LocalReference is null ? "" : $" <span class=\"hint\">({Html.Encode(c.LocalReference)})</span>";
            return $"""
                <tr>
                <td data-label="{t.Candidate}"><a href="{Html.Url(staffBase + "candidates/" + c.Id)}">{Html.Encode(c.Id)}</a>{reference}</td>
                {(showCoach ? $"<td data-label=\"{t.Coach}\">{Html.Encode(c.CoachId)}</td>" : "")}
                <td data-label="{t.Status}">{t.StatusLabel(c.Status)}</td>
                <td data-label="{t.CurrentJob}">{job}</td>
                <td data-label="{t.LastCheckIn}">{StaffLayout.Date(c.LastCheckIn, t)}</td>
                <td data-label="{t.NextCheckIn}">{StaffLayout.Date(c.NextCheckInDue, t)}</td>
                <td data-label="{t.OpenSignals}">{badges}</td>
                </tr>
                """;
        });
        return $"""
            <table class="stack">
            <caption class="visually-hidden">{t.CaseloadCaption}</caption>
            <thead><tr><th scope="col">{t.Candidate}</th>{(showCoach ? $"<th scope=\"col\">{t.Coach}</th>" : "")}<th scope="col">{t.Status}</th><th scope="col">{t.CurrentJob}</th><th scope="col">{t.LastCheckIn}</th><th scope="col">{t.NextCheckIn}</th><th scope="col">{t.OpenSignals}</th></tr></thead>
            <tbody>
            {string.Concat(lines)}
            </tbody>
            </table>
            """;
    }
}
