using IpsMonitor.Signals;

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
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/caseload")] HttpRequest request, CancellationToken ct)
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

        var chrome = pages.Chrome(request, t, staff.IsCoordinator);
        var title = staff.IsCoordinator ? t.CaseloadProgramme : t.CaseloadMine;
        var summary = shown.Count == 0 ? t.NoCandidates
            : shown.Count == 1 ? t.OneCandidateShown : string.Format(t.Culture, t.CandidatesShown, shown.Count);
        var names = StaffNames.Of(coaches, []);
        var view = new CaseloadView(chrome, title, Filter(t, status, signalType, coach, coaches, names), summary,
            page.Select(r => Line(t, r, names)).ToList(), staff.IsCoordinator, StaffPager.View(request, paging, shown.Count));
        return await Views.PageAsync<CaseloadList>(new Dictionary<string, object?> { [nameof(CaseloadList.View)] = view });
    }

    private async Task<List<Row>> RowsAsync(string programmeId, string? coach, DateOnly today, CancellationToken ct)
    {
        var files = new List<VersionedCandidate>();
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

    private static CaseloadFilter Filter(
        StaffText t, string status, string? signalType, string? coach, IReadOnlyList<Coach> coaches, StaffNames names)
    {
        var statuses = StaffText.Statuses.Select(s => new Choice(s, t.StatusLabel(s))).ToList();
        var signals = SignalTypes.All.Select(x => new Choice(x, t.SignalLabel(x))).Prepend(new Choice("", t.AnySignal)).ToList();
        var coachChoices = coaches.Count == 0 ? []
            : coaches.Select(c => new Choice(c.Id, names.Coach(c.Id))).OrderBy(c => c.Label, StringComparer.OrdinalIgnoreCase)
                .Prepend(new Choice("", t.AllCoaches)).ToList();
        return new CaseloadFilter(statuses, status, signals, signalType ?? "", coachChoices, coach ?? "");
    }

    private static CaseloadLine Line(StaffText t, Row r, StaffNames names)
    {
        var c = r.Candidate;
        var job = r.CurrentJob is { } j ? $"{j.JobTitle}, {j.Employer} ({t.Hours(j.ContractHoursPerWeek)})" : "–";
        var badges = r.OpenSignals
            .Select(s => new SignalBadge(s.Severity.ToString().ToLowerInvariant(), $"{t.SeverityLabel(s.Severity)}: {t.SignalLabel(s.Type)}"))
            .ToList();
        return new CaseloadLine(c.Id, c.LocalReference, names.Coach(c.CoachId), t.StatusLabel(c.Status), job,
            StaffLayout.Date(c.LastCheckIn, t), StaffLayout.Date(c.NextCheckInDue, t), badges);
    }
}
