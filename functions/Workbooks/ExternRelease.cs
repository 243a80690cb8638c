namespace IpsMonitor.Workbooks;

/// <summary>
/// Which version of a quarter's external workbook a file is. Version 1 is built once the quarter has closed and is then
/// frozen: later builds keep it, so two external files of one quarter never differ by a single person. A coordinator who
/// needs a correction asks for one explicitly; it becomes the next version, labelled as a correction in the file and in
/// the list of workbooks.
/// </summary>
internal sealed record ExternRelease(int Version, DateTimeOffset? PreviousBuiltAt)
{
    public static readonly ExternRelease First = new(1, null);

    public bool IsCorrection => Version > 1;

    /// <summary>The label in the Definitions sheet and the file's properties, in Dutch.</summary>
    public string Label() => IsCorrection && PreviousBuiltAt is { } previous
        ? $"versie {Version}, correctie op versie {Version - 1} van {ProgrammeTime.Local(previous):dd-MM-yyyy}; bevroren"
        : $"versie {Version}; bevroren";
}
