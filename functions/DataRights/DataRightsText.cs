using IpsMonitor.Platform;

namespace IpsMonitor.DataRights;

/// <summary>
/// The words of the data rights page and the erasure notice on the candidate page, one record per staff language.
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

    public static readonly DataRightsText Nl = new()
    {
        Lang = Languages.Dutch,
        Title = "Gegevens van kandidaat {0}",
        Intro = "Een kandidaat mag zijn gegevens inzien en laten wissen. Hier doe je dat voor de kandidaat.",
        BackToCandidate = "Terug naar de kandidaat",
        DownloadTitle = "Gegevens downloaden",
        DownloadIntro = "Alles wat we over de kandidaat bewaren. Het downloaden wordt vastgelegd.",
        DownloadJson = "Alle gegevens (JSON)",
        DownloadCsv = "Antwoorden op de vragenlijsten (CSV)",
        EraseTitle = "Wissen",
        EraseIntro = "Wissen haalt alles weg: de kandidaat, banen, antwoorden, links, signalen en de regel in de "
            + "interne kwartaalbestanden. Dit kun je niet terugdraaien.",
        EraseKeeps = "De tellingen in kwartaalbestanden blijven staan. Het auditlog bewaart dat er gewist is, alleen "
            + "met het kandidaatnummer.",
        ConfirmLabel = "Typ het kandidaatnummer of de eigen referentie om te bevestigen",
        ConfirmHint = "Het kandidaatnummer is {0}.",
        EraseButton = "Gegevens wissen",
        WrongConfirmation = "Dat is niet het kandidaatnummer of de eigen referentie. Er is niets gewist. Typ het "
            + "nummer precies over.",
        ErasedTitle = "Gegevens gewist",
        Erased = "De gegevens van de kandidaat zijn gewist.",
        ToCaseload = "Naar de caseload",
        LinkFromCandidate = "Gegevens downloaden of wissen",
        ErasedOn = "Deze kandidaat is uitgestroomd en wordt gewist op {0}.",
        RetentionTitle = "Bewaren",
    };

    public static readonly DataRightsText En = new()
    {
        Lang = Languages.English,
        Title = "Data of candidate {0}",
        Intro = "A candidate may see their data and have it erased. Here you do that for the candidate.",
        BackToCandidate = "Back to the candidate",
        DownloadTitle = "Download data",
        DownloadIntro = "Everything we keep about the candidate. Each download is recorded.",
        DownloadJson = "All data (JSON)",
        DownloadCsv = "Questionnaire answers (CSV)",
        EraseTitle = "Erase",
        EraseIntro = "Erasing removes everything: the candidate, jobs, answers, links, signals and their line in the "
            + "internal quarterly workbooks. This cannot be undone.",
        EraseKeeps = "The counts in quarterly workbooks stay. The audit log keeps that an erasure happened, with the "
            + "candidate number only.",
        ConfirmLabel = "Type the candidate number or the local reference to confirm",
        ConfirmHint = "The candidate number is {0}.",
        EraseButton = "Erase data",
        WrongConfirmation = "That is not the candidate number or the local reference. Nothing was erased. Type the "
            + "number exactly.",
        ErasedTitle = "Data erased",
        Erased = "The candidate's data has been erased.",
        ToCaseload = "To the caseload",
        LinkFromCandidate = "Download or erase data",
        ErasedOn = "This candidate was discharged and will be erased on {0}.",
        RetentionTitle = "Retention",
    };

    // After the records it lists: static fields are set in the order they are written.
    internal static readonly TextTable<DataRightsText> Table = new(Languages.Staff, Nl, En);
}
