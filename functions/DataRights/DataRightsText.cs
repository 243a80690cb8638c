namespace IpsMonitor.DataRights;

/// <summary>
/// The words of the data rights page and the erasure notice on the candidate page, one record per staff language
/// (DataRightsText.nl.json, DataRightsText.en.json).
/// </summary>
public sealed record DataRightsText(
    string Lang, string Title, string Intro, string BackToCandidate, string DownloadTitle, string DownloadIntro,
    string DownloadJson, string DownloadCsv, string EraseTitle, string EraseIntro, string EraseKeeps,
    string ConfirmLabel, string ConfirmHint, string EraseButton, string WrongConfirmation, string ErasedTitle,
    string Erased, string ToCaseload, string LinkFromCandidate, string ErasedOn, string RetentionTitle)
    : ITextRecord
{
    public static DataRightsText For(string lang) => Table.For(lang);

    internal static readonly TextTable<DataRightsText> Table = TextTable<DataRightsText>.Load(Languages.Staff);
}
