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
        if (!(await pages.CoordinatorAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
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
        if (!(await pages.CoordinatorAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
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

/// <summary>The audit page's words, Dutch and English.</summary>
internal sealed record AuditText
{
    public required global::System.Globalization.CultureInfo Culture { get; init; }
    public required string Nav { get; init; }
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string Month { get; init; }
    public required string MonthHint { get; init; }
    public required string Candidate { get; init; }
    public required string CandidateHint { get; init; }
    public required string Show { get; init; }
    public required string Export { get; init; }
    public required string Rows { get; init; }
    public required string OneRow { get; init; }
    public required string When { get; init; }
    public required string Who { get; init; }
    public required string What { get; init; }
    public required string From { get; init; }
    public required string CandidateCount { get; init; }
    public required string BadMonth { get; init; }
    public required string BadCandidate { get; init; }
    public required string System { get; init; }
    public required string Respondent { get; init; }
    public required string Coordinator { get; init; }
    public required string Coach { get; init; }

    public static AuditText For(string lang) => lang == "en" ? En : Nl;

    /// <summary>The key's label and role; a key since deleted shows its role only.</summary>
    public string WhoLabel(AuditEntry e) => e.Role switch
    {
        "coordinator" or "coach" => (e.KeyLabel is null ? "" : e.KeyLabel + " ") + "(" + (e.Role == "coach" ? Coach : Coordinator) + ")",
        "respondent" => Respondent,
        "system" => System,
        _ => e.Actor,
    };

    public static readonly AuditText Nl = new()
    {
        Culture = global::System.Globalization.CultureInfo.GetCultureInfo("nl-NL"),
        Nav = "Audit",
        Title = "Audit",
        Intro = "Wie welke gegevens bekeek of veranderde, wanneer (Nederlandse tijd) en vanaf welk adres.",
        Month = "Maand",
        MonthHint = "Bijvoorbeeld 2026-11. Leeg laten met een kandidaat: alle maanden.",
        Candidate = "Kandidaat",
        CandidateHint = "De code van de kandidaat (niet verplicht).",
        Show = "Tonen",
        Export = "Download als CSV",
        Rows = "{0} regels",
        OneRow = "1 regel",
        When = "Wanneer",
        Who = "Wie",
        What = "Wat",
        From = "Vanaf",
        CandidateCount = "{0} kandidaten",
        BadMonth = "Vul de maand in als jaar-maand, bijvoorbeeld 2026-11.",
        BadCandidate = "Een kandidaatcode heeft alleen letters, cijfers, - en _.",
        System = "systeem",
        Respondent = "kandidaat of werkgever (via link)",
        Coordinator = "coördinator",
        Coach = "jobcoach",
    };

    public static readonly AuditText En = new()
    {
        Culture = global::System.Globalization.CultureInfo.GetCultureInfo("en-GB"),
        Nav = "Audit",
        Title = "Audit",
        Intro = "Who viewed or changed which data, when (Dutch time) and from which address.",
        Month = "Month",
        MonthHint = "For example 2026-11. Leave empty with a candidate: all months.",
        Candidate = "Candidate",
        CandidateHint = "The candidate's code (optional).",
        Show = "Show",
        Export = "Download as CSV",
        Rows = "{0} rows",
        OneRow = "1 row",
        When = "When",
        Who = "Who",
        What = "What",
        From = "From",
        CandidateCount = "{0} candidates",
        BadMonth = "Enter the month as year-month, for example 2026-11.",
        BadCandidate = "A candidate code has only letters, digits, - and _.",
        System = "system",
        Respondent = "candidate or supervisor (via link)",
        Coordinator = "coordinator",
        Coach = "job coach",
    };
}
