using IpsMonitor.Access;
using IpsMonitor.Platform;
using IpsMonitor.Questionnaires;
using Microsoft.Azure.Functions.Worker;

namespace IpsMonitor.Workspace;

/// <summary>
/// "Audit", for coordinators: who read or changed what, when (Amsterdam time) and from which address, by month or by
/// candidate, a page of <see cref="PageSize"/> rows at a time, and the same selection as a CSV download. Reading the
/// audit is itself audited, as the API's read is.
/// </summary>
internal sealed class AuditPage(StaffPages pages, AuditTrail trail, AuditLog audit, TimeProvider time)
{
    public const int PageSize = 50;

    [Function("ShowAudit")]
    public async Task<IResult> Show([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/audit")] HttpRequest request, CancellationToken ct)
    {
        var (staff, refusal) = await pages.CoordinatorAsync(request, ct);
        if (staff is null)
            return refusal!;
        var t = StaffText.For(StaffPages.Language(request));
        var w = AuditText.For(t.Lang);
        var errors = new Dictionary<string, string[]>();
        var filter = AuditFilter.Read(request.Query, time, errors);
        var entries = errors.Count > 0 ? [] : await trail.ReadAsync(staff.ProgrammeId, filter.Month, filter.Candidate, ct);
        var paging = new Paging(StaffPager.Page(request), PageSize);
        var shown = paging.Of(entries).ToList();
        if (errors.Count == 0)
            await audit.RecordListAsync(staff, $"view audit page ({filter})", AuditTrail.CandidatesIn(shown, filter.Candidate), ct);

        var chrome = new StaffChrome(t, StaffPages.Base(request), pages.FormToken(request.HttpContext), staff.IsCoordinator) { Self = StaffPages.Base(request) + "audit" };
        var monthValue = request.Query["month"].FirstOrDefault() ?? (filter.Month is { } m ? m.ToString("yyyy-MM", t.Culture) : "");
        var problems = errors.Count == 0 ? "" : $"""
            <div class="errors" role="alert">{string.Concat(errors.Keys.Select(k => $"<p class=\"error\">{(k == "month" ? w.BadMonth : w.BadCandidate)}</p>"))}</div>
            """;
        var export = errors.Count > 0 ? "" : $"""
            <p><a href="{Html.Url(chrome.Base + "audit/export" + request.QueryString.Value)}" download>{w.Export}</a></p>
            """;
        var body = $"""
            <h1>{w.Title}</h1>
            <p>{w.Intro}</p>
            {problems}
            <form method="get" class="filters" aria-label="{t.Filters}">
            <div><label for="month">{w.Month}</label><input id="month" name="month" type="month" value="{Html.Encode(monthValue)}" aria-describedby="month-hint"><p class="hint" id="month-hint">{w.MonthHint}</p></div>
            <div><label for="candidate">{w.Candidate}</label><input id="candidate" name="candidate" maxlength="64" value="{Html.Encode(request.Query["candidate"].FirstOrDefault())}" aria-describedby="candidate-hint"><p class="hint" id="candidate-hint">{w.CandidateHint}</p></div>
            <div><button type="submit" class="secondary">{w.Show}</button></div>
            </form>
            <p role="status">{string.Format(t.Culture, entries.Count == 1 ? w.OneRow : w.Rows, entries.Count)}</p>
            {export}
            {Table(w, shown)}
            {StaffPager.Html(t, request, paging, entries.Count)}
            """;
        return StaffPages.Page(StaffLayout.Document(t, w.Title, body, chrome), errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    [Function("ExportAudit")]
    public async Task<IResult> Export([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/audit/export")] HttpRequest request, CancellationToken ct)
    {
        var (staff, refusal) = await pages.CoordinatorAsync(request, ct);
        if (staff is null)
            return refusal!;
        var errors = new Dictionary<string, string[]>();
        var filter = AuditFilter.Read(request.Query, time, errors);
        if (errors.Count > 0)
            return CheckIns.RespondentPages.SeeOther(StaffPages.Base(request) + "audit" + request.QueryString.Value);
        var entries = await trail.ReadAsync(staff.ProgrammeId, filter.Month, filter.Candidate, ct);
        await audit.RecordListAsync(staff, $"export audit ({filter})", AuditTrail.CandidatesIn(entries, filter.Candidate), ct);
        var headers = request.HttpContext.Response.Headers;
        headers.CacheControl = "no-store";
        headers["X-Content-Type-Options"] = "nosniff";
        // Every part is a safe id (letters, digits, - and _) or a yyyy-MM month, so the name needs no escaping.
        var name = $"audit-{staff.ProgrammeId}-{(filter.Month is { } m ? m.ToString("yyyy-MM", global::System.Globalization.CultureInfo.InvariantCulture) : "all")}{(filter.Candidate is null ? "" : "-" + filter.Candidate)}.csv";
        return TypedResults.File(AuditCsv.Write(entries), "text/csv; charset=utf-8", name);
    }

    private static string Table(AuditText w, List<AuditEntry> rows)
    {
        if (rows.Count == 0)
            return "";
        var lines = rows.Select(e => $"""
            <tr>
            <td data-label="{w.When}"><time datetime="{e.At.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}">{e.LocalTime}</time></td>
            <td data-label="{w.Who}">{Html.Encode(w.WhoLabel(e))}</td>
            <td data-label="{w.What}">{Html.Encode(e.Action)}</td>
            <td data-label="{w.Candidate}">{Html.Encode(e.CandidateId ?? (e.CandidateIds.Count == 0 ? "–" : string.Format(w.Culture, w.CandidateCount, e.CandidateIds.Count)))}</td>
            <td data-label="{w.From}">{Html.Encode(e.Client ?? "–")}</td>
            </tr>
            """);
        return $"""
            <table class="stack">
            <caption class="visually-hidden">{w.Title}</caption>
            <thead><tr><th scope="col">{w.When}</th><th scope="col">{w.Who}</th><th scope="col">{w.What}</th><th scope="col">{w.Candidate}</th><th scope="col">{w.From}</th></tr></thead>
            <tbody>
            {string.Concat(lines)}
            </tbody>
            </table>
            """;
    }
}
