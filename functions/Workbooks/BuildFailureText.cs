using IpsMonitor.Platform;

namespace IpsMonitor.Workbooks;

/// <summary>
/// Why a workbook build failed, in words for a coordinator: one record per staff language, one sentence per
/// <see cref="BuildFailure"/>. None quotes an exception; each says what happens next and who can help.
/// </summary>
public sealed record BuildFailureText : ITextRecord
{
    public required string Lang { get; init; }
    public required string StorageUnavailable { get; init; }
    public required string StorageRefused { get; init; }
    public required string NotQueued { get; init; }
    public required string Lost { get; init; }
    public required string BuildError { get; init; }

    public static BuildFailureText For(string lang) => Table.For(lang);

    public string Explain(BuildFailure failure) => failure switch
    {
        BuildFailure.StorageUnavailable => StorageUnavailable,
        BuildFailure.StorageRefused => StorageRefused,
        BuildFailure.NotQueued => NotQueued,
        BuildFailure.Lost => Lost,
        _ => BuildError,
    };

    public static readonly BuildFailureText Nl = new()
    {
        Lang = Languages.Dutch,
        StorageUnavailable = "De opslag gaf niet op tijd antwoord. De bouw wordt vanzelf opnieuw geprobeerd. Blijft "
            + "het misgaan? Vraag het de beheerder.",
        StorageRefused = "De opslag weigerde een stap van de bouw. De bouw wordt vanzelf opnieuw geprobeerd. Blijft "
            + "het misgaan? Vraag het de beheerder.",
        NotQueued = "De aanvraag kon niet in de wachtrij worden gezet, dus de bouw is niet begonnen. Vraag hem over "
            + "een paar minuten opnieuw aan.",
        Lost = "De bouw was niet op tijd klaar en is gestopt. Vraag hem opnieuw aan. Lukt dat ook niet? Vraag het de "
            + "beheerder.",
        BuildError = "De werkboeken konden niet worden gemaakt door een fout in de app of in de opgeslagen gegevens. "
            + "De bouw wordt vanzelf opnieuw geprobeerd. Blijft het misgaan? Vraag het de beheerder.",
    };

    public static readonly BuildFailureText En = new()
    {
        Lang = Languages.English,
        StorageUnavailable = "Storage did not answer in time. The build is tried again by itself; if it keeps "
            + "failing, ask the administrator.",
        StorageRefused = "Storage refused a step of the build. The build is tried again by itself; if it keeps "
            + "failing, ask the administrator.",
        NotQueued = "The request could not be queued, so the build did not start. Please ask for it again in a moment.",
        Lost = "The build did not finish in time and has stopped. Please ask for it again; if that fails too, ask the "
            + "administrator.",
        BuildError = "The workbooks could not be built because of an error in the app or in its stored files. The "
            + "build is tried again by itself; if it keeps failing, ask the administrator.",
    };

    // After the records it lists: static fields are set in the order they are written.
    internal static readonly TextTable<BuildFailureText> Table = new(Languages.Staff, Nl, En);
}
