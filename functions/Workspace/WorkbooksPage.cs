using IpsMonitor.Workbooks;

namespace IpsMonitor.Workspace;

/// <summary>
/// "Werkboeken", for coordinators: each quarter with its intern and extern download, when its build was made, how long
/// it took and how many rows it read, and "Opnieuw opbouwen". Downloads and rebuilds go through the same code as the
/// API (<see cref="WorkbookDownload"/>, <see cref="WorkbookBuildQueue"/>), so auditing, the freeze of external versions
/// and the rules on which quarters can be built are the same.
/// </summary>
internal sealed class WorkbooksPage(
    StaffPages pages, WorkbookBlobs blobs, WorkbookDownload download, WorkbookBuildQueue builds, WorkbookBuildStore requests,
    TimeProvider time)
{
    [Function("ShowWorkbooks")]
    public async Task<IResult> Show([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/workbooks")] HttpRequest request, CancellationToken ct)
    {
        if (!(await pages.CoordinatorAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        var (t, c) = StaffPages.CoordinatorTexts(request);
        var manifests = (await blobs.CurrentAsync(staff.ProgrammeId, ct)).ToDictionary(m => m.Quarter, StringComparer.Ordinal);
        var current = Quarter.FromInstant(time.GetUtcNow(), Quarter.Amsterdam);
        var quarters = manifests.Keys.Select(Quarter.Parse).Append(current).Append(current.Previous).Distinct().OrderDescending();
        var chrome = Chrome(request, t, "workbooks");
        var now = time.GetUtcNow();
        var cards = quarters.Select(q => new WorkbookCard(q.ToString(),
            manifests.GetValueOrDefault(q.ToString()) is { } m ? Facts(q, m, t, c, WorkbookBuilder.IsClosed(q, now)) : null)).ToList();
        return await Views.PageAsync<WorkbooksView>(new Dictionary<string, object?>
        {
            [nameof(WorkbooksView.Text)] = t,
            [nameof(WorkbooksView.Words)] = c,
            [nameof(WorkbooksView.Chrome)] = chrome,
            [nameof(WorkbooksView.Cards)] = cards,
        });
    }

    [Function("DownloadStaffWorkbook")]
    public async Task<IResult> Download(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/workbooks/{quarter}/{variant}")] HttpRequest request,
        string quarter, string variant, CancellationToken ct)
    {
        if (!(await pages.CoordinatorAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        var (t, c) = StaffPages.CoordinatorTexts(request);
        if (WorkbookRoute.TryQuarter(quarter, out var q) is null && WorkbookRoute.TryVariant(variant, out var v) is null
            && await download.SendAsync(request, staff, q, v, ct) is { } file)
            return file;
        return Notice(request, t, c, c.WorkbookMissing, StatusCodes.Status404NotFound);
    }

    [Function("RequestWorkbookBuildForm")]
    public async Task<IResult> Rebuild(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/workbooks/{quarter}/builds")] HttpRequest request,
        string quarter, CancellationToken ct)
    {
        if (!(await pages.FormSenderAsync(request, coordinatorOnly: true, ct)).Passed(out var staff, out var refusal))
            return refusal;
        var (t, c) = StaffPages.CoordinatorTexts(request);
        Failure? refused = null;
        if (WorkbookRoute.TryQuarter(quarter, out var q) is null
            && (await builds.RequestAsync(staff.ProgrammeId, q, externCorrection: false, AuditLog.Actor(staff), ct))
                .Succeeded(out var build, out refused))
            return RespondentPages.SeeOther($"{StaffPages.Base(request)}workbooks/{q}/builds/{build.RequestId}");
        var tooMany = refused is Refused { Kind: RefusalKind.TooMany };
        return Notice(request, t, c, tooMany ? c.TooManyBuilds : c.BadQuarter,
            tooMany ? StatusCodes.Status429TooManyRequests : StatusCodes.Status400BadRequest);
    }

    /// <summary>
    /// The status of a rebuild. While it waits or runs, the page refreshes itself (a meta refresh: no script), unless
    /// the reader stopped that with ?refresh=off; done, it links the new files; failed, it says why in plain words.
    /// </summary>
    [Function("ShowWorkbookBuild")]
    public async Task<IResult> Status(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/workbooks/{quarter}/builds/{requestId}")] HttpRequest request,
        string quarter, string requestId, CancellationToken ct)
    {
        if (!(await pages.CoordinatorAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        var (t, c) = StaffPages.CoordinatorTexts(request);
        var build = WorkbookRoute.TryQuarter(quarter, out var q) is null
            ? (await requests.GetAsync(staff.ProgrammeId, requestId, ct))?.AsOf(time.GetUtcNow())
            : null;
        if (build is null || build.Quarter != q)
            return Notice(request, t, c, c.UnknownBuild, StatusCodes.Status404NotFound);

        var here = $"{StaffPages.Base(request)}workbooks/{q}/builds/{build.RequestId}";
        var chrome = Chrome(request, t, $"workbooks/{q}/builds/{build.RequestId}");
        var waiting = build.State is BuildRequestState.Requested or BuildRequestState.Running;
        var state = build.State switch
        {
            BuildRequestState.Requested => c.BuildRequested,
            BuildRequestState.Running => c.BuildRunning,
            BuildRequestState.Done => c.BuildDone,
            _ => c.BuildFailed,
        };
        var done = build.State == BuildRequestState.Done;
        var manifest = done ? (await blobs.ReadManifestAsync(staff.ProgrammeId, q, ct)).Manifest : null;
        var model = new BuildStatusModel(
            q.ToString(), string.Format(t.Culture, c.BuildTitle, q), build.State.ToString().ToLowerInvariant(), state, waiting,
            Refresh: waiting && request.Query["refresh"] != "off", here,
            manifest is null ? null : Facts(q, manifest, t, c, WorkbookBuilder.IsClosed(q, time.GetUtcNow())),
            waiting || done ? null : BuildFailures.Explain(build.Failure ?? BuildFailure.BuildError, t.Lang),
            build.SkippedRows.Count > 0 ? c.Skipped(build.SkippedRows.Count) : null);
        return await Views.PageAsync<WorkbookBuildView>(new Dictionary<string, object?>
        {
            [nameof(WorkbookBuildView.Text)] = t,
            [nameof(WorkbookBuildView.Words)] = c,
            [nameof(WorkbookBuildView.Chrome)] = chrome,
            [nameof(WorkbookBuildView.Model)] = model,
        });
    }

    /// <summary>What a build holds, in words: the downloads, when and how fast it was made, and the rows it read.</summary>
    private static WorkbookFacts Facts(Quarter quarter, WorkbookManifest m, StaffText t, CoordinatorText c, bool closed)
    {
        var intern = m.File(WorkbookVariant.Intern) is null
            ? null
            : new WorkbookLink(WorkbookBlobs.VariantName(WorkbookVariant.Intern), $"{c.Intern} (.xlsx)");
        var extern_ = m.File(WorkbookVariant.Extern) is { } e
            ? new WorkbookLink(WorkbookBlobs.VariantName(WorkbookVariant.Extern), $"{c.Extern} (.xlsx)",
                string.Format(t.Culture, c.ExternVersion, e.Version ?? 1) + ", " + Moment(e.BuiltAt ?? m.BuiltAt, t))
            : null;
        var counts = m.Counts;
        var read = counts.Coaches + counts.Candidates + counts.Jobs + counts.CheckIns + counts.Signals + m.SkippedRows.Count;
        var readDetail = string.Format(t.Culture, c.RowsReadDetail, counts.Candidates, counts.Jobs, counts.CheckIns, counts.Signals, counts.Coaches)
            + (m.SkippedRows.Count > 0 ? "; " + c.Skipped(m.SkippedRows.Count) : "");
        return new WorkbookFacts(quarter.ToString(), intern, extern_, closed ? c.NotBuilt : c.NoExternYet, Moment(m.BuiltAt, t),
            m.DurationMs, Duration(m.DurationMs, t), read, $"{read.ToString("N0", t.Culture)} ({readDetail})");
    }

    private static string Moment(DateTimeOffset moment, StaffText t) =>
        TimeZoneInfo.ConvertTime(moment, ProgrammeTime.Zone).ToString("d MMM yyyy HH:mm", t.Culture);

    private static string Duration(long ms, StaffText t) =>
        ms < 1000 ? $"{ms.ToString(t.Culture)} ms" : $"{(ms / 1000.0).ToString("0.0", t.Culture)} s";

    /// <summary>A message on the staff layout with the way back to the workbooks.</summary>
    private static IResult Notice(HttpRequest request, StaffText t, CoordinatorText c, string message, int status) =>
        StaffLayout.Message(t, c.WorkbooksTitle, message, StaffPages.Base(request) + "workbooks", status);

    private StaffChrome Chrome(HttpRequest request, StaffText t, string self) => pages.Chrome(request, t, isCoordinator: true, self);
}
