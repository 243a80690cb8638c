using IpsMonitor.Platform;

namespace IpsMonitor.DataRights;

/// <summary>
/// The words of the data rights page and the erasure notice on the candidate page, one record per staff language
/// (DataRightsText.nl.json, DataRightsText.en.json).
/// </summary>
public sealed record DataRightsText : ITextRecord
{
    public required string Lang { get; init; }
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string BackToCandidate { get; init; }
    public required string DownloadTitle { get; init; }
    public required string DownloadIntro { get; init; }
    public required string DownloadJson { get; init; }
    public required string DownloadCsv { get; init; }
    public required string EraseTitle { get; init; }
    public required string EraseIntro { get; init; }
    public required string EraseKeeps { get; init; }
    public required string ConfirmLabel { get; init; }
    public required string ConfirmHint { get; init; }
    public required string EraseButton { get; init; }
    public required string WrongConfirmation { get; init; }
    public required string ErasedTitle { get; init; }
    public required string Erased { get; init; }
    public required string ToCaseload { get; init; }
    public required string LinkFromCandidate { get; init; }
    public required string ErasedOn { get; init; }
    public required string RetentionTitle { get; init; }

    public static DataRightsText For(string lang) => Table.For(lang);

    internal static readonly TextTable<DataRightsText> Table = TextTable<DataRightsText>.Load(Languages.Staff);
}
