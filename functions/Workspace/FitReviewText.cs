namespace IpsMonitor.Workspace;

/// <summary>The words of the fit review at the end of onboarding on the candidate page, per staff language.</summary>
/// <param name="Explain">{0} the day onboarding ends (or ended).</param>
/// <param name="Done">{0} the day the fit was reviewed.</param>
public sealed record FitReviewText(string Lang, string Title, string Explain, string Mark, string Done) : Platform.ITextRecord
{
    public static FitReviewText For(string? lang) => Table.For(lang);

    internal static readonly Platform.TextTable<FitReviewText> Table = Platform.TextTable<FitReviewText>.Load(Platform.Languages.Staff);
}
