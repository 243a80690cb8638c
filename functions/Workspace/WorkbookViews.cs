namespace IpsMonitor.Workspace;

/// <summary>One quarter on the workbooks page: its name ("2026-Q3") and what its current build holds, if it has one.</summary>
public sealed record WorkbookCard(string Quarter, WorkbookFacts? Facts);

/// <summary>
/// What a quarter's current build holds, written in the reader's language: the two downloads (or why one is missing),
/// when it was built, how long it took and how many rows it read.
/// </summary>
public sealed record WorkbookFacts(
    string Quarter, WorkbookLink? Intern, WorkbookLink? Extern, string ExternMissing, string BuiltAt, long DurationMs,
    string Duration, int RowsRead, string RowsReadText);

/// <summary>A download: the variant's name in its address ("intern", "extern"), its label, and words after it.</summary>
public sealed record WorkbookLink(string Variant, string Label, string? Detail = null);

/// <summary>
/// The status of one rebuild: <c>State</c> as a lower-case name for tests, <c>StateText</c> in words. While it waits
/// the page refreshes itself unless <c>Refresh</c> was turned off; done, it shows the files; failed, why, in words.
/// </summary>
public sealed record BuildStatusModel(
    string Quarter, string Title, string State, string StateText, bool Waiting, bool Refresh, string Here,
    WorkbookFacts? Files, string? Failure, string? Skipped);
