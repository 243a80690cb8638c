using IpsMonitor.Platform;

namespace IpsMonitor.Workspace;

/// <summary>
/// The printed driegesprek agenda's own words (its header and what paper leaves out), one record per staff language.
/// </summary>
public sealed record AgendaText : ITextRecord
{
    public required string Lang { get; init; }
    /// <summary>{0} the candidate (local reference and id), {1} the job, {2} today.</summary>
    public required string Header { get; init; }
    /// <summary>{0} job title, {1} employer.</summary>
    public required string Job { get; init; }
    public required string NoJob { get; init; }
    /// <summary>After a shortened answer or list on paper: where the rest is.</summary>
    public required string ShortenedOnPaper { get; init; }
    /// <summary>{0} items left off the paper.</summary>
    public required string MoreOnScreen { get; init; }

    public static AgendaText For(string? lang) => Table.For(lang);

    internal static readonly TextTable<AgendaText> Table = TextTable<AgendaText>.Load(Languages.Staff);
}
