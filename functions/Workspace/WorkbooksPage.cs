using IpsMonitor.Access;
using IpsMonitor.CheckIns;
using IpsMonitor.Platform;
using IpsMonitor.Questionnaires;
using IpsMonitor.Workbooks;
using Microsoft.Azure.Functions.Worker;

namespace IpsMonitor.Workspace;

/// <summary>
/// "Werkboeken", for coordinators: each quarter with its intern and extern download, when its build was made, how long
/// it took and how many rows it read, and "Opnieuw opbouwen". Downloads and rebuilds go through the same code as the
/// API (<see cref="WorkbookDownload"/>, <see cref="BuildRequester"/>), so auditing, the freeze of external versions
/// and the rules on which quarters can be built are the same.
/// </summary>
internal sealed class WorkbooksPage(StaffPages pages, WorkbookBlobs blobs, WorkbookDownload download, BuildRequester builds, WorkbookRequests requests, TimeProvider time)
{
    [Function("ShowWorkbooks")]
    public async Task<IResult> Show([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/workbooks")] HttpRequest request, CancellationToken ct)
    {
        if (!(await pages.CoordinatorAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        var (t, c) = Texts(request);
        var manifests = (await blobs.CurrentAsync(staff.ProgrammeId, ct)).ToDictionary(m => m.Quarter, StringComparer.Ordinal);
        var current = Quarter.FromInstant(time.GetUtcNow(), Quarter.Amsterdam);
        var quarters = manifests.Keys.Select(Quarter.Parse).Append(current).Append(current.Previous).Distinct().OrderDescending();
        var chrome = Chrome(request, t, "workbooks");
        var cards = quarters.Select(q => Card(q, manifests.GetValueOrDefault(q.ToString()), chrome, t, c, QuarterlyWorkbookBuild.IsClosed(q, time.GetUtcNow())));
        var body = $"""
            <h1>{c.WorkbooksTitle}</h1>
            <p>{c.WorkbooksIntro}</p>
            <div class="cards">{string.Concat(cards)}</div>
            """;
        return StaffPages.Page(StaffLayout.Document(t, c.WorkbooksTitle, body, chrome));
    }

    [Function("DownloadStaffWorkbook")]
    public async Task<IResult> Download([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/workbooks/{quarter}/{variant}")] HttpRequest request, string quarter, string variant, CancellationToken ct)
    {
        if (!(await pages.CoordinatorAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        var (t, c) = Texts(request);
        if (WorkbookRoute.TryQuarter(quarter, out var q) is null && WorkbookRoute.TryVariant(variant, out var v) is null
            && await download.SendAsync(request, staff, q, v, ct) is { } file)
            return file;
        return StaffPages.Page(StaffLayout.Message(t, c.WorkbooksTitle, c.WorkbookMissing, StaffPages.Base(request) + "workbooks"), StatusCodes.Status404NotFound);
    }

    [Function("RequestWorkbookBuildForm")]
    public async Task<IResult> Rebuild([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/workbooks/{quarter}/builds")] HttpRequest request, string quarter, CancellationToken ct)
    {
        if (await pages.RefuseForgedAsync(request.HttpContext) is { } forged)
            return forged;
        if (!(await pages.CoordinatorAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        var (t, c) = Texts(request);
        Failure? refused = null;
        if (WorkbookRoute.TryQuarter(quarter, out var q) is null
            && (await builds.RequestAsync(staff.ProgrammeId, q, externCorrection: false, AuditLog.Actor(staff), ct))
                .Succeeded(out var build, out refused))
            return RespondentPages.SeeOther($"{StaffPages.Base(request)}workbooks/{q}/builds/{build.RequestId}");
        var tooMany = refused is Refused { Kind: RefusalKind.TooMany };
        return StaffPages.Page(StaffLayout.Message(t, c.WorkbooksTitle, tooMany ? c.TooManyBuilds : c.BadQuarter, StaffPages.Base(request) + "workbooks"),
            tooMany ? StatusCodes.Status429TooManyRequests : StatusCodes.Status400BadRequest);
    }

    /// <summary>
    /// The status of a rebuild. While it waits or runs, the page refreshes itself (a meta refresh: no script), unless
    /// the reader stopped that with ?refresh=off; done, it links the new files; failed, it says why in plain words.
    /// </summary>
    [Function("ShowWorkbookBuild")]
    public async Task<IResult> Status([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/workbooks/{quarter}/builds/{requestId}")] HttpRequest request, string quarter, string requestId, CancellationToken ct)
    {
        if (!(await pages.CoordinatorAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        var (t, c) = Texts(request);
        var build = WorkbookRoute.TryQuarter(quarter, out var q) is null
            ? (await requests.GetAsync(staff.ProgrammeId, requestId, ct))?.AsOf(time.GetUtcNow())
            : null;
        if (build is null || build.Quarter != q)
            return StaffPages.Page(StaffLayout.Message(t, c.WorkbooksTitle, c.UnknownBuild, StaffPages.Base(request) + "workbooks"), StatusCodes.Status404NotFound);

        var here = $"{StaffPages.Base(request)}workbooks/{q}/builds/{build.RequestId}";
        var chrome = Chrome(request, t, $"workbooks/{q}/builds/{build.RequestId}");
        var waiting = build.State is BuildRequestState.Requested or BuildRequestState.Running;
        var refresh = waiting && request.Query["refresh"] != "off";
        var title = string.Format(t.Culture, c.BuildTitle, q);
        var state = build.State switch
        {
            BuildRequestState.Requested => c.BuildRequested,
            BuildRequestState.Running => c.BuildRunning,
            BuildRequestState.Done => c.BuildDone,
            _ => c.BuildFailed,
        };
        var detail = build.State switch
        {
            _ when refresh => $"""<p>{c.Refreshing}</p><p><a href="{Html.Url(here + "?refresh=off")}">{c.StopRefreshing}</a></p>""",
            _ when waiting => $"""<p><a href="{Html.Url(here)}">{c.CheckAgain}</a></p>""",
            BuildRequestState.Done => await FilesAsync(staff.ProgrammeId, q, chrome, t, c, ct),
            _ => $"""<div class="errors" data-failure><p>{Html.Encode(BuildFailures.Explain(build.Failure ?? BuildFailure.BuildError, t.Lang))}</p></div>{RebuildForm(q, chrome, c)}""",
        };
        var skipped = build.SkippedRows.Count > 0 ? $"<p>{Html.Encode(string.Format(t.Culture, c.RowsSkipped, build.SkippedRows.Count))}</p>" : "";
        var body = $"""
            <h1>{Html.Encode(title)}</h1>
            <p role="status" data-state="{build.State.ToString().ToLowerInvariant()}"><strong>{state}</strong></p>
            {detail}
            {skipped}
            <p><a href="{Html.Url(StaffPages.Base(request) + "workbooks")}">{c.BackToWorkbooks}</a></p>
            """;
        var head = refresh ? "\n<meta http-equiv=\"refresh\" content=\"3\">" : "";
        return StaffPages.Page(StaffLayout.Document(t, title, body, chrome, head));
    }

    private async Task<string> FilesAsync(string programmeId, Quarter quarter, StaffChrome chrome, StaffText t, CoordinatorText c, CancellationToken ct)
    {
        var (manifest, _) = await blobs.ReadManifestAsync(programmeId, quarter, ct);
        return manifest is null ? "" : $"<dl class=\"facts\">{Facts(quarter, manifest, chrome, t, c, QuarterlyWorkbookBuild.IsClosed(quarter, time.GetUtcNow()))}</dl>";
    }

    private static string Card(Quarter quarter, WorkbookManifest? manifest, StaffChrome chrome, StaffText t, CoordinatorText c, bool closed) => $"""
        <section class="card" data-quarter="{quarter}" aria-labelledby="q-{quarter}"><h2 id="q-{quarter}">{quarter}</h2>
        {(manifest is null ? $"<p>{c.NotBuilt}</p>" : $"<dl class=\"facts\">{Facts(quarter, manifest, chrome, t, c, closed)}</dl>")}
        {RebuildForm(quarter, chrome, c)}
        </section>
        """;

    private static string Facts(Quarter quarter, WorkbookManifest m, StaffChrome chrome, StaffText t, CoordinatorText c, bool closed)
    {
        string Link(WorkbookVariant variant, string label) =>
            $"""<a href="{Html.Url($"{chrome.Base}workbooks/{quarter}/{WorkbookBlobs.VariantName(variant)}")}" data-download="{WorkbookBlobs.VariantName(variant)}" download>{label}</a>""";
        var intern = m.File(WorkbookVariant.Intern) is null ? c.NotBuilt : Link(WorkbookVariant.Intern, $"{c.Intern} (.xlsx)");
        var extern_ = m.File(WorkbookVariant.Extern) is { } e
            ? Link(WorkbookVariant.Extern, $"{c.Extern} (.xlsx)") + $", {Html.Encode(string.Format(t.Culture, c.ExternVersion, e.Version ?? 1))}, {Html.Encode(Moment(e.BuiltAt ?? m.BuiltAt, t))}"
            : closed ? c.NotBuilt : c.NoExternYet;
        var counts = m.Counts;
        var read = counts.Coaches + counts.Candidates + counts.Jobs + counts.CheckIns + counts.Signals + m.SkippedRows.Count;
        var readDetail = string.Format(t.Culture, c.RowsReadDetail, counts.Candidates, counts.Jobs, counts.CheckIns, counts.Signals, counts.Coaches)
            + (m.SkippedRows.Count > 0 ? "; " + string.Format(t.Culture, c.RowsSkipped, m.SkippedRows.Count) : "");
        return $"""
            <dt>{c.Intern}</dt><dd>{intern}</dd>
            <dt>{c.Extern}</dt><dd>{extern_}</dd>
            <dt>{c.BuiltAt}</dt><dd data-built-at>{Html.Encode(Moment(m.BuiltAt, t))}</dd>
            <dt>{c.Duration}</dt><dd data-duration-ms="{m.DurationMs}">{Html.Encode(Duration(m.DurationMs, t))}</dd>
            <dt>{c.RowsRead}</dt><dd data-rows-read="{read}">{read.ToString("N0", t.Culture)} ({Html.Encode(readDetail)})</dd>
            """;
    }

    private static string RebuildForm(Quarter quarter, StaffChrome chrome, CoordinatorText c) => $"""
        <form method="post" action="{Html.Url($"{chrome.Base}workbooks/{quarter}/builds")}">{chrome.AntiforgeryField}<button type="submit" data-rebuild="{quarter}">{c.Rebuild}<span class="visually-hidden"> {quarter}</span></button></form>
        """;

    private static string Moment(DateTimeOffset moment, StaffText t) =>
        TimeZoneInfo.ConvertTime(moment, ProgrammeTime.Zone).ToString("d MMM yyyy HH:mm", t.Culture);

    private static string Duration(long ms, StaffText t) =>
        ms < 1000 ? $"{ms.ToString(t.Culture)} ms" : $"{(ms / 1000.0).ToString("0.0", t.Culture)} s";

    private static (StaffText, CoordinatorText) Texts(HttpRequest request)
    {
        var lang = StaffPages.Language(request);
        return (StaffText.For(lang), CoordinatorText.For(lang));
    }

    private StaffChrome Chrome(HttpRequest request, StaffText t, string self) =>
        new(t, StaffPages.Base(request), pages.FormToken(request.HttpContext), IsCoordinator: true) { Self = StaffPages.Base(request) + self };
}
