using System.Globalization;

namespace IpsMonitor.Workbooks;

/// <summary>
/// Builds one programme's quarterly workbooks: reads the data once, computes the report once, writes the internal and
/// the external file under a new build id, then makes that build current (see WorkbookBlobs) and records it.
/// The numbers depend on the data alone, so a rebuild of unchanged data gives the same cells.
/// </summary>
internal sealed partial class QuarterlyWorkbookBuild(
    ProgrammeReader reader, WorkbookBlobs blobs, WorkbookBuildLog log, TimeProvider time, ILogger<QuarterlyWorkbookBuild> logger)
{
    /// <summary>Older builds stay a while, so a download that began just before a rebuild can finish.</summary>
    public const int KeptBuilds = 3;

    private static readonly WorkbookVariant[] Variants = [WorkbookVariant.Intern, WorkbookVariant.Extern];

    public async Task<WorkbookManifest> BuildAsync(string programmeId, Quarter quarter, string trigger, CancellationToken ct)
    {
        var startedAt = time.GetUtcNow();
        var started = time.GetTimestamp();
        var buildId = NewBuildId(startedAt);

        var (report, counts, skipped) = await ComputeAsync(programmeId, quarter, ct);
        foreach (var row in skipped)
            LogSkipped(programmeId, quarter, buildId, row.Table, row.Row, row.Reason);
        var files = new List<StoredWorkbook>(Variants.Length);
        foreach (var variant in Variants)
        {
            // The zip package is finished in memory before it goes out: a half-written file never reaches storage.
            using var buffer = new MemoryStream();
            QuarterlyWorkbook.Write(report, variant, startedAt, buffer);
            buffer.Position = 0;
            var blob = WorkbookBlobs.BuildBlob(programmeId, quarter, buildId, variant);
            await blobs.UploadAsync(blob, buffer, ct);
            files.Add(new StoredWorkbook(variant, blob, WorkbookBlobs.FileName(programmeId, quarter, variant), buffer.Length,
                variant == WorkbookVariant.Intern ? report.Candidates.Select(c => c.CandidateId).ToList() : null));
        }

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
            // A newer build finished first; ours would only ever be an older copy.
            foreach (var file in files)
                await blobs.DeleteAsync(file.Blob, ct);
            LogSuperseded(programmeId, quarter, buildId, current.BuildId);
            return current;
        }

        var removed = await blobs.RemoveOldBuildsAsync(programmeId, quarter, buildId, KeptBuilds, ct);
        LogBuilt(programmeId, quarter, buildId, trigger, counts.Candidates, counts.CheckIns, manifest.DurationMs, removed);
        return manifest;
    }

    /// <summary>In its own method so the raw programme data is garbage once the report exists, before the files are written.</summary>
    private async Task<(QuarterlyReport Report, BuildCounts Counts, IReadOnlyList<SkippedRow> Skipped)> ComputeAsync(string programmeId, Quarter quarter, CancellationToken ct)
    {
        var data = await reader.ReadAsync(programmeId, ct);
        var counts = new BuildCounts(data.Coaches.Count, data.Candidates.Count, data.Jobs.Count, data.Invitations.Count, data.Signals.Count, 0);
        return (QuarterlyMetrics.Compute(data, quarter, Quarter.Amsterdam), counts, data.SkippedRows);
    }

    /// <summary>Sorts by the moment the build started, so "newer build" is a plain string comparison.</summary>
    private static string NewBuildId(DateTimeOffset startedAt) =>
        string.Create(CultureInfo.InvariantCulture, $"{startedAt.UtcDateTime:yyyyMMdd'T'HHmmssfff'Z'}-{Guid.NewGuid():N}")[..27];

    [LoggerMessage(Level = LogLevel.Information, Message = "Workbooks {ProgrammeId} {Quarter} built as {BuildId} ({Trigger}): {Candidates} candidates, {CheckIns} check-ins, {DurationMs} ms; {Removed} old builds removed")]
    private partial void LogBuilt(string programmeId, Quarter quarter, string buildId, string trigger, int candidates, int checkIns, long durationMs, int removed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workbooks {ProgrammeId} {Quarter} build {BuildId} left out row {Row} of {Table}: {Reason}")]
    private partial void LogSkipped(string programmeId, Quarter quarter, string buildId, string table, string row, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Workbooks {ProgrammeId} {Quarter}: build {BuildId} was superseded by the newer {CurrentBuildId}")]
    private partial void LogSuperseded(string programmeId, Quarter quarter, string buildId, string currentBuildId);
}
