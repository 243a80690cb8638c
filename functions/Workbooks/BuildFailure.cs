using IpsMonitor.Platform;
namespace IpsMonitor.Workbooks;

/// <summary>
/// Why an on-demand build failed, as a kind rather than a message: the words for the coordinator are chosen from the
/// kind, in Dutch or English, so no exception's type, message or stack trace (which speak of the code and may quote
/// stored values) can ever reach the API's build status or the workbooks page. The log keeps the details.
/// </summary>
public enum BuildFailure
{
    /// <summary>Storage did not answer, or answered with a server error, or too late.</summary>
    StorageUnavailable,

    /// <summary>Storage refused a step (a 4xx answer).</summary>
    StorageRefused,

    /// <summary>Anything else: an error in the app or in its stored files.</summary>
    BuildError,

    /// <summary>The request was stored but its message could not be put on the queue.</summary>
    NotQueued,

    /// <summary>Still not finished <see cref="WorkbookRequests.PendingAtMost"/> after it was asked for: taken to be lost.</summary>
    Lost,
}

internal static class BuildFailures
{
    public static BuildFailure Of(Exception e) => e switch
    {
        _ when StorageFault.IsUnavailable(e) => BuildFailure.StorageUnavailable,
        Azure.RequestFailedException { Status: >= 500 or 0 } or HttpRequestException or TimeoutException => BuildFailure.StorageUnavailable,
        Azure.RequestFailedException => BuildFailure.StorageRefused,
        _ => BuildFailure.BuildError,
    };

    /// <summary>The words for the coordinator, B1 Dutch ("nl") or English.</summary>
    public static string Explain(BuildFailure failure, string lang) => lang == "en" ? English(failure) : Dutch(failure);

    public static string English(BuildFailure failure) => failure switch
    {
        BuildFailure.StorageUnavailable => "Storage did not answer in time. The build is tried again by itself; if it keeps failing, ask the administrator.",
        BuildFailure.StorageRefused => "Storage refused a step of the build. The build is tried again by itself; if it keeps failing, ask the administrator.",
        BuildFailure.NotQueued => "The request could not be queued, so the build did not start. Please ask for it again in a moment.",
        BuildFailure.Lost => "The build did not finish in time and has stopped. Please ask for it again; if that fails too, ask the administrator.",
        _ => "The workbooks could not be built because of an error in the app or in its stored files. The build is tried again by itself; if it keeps failing, ask the administrator.",
    };

    public static string Dutch(BuildFailure failure) => failure switch
    {
        BuildFailure.StorageUnavailable => "De opslag gaf niet op tijd antwoord. De bouw wordt vanzelf opnieuw geprobeerd. Blijft het misgaan? Vraag het de beheerder.",
        BuildFailure.StorageRefused => "De opslag weigerde een stap van de bouw. De bouw wordt vanzelf opnieuw geprobeerd. Blijft het misgaan? Vraag het de beheerder.",
        BuildFailure.NotQueued => "De aanvraag kon niet in de wachtrij worden gezet, dus de bouw is niet begonnen. Vraag hem over een paar minuten opnieuw aan.",
        BuildFailure.Lost => "De bouw was niet op tijd klaar en is gestopt. Vraag hem opnieuw aan. Lukt dat ook niet? Vraag het de beheerder.",
        _ => "De werkboeken konden niet worden gemaakt door een fout in de app of in de opgeslagen gegevens. De bouw wordt vanzelf opnieuw geprobeerd. Blijft het misgaan? Vraag het de beheerder.",
    };
}
