namespace IpsMonitor.Workbooks;

/// <summary>
/// Why an on-demand build failed, as a kind rather than a message: the words for the coordinator are chosen from the
/// kind, in the reader's language (<see cref="BuildFailureText"/>), so no exception's type, message or stack trace (which speak of the code and may quote
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

    /// <summary>Still not finished <see cref="WorkbookBuildStore.PendingAtMost"/> after it was asked for: taken to be lost.</summary>
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

    /// <summary>The words for the coordinator in a staff language.</summary>
    public static string Explain(BuildFailure failure, string lang) => BuildFailureText.For(lang).Explain(failure);

    /// <summary>The API's status speaks English, whatever the reader's language.</summary>
    public static string English(BuildFailure failure) => BuildFailureText.En.Explain(failure);
}
