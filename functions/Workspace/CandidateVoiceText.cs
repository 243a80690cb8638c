namespace IpsMonitor.Workspace;

/// <summary>
/// The words around the candidate's own goals and talk points ("Mijn ontwikkeling") as the coach reads them on the
/// candidate page and the driegesprek agenda, per staff language.
/// </summary>
/// <param name="Written">{0} the day the candidate wrote it.</param>
/// <param name="DiscussedFor">For screen readers after the button: {0} the point's number.</param>
public sealed record CandidateVoiceText(
    string Lang, string Title, string Hint, string GoalsTitle, string NoGoals, string PointsTitle, string NoPoints,
    string Written, string Discussed, string DiscussedFor)
    : Platform.ITextRecord
{
    public static CandidateVoiceText For(string? lang) => Table.For(lang);

    internal static readonly Platform.TextTable<CandidateVoiceText> Table =
        Platform.TextTable<CandidateVoiceText>.Load(Platform.Languages.Staff);
}
