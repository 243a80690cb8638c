namespace IpsMonitor.Workspace;

/// <summary>
/// "Audit", for coordinators: who read or changed what, when (Amsterdam time) and from which address, by month or by
/// candidate, a page of <see cref="StaffPager.PageSize"/> rows at a time, and the same selection as a CSV download. Reading the
/// audit is itself audited, as the API's read is.
/// </summary>
internal sealed class AuditPage(
    StaffPages pages, AuditTrail trail, AuditLog audit, AccessStore access, CaseloadStore caseload, TimeProvider time)
{
    [Function("ShowAudit")]
    public async Task<IResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/audit")] HttpRequest request, CancellationToken ct)
    {
        if (!(await pages.CoordinatorAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        var t = StaffPages.Text(request);
        var w = AuditText.For(t.Lang);
        var errors = new Dictionary<string, string[]>();
        var filter = await FilterAsync(request, staff, errors, ct);
        var entries = errors.Count > 0 ? [] : await trail.ReadAsync(staff.ProgrammeId, filter.Month, filter.Candidate, ct);
        var paging = StaffPager.Paging(request, entries.Count);
        var shown = paging.Of(entries).ToList();
        if (errors.Count == 0)
            await audit.RecordListAsync(staff, $"view audit page ({filter})", AuditTrail.CandidatesIn(shown, filter.Candidate), ct);
        var (named, references) = await PeopleAsync(staff.ProgrammeId, shown, ct);

        var chrome = pages.Chrome(request, t, staff.IsCoordinator, "audit");
        var model = new AuditModel(
            request.Query["month"].FirstOrDefault() ?? (filter.Month is { } m ? m.ToString("yyyy-MM", t.Culture) : ""),
            request.Query["candidate"].FirstOrDefault(),
            errors.Keys.Select(k => k == "month" ? w.BadMonth : w.BadCandidate).ToList(),
            entries.Count,
            errors.Count > 0 ? null : chrome.Base + "audit/export" + request.QueryString.Value,
            named,
            StaffPager.View(request, paging, entries.Count))
        { References = references };
        return await Views.PageAsync<AuditView>(new Dictionary<string, object?>
        {
            [nameof(AuditView.Text)] = t,
            [nameof(AuditView.Words)] = w,
            [nameof(AuditView.Chrome)] = chrome,
            [nameof(AuditView.Model)] = model,
        }, errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    /// <summary>
    /// The people on one page of rows: who used a key by the coach's name (a coordinator's key by its label), and each
    /// candidate by the coach's local reference beside the id. One read per candidate shown, so the page costs what it shows.
    /// </summary>
    private async Task<(List<AuditEntry> Rows, Dictionary<string, string> References)> PeopleAsync(
        string programmeId, List<AuditEntry> shown, CancellationToken ct)
    {
        var names = await StaffNames.LoadAsync(access, programmeId, withKeys: true, ct);
        var rows = shown.Select(e =>
            e.Role is "coach" or "coordinator" && names.KeyHolder(e.Actor[(e.Actor.IndexOf(':') + 1)..]) is { } who
                ? e with { KeyLabel = who } : e).ToList();
        var ids = shown.Select(e => e.CandidateId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var files = await Task.WhenAll(ids.Select(id => caseload.GetAsync(programmeId, id, ct)));
        var references = files.OfType<VersionedCandidate>().Select(f => f.Candidate)
            .ToDictionary(c => c.Id, c => StaffNames.Candidate(c.Id, c.LocalReference), StringComparer.Ordinal);
        return (rows, references);
    }

    /// <summary>
    /// The filter as asked. A coach knows a candidate by their own reference, so "candidate" takes it as the check-ins
    /// board does, when no candidate has that code; an erased candidate's code still finds their rows.
    /// </summary>
    private async Task<AuditFilter> FilterAsync(HttpRequest request, Staff staff, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var filter = AuditFilter.Read(request.Query, time, errors);
        if (request.Query["candidate"] is { Count: 1 } asked && asked.ToString().Trim() is { Length: > 0 } reference
            && (filter.Candidate is null || await caseload.GetAsync(staff.ProgrammeId, filter.Candidate, ct) is null)
            && await caseload.FindByLocalReferenceAsync(staff.ProgrammeId, reference, ct) is { } known)
        {
            errors.Remove("candidate");
            return filter with { Candidate = known.Id };
        }
        return filter;
    }

    [Function("ExportAudit")]
    public async Task<IResult> Export(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/audit/export")] HttpRequest request, CancellationToken ct)
    {
        if (!(await pages.CoordinatorAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        var errors = new Dictionary<string, string[]>();
        var filter = await FilterAsync(request, staff, errors, ct);
        if (errors.Count > 0)
            return CheckIns.RespondentPages.SeeOther(StaffPages.Base(request) + "audit" + request.QueryString.Value);
        var entries = await trail.ReadAsync(staff.ProgrammeId, filter.Month, filter.Candidate, ct);
        await audit.RecordListAsync(staff, $"export audit ({filter})", AuditTrail.CandidatesIn(entries, filter.Candidate), ct);
        var headers = request.HttpContext.Response.Headers;
        headers.CacheControl = "no-store";
        headers["X-Content-Type-Options"] = "nosniff";
        // Every part is a safe id (letters, digits, - and _) or a yyyy-MM month, so the name needs no escaping.
        var month = filter.Month is { } m ? m.ToString("yyyy-MM", global::System.Globalization.CultureInfo.InvariantCulture) : "all";
        var name = $"audit-{staff.ProgrammeId}-{month}{(filter.Candidate is null ? "" : "-" + filter.Candidate)}.csv";
        var words = AuditText.For(StaffPages.Language(request));
        return TypedResults.File(AuditCsv.Write(entries, words.CsvHeader, words.ActionLabel, words.RoleLabel), "text/csv; charset=utf-8", name);
    }
}

/// <summary>
/// One page of the audit as the page shows it: the filter as typed, what was wrong with it, the number of rows in the
/// whole selection, the CSV address of the same selection (none when the filter is wrong), this page's rows and the pager.
/// </summary>
public sealed record AuditModel(
    string Month, string? Candidate, IReadOnlyList<string> Problems, int Total, string? Export, IReadOnlyList<AuditEntry> Rows,
    PagerView? Pager)
{
    /// <summary>The candidates of this page's rows by local reference and id; an erased candidate is not there.</summary>
    public IReadOnlyDictionary<string, string> References { get; init; } = new Dictionary<string, string>();

    /// <summary>A candidate as this page names them: the local reference first, else the id alone.</summary>
    public string CandidateName(string id) => References.GetValueOrDefault(id) ?? id;
}
