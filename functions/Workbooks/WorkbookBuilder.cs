using System.Globalization;

namespace IpsMonitor.Workbooks;

/// <summary>
/// Builds one programme's quarterly workbooks: reads the data once (the check-ins of the quarter and the one before only),
/// computes the report once, writes the internal file under a new build id and the external one by the freeze rule (see
/// BuildAsync), then makes that build current (see WorkbookBlobs), records it and stores its figures for the quarter
/// overview (see QuarterFiguresStore).
/// The numbers depend on the data alone, so a rebuild of unchanged data gives the same cells.
/// </summary>
internal sealed partial class WorkbookBuilder(
    ProgrammeReader reader, WorkbookBlobs blobs, PublishedTrend published, WorkbookBuildLog log, DataRights.WorkbookScrub erasures,
    Fidelity.FidelityStore fidelity, QuarterFiguresStore figures, IOptions<OutcomeOptions> outcomes, TimeProvider time,
    ILogger<WorkbookBuilder> logger)
{
    /// <summary>Older builds stay a while, so a download that began just before a rebuild can finish.</summary>
    public const int KeptBuilds = 3;

    public Task<WorkbookManifest> BuildAsync(string programmeId, Quarter quarter, string trigger, CancellationToken ct) =>
        BuildAsync(programmeId, quarter, trigger, externCorrection: false, ct);

    /// <summary>
    /// Builds the internal workbook, and the external one by the freeze rule: none while the quarter is open; version 1
    /// the first time after it closed; after that the frozen version stays, unless <paramref name="externCorrection"/>
    /// asks for the next version. A correction of an open quarter is refused by the route, so here it is only ignored.
    /// </summary>
    public async Task<WorkbookManifest> BuildAsync(string programmeId, Quarter quarter, string trigger, bool externCorrection, CancellationToken ct)
    {
        var startedAt = time.GetUtcNow();
        var started = time.GetTimestamp();
        var buildId = NewBuildId(startedAt);

        var (report, counts, skipped) = await ComputeAsync(programmeId, quarter, ct);
        foreach (var row in skipped)
            LogSkipped(programmeId, quarter, buildId, row.Table, row.Row, row.Reason);
        // The two files are written side by side (each is CPU-bound and they share nothing), but the external one is
        // stored only after the internal one: a build that fails must not have frozen an external version.
        var intern = Task.Run(() => InternAsync(report, programmeId, quarter, buildId, startedAt, ct), ct);
        var writes = new List<Task<StoredWorkbook>>(2) { intern };
        if (IsClosed(quarter, startedAt))
            writes.Add(ExternAsync(report, programmeId, quarter, startedAt, externCorrection, intern, ct));
        var files = (await Task.WhenAll(writes)).ToList();

        var manifest = new WorkbookManifest(
            programmeId, quarter.ToString(), buildId, startedAt, (long)time.GetElapsedTime(started).TotalMilliseconds,
            report.DefinitionVersion, report.SignalRuleVersion, counts with { CandidateLines = report.Candidates.Count }, files)
        {
            SkippedRows = skipped,
        };
        var current = await blobs.CommitAsync(manifest, ct);
        var won = current.BuildId == buildId;
        await log.RecordAsync(manifest, trigger, won, ct);
        if (!won)
        {
            // A newer build finished first; ours would only ever be an older copy. A frozen external version it wrote
            // stays: the newer build may name it too, and a version, once written, is never taken back.
            await blobs.DeleteAsync(files[0].Blob, ct);
            LogSuperseded(programmeId, quarter, buildId, current.BuildId);
            return current;
        }

        // The quarter overview shows what the current build computed; a superseded build's figures are not kept.
        await figures.SaveAsync(report, startedAt, buildId, ct);
        // A candidate whose erasure began while this build read the data still has a line in it: take it out now.
        await erasures.RemoveErasedAsync(programmeId, report.Candidates.Select(c => c.CandidateId), ct);
        var removed = await blobs.RemoveOldBuildsAsync(programmeId, quarter, buildId, KeptBuilds, ct);
        LogBuilt(programmeId, quarter, buildId, trigger, counts.Candidates, counts.CheckIns, manifest.DurationMs, removed);
        return manifest;
    }

    /// <summary>For the timers: one programme's or quarter's failure is logged and false, so the others are still built.</summary>
    public async Task<bool> TryBuildAsync(string programmeId, Quarter quarter, string trigger, CancellationToken ct)
    {
        try
        {
            await BuildAsync(programmeId, quarter, trigger, ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(e, programmeId, quarter, trigger);
            return false;
        }
    }

    /// <summary>A quarter is closed once its last day has passed in Amsterdam.</summary>
    public static bool IsClosed(Quarter quarter, DateTimeOffset now) =>
        quarter.CompareTo(Quarter.FromInstant(now, Quarter.Amsterdam)) < 0;

    /// <summary>The internal workbook, under this build's own name.</summary>
    private async Task<StoredWorkbook> InternAsync(QuarterlyReport report, string programmeId, Quarter quarter, string buildId,
        DateTimeOffset startedAt, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        // The zip package is finished in memory before it goes out: a half-written file never reaches storage.
        QuarterlyWorkbook.Write(report, WorkbookVariant.Intern, startedAt, buffer);
        buffer.Position = 0;
        var blob = WorkbookBlobs.BuildBlob(programmeId, quarter, buildId, WorkbookVariant.Intern);
        await blobs.UploadAsync(blob, buffer, ct);
        return new StoredWorkbook(WorkbookVariant.Intern, blob, WorkbookBlobs.FileName(programmeId, quarter, WorkbookVariant.Intern), buffer.Length,
            report.Candidates.Select(c => c.CandidateId).ToList());
    }

    /// <summary>
    /// The external workbook this build names: the frozen version of the current build when there is one and no correction
    /// is asked for, else the next version, written once under its own name. Two builds that race for the same version
    /// both end up naming the one that was written first.
    /// </summary>
    private async Task<StoredWorkbook> ExternAsync(QuarterlyReport report, string programmeId, Quarter quarter, DateTimeOffset startedAt,
        bool correction, Task internStored, CancellationToken ct)
    {
        var frozen = (await blobs.ReadManifestAsync(programmeId, quarter, ct)).Manifest?.File(WorkbookVariant.Extern);
        if (frozen?.Version is not null && !correction)
            return frozen;

        var release = frozen?.Version is { } version ? new ExternRelease(version + 1, frozen.BuiltAt) : ExternRelease.First;
        var blob = WorkbookBlobs.ExternBlob(programmeId, quarter, release.Version);
        var fileName = WorkbookBlobs.ExternFileName(programmeId, quarter, release.Version);
        using var buffer = new MemoryStream();
        QuarterlyWorkbook.Write(report, WorkbookVariant.Extern, startedAt, buffer, release, await published.ReadAsync(programmeId, quarter, ct));
        buffer.Position = 0;
        await internStored;
        if (await blobs.UploadOnceAsync(blob, buffer, ct))
        {
            LogFrozen(programmeId, quarter, release.Version);
            return new StoredWorkbook(WorkbookVariant.Extern, blob, fileName, buffer.Length, Version: release.Version, BuiltAt: startedAt);
        }
        // Another build froze this version a moment ago: name that file, not ours.
        var other = (await blobs.ReadManifestAsync(programmeId, quarter, ct)).Manifest?.File(WorkbookVariant.Extern);
        return other?.Blob == blob
            ? other
            : new StoredWorkbook(WorkbookVariant.Extern, blob, fileName, await blobs.SizeAsync(blob, ct), Version: release.Version, BuiltAt: startedAt);
    }

    /// <summary>In its own method so the raw programme data is garbage once the report exists, before the files are written.</summary>
    private async Task<(QuarterlyReport Report, BuildCounts Counts,
        IReadOnlyList<SkippedRow> Skipped)> ComputeAsync(string programmeId, Quarter quarter, CancellationToken ct)
    {
        // The fidelity review is read beside the data, not after it: the build should cost its read and little more.
        var review = fidelity.LastOnOrBeforeAsync(programmeId, quarter.End, ct);
        var data = await reader.ReadAsync(programmeId, quarter, ct);
        var counts = new BuildCounts(data.Coaches.Count, data.Candidates.Count, data.Jobs.Count, data.Invitations.Count, data.Signals.Count, 0);
        // Today only matters for a quarter that has not ended: its milestones count up to today.
        var policy = outcomes.Value.Policy(Quarter.LocalDate(time.GetUtcNow(), Quarter.Amsterdam));
        var report = QuarterlyMetrics.Compute(data, quarter, Quarter.Amsterdam, policy) with
        {
            LastFidelityReview = await review,
        };
        return (report, counts, data.SkippedRows);
    }

    /// <summary>Sorts by the moment the build started, so "newer build" is a plain string comparison.</summary>
    private static string NewBuildId(DateTimeOffset startedAt) =>
        string.Create(CultureInfo.InvariantCulture, $"{startedAt.UtcDateTime:yyyyMMdd'T'HHmmssfff'Z'}-{Guid.NewGuid():N}")[..27];

    [LoggerMessage(Level = LogLevel.Information, Message = "Workbooks {ProgrammeId} {Quarter} built as {BuildId} "
        + "({Trigger}): {Candidates} candidates, {CheckIns} check-ins, {DurationMs} ms; {Removed} old builds "
        + "removed")]
    private partial void LogBuilt(string programmeId, Quarter quarter, string buildId, string trigger,
        int candidates, int checkIns, long durationMs, int removed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Building the workbooks of {ProgrammeId} for {Quarter} ({Trigger}) failed")]
    private partial void LogFailed(Exception e, string programmeId, Quarter quarter, string trigger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workbooks {ProgrammeId} {Quarter} build {BuildId} left out row {Row} of {Table}: {Reason}")]
    private partial void LogSkipped(string programmeId, Quarter quarter, string buildId, string table, string row, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "External workbook {ProgrammeId} {Quarter} version {Version} built and frozen")]
    private partial void LogFrozen(string programmeId, Quarter quarter, int version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Workbooks {ProgrammeId} {Quarter}: build {BuildId} was superseded by the newer {CurrentBuildId}")]
    private partial void LogSuperseded(string programmeId, Quarter quarter, string buildId, string currentBuildId);
}
