namespace IpsMonitor.Workbooks;

/// <summary>
/// current.json of one programme's quarter: which build's files are the workbooks now. Replacing this one small blob is
/// what makes a new build current, so readers see either the old pair of files or the new pair, never a mix.
/// </summary>
internal sealed record WorkbookManifest(
    string ProgrammeId,
    string Quarter,
    string BuildId,
    DateTimeOffset BuiltAt,
    long DurationMs,
    string DefinitionVersion,
    string? SignalRuleVersion,
    BuildCounts Counts,
    IReadOnlyList<StoredWorkbook> Files)
{
    public StoredWorkbook? File(WorkbookVariant variant) => Files.FirstOrDefault(f => f.Variant == variant);

    /// <summary>Stored rows this build left out (see ProgrammeReader); empty in a manifest written before they were kept.</summary>
    public IReadOnlyList<SkippedRow> SkippedRows { get; init; } = [];
}

/// <summary>
/// One workbook file of a build: its variant, its blob and its size in bytes. CandidateIds are the candidates the file
/// lists (the internal variant), so a download is audited as a read of each of them; null in builds made before that.
/// An external workbook of a closed quarter also has its version (1 for the first, frozen one; each correction one more)
/// and when that version was built, since a later build of the quarter keeps it unchanged.
/// </summary>
internal sealed record StoredWorkbook(WorkbookVariant Variant, string Blob, string FileName, long Size,
    IReadOnlyList<string>? CandidateIds = null, int? Version = null, DateTimeOffset? BuiltAt = null);

/// <summary>What a build read and wrote, so a surprising workbook can be traced to its input.</summary>
internal sealed record BuildCounts(int Coaches, int Candidates, int Jobs, int CheckIns, int Signals, int CandidateLines);
