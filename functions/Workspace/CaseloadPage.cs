using Azure.Data.Tables;
using IpsMonitor.Signals;

namespace IpsMonitor.Workspace;

/// <summary>
/// "Mijn caseload": one row per candidate, what needs attention first. A coach sees their own caseload, a coordinator
/// the whole programme with a coach filter. One audit row per page read names every candidate shown.
/// </summary>
internal sealed class CaseloadPage(StaffPages pages, AccessStore access, CaseloadSummaryStore summaries, AuditLog audit)
{
    [Function("ShowCaseload")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/caseload")] HttpRequest request, CancellationToken ct)
    {
        if (!(await pages.SignedInAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        var t = StaffPages.Text(request);
        var programmeId = staff.ProgrammeId;
        var status = request.Query["status"].FirstOrDefault() is { } s && StaffText.Statuses.Contains(s) ? s : "active";
        var signalType = request.Query["signal"].FirstOrDefault() is { } st && SignalTypes.All.Contains(st) ? st : null;
        var coaches = staff.IsCoordinator ? await access.CoachesAsync(programmeId, ct) : [];
        var coach = staff.IsCoordinator
            ? request.Query["coach"].FirstOrDefault() is { } c && coaches.Any(x => x.Id == c) ? c : null
            : staff.CoachId;

        // What needs attention first, read in that order from the summaries: the page costs what it shows.
        var partition = coach is null ? CaseloadSummaryStore.ProgrammePartition(programmeId)
            : CaseloadSummaryStore.CoachPartition(programmeId, coach);
        var (group, statuses) = status switch
        {
            "all" => ("", CaseloadStatuses.All),
            "active" => (CaseloadOrder.InIpsGroup + "|", CaseloadStatuses.InIps),
            CandidateDtos.Discharged => (CaseloadOrder.DischargedGroup + "|", [CandidateDtos.Discharged]),
            _ => (CaseloadOrder.InIpsGroup + "|", (IReadOnlyList<string>)[status]),
        };
        var filters = new List<string>();
        if (statuses.Count == 1 && status != CandidateDtos.Discharged)
            filters.Add(TableClient.CreateQueryFilter($"Status eq {status}"));
        if (signalType is not null)
            filters.Add(CaseloadSummaryStore.SignalColumn(signalType) + " eq true"); // a column named from the fixed list of types
        var total = (await summaries.CountsAsync(partition, ct)).Of(statuses, signalType);
        var paging = StaffPager.Paging(request, total);
        var order = CaseloadOrder.Attention + "|" + group;
        var extra = filters.Count == 0 ? null : string.Join(" and ", filters);
        var (page, next) = await summaries.PageAsync(partition, order, extra, StaffPager.After(request, paging), paging.Skip, paging.PageSize, total, ct);
        // A token past the end of a list that shrank since: the page by its number instead.
        if (page.Count == 0 && total > 0 && StaffPager.After(request, paging) is not null)
            (page, next) = await summaries.PageAsync(partition, order, extra, null, paging.Skip, paging.PageSize, total, ct);
        await audit.RecordListAsync(staff, $"view caseload page ({page.Count} of {total} candidates)", page.Select(r => r.Id), ct);

        var chrome = pages.Chrome(request, t, staff.IsCoordinator);
        var title = staff.IsCoordinator ? t.CaseloadProgramme : t.CaseloadMine;
        var summary = total == 0 ? t.NoCandidates
            : total == 1 ? t.OneCandidateShown : string.Format(t.Culture, t.CandidatesShown, total);
        var names = StaffNames.Of(coaches, []);
        var view = new CaseloadView(chrome, title, Filter(t, status, signalType, coach, coaches, names), summary,
            page.Select(r => Line(t, r, names)).ToList(), staff.IsCoordinator, StaffPager.View(request, paging, total, next));
        return await Views.PageAsync<CaseloadList>(new Dictionary<string, object?> { [nameof(CaseloadList.View)] = view });
    }

    private static CaseloadFilter Filter(
        StaffText t, string status, string? signalType, string? coach, IReadOnlyList<Coach> coaches, StaffNames names)
    {
        var statuses = StaffText.Statuses.Select(s => new Choice(s, t.StatusLabel(s))).ToList();
        var signals = SignalTypes.All.Select(x => new Choice(x, t.SignalLabel(x))).Prepend(new Choice("", t.AnySignal)).ToList();
        var coachChoices = coaches.Count == 0 ? [] : names.CoachChoices(coaches, t, withInactive: true);
        return new CaseloadFilter(statuses, status, signals, signalType ?? "", coachChoices, coach ?? "");
    }

    private static CaseloadLine Line(StaffText t, CaseloadSummary r, StaffNames names)
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
