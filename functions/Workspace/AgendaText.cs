namespace IpsMonitor.Workspace;

/// <summary>The printed driegesprek agenda's own words: its header and what paper leaves out, per staff language.</summary>
/// <param name="Header">{0} the candidate (local reference and id), {1} the job, {2} today.</param>
/// <param name="Job">{0} job title, {1} employer.</param>
/// <param name="ShortenedOnPaper">After shortened answers or lists on paper: where the rest is.</param>
/// <param name="MoreOnScreen">{0} items left off the paper.</param>
public sealed record AgendaText(string Lang, string Header, string Job, string NoJob, string ShortenedOnPaper, string MoreOnScreen)
    : Platform.ITextRecord
{
    public static AgendaText For(string? lang) => Table.For(lang);

    internal static readonly Platform.TextTable<AgendaText> Table = Platform.TextTable<AgendaText>.Load(Platform.Languages.Staff);
}
