using System.Net.Sockets;
using Azure;

namespace IpsMonitor.Platform;

/// <summary>
/// Storage that does not answer, as one kind of fault, whichever way the Azure SDK reports it: a
/// <see cref="RequestFailedException"/> with status 0 (no response: connection refused or reset), a busy or timed-out
/// service (408, 503, 504), an <see cref="HttpRequestException"/>, a socket or I/O error, a network timeout, and the
/// <see cref="AggregateException"/> the SDK's retry policy throws when every try failed like that. HTTP functions answer
/// it with 503 (the request can simply be tried again); background work waits and tries again.
/// </summary>
internal static class StorageFault
{
    public static bool IsUnavailable(Exception? e) => e switch
    {
        null => false,
        RequestFailedException { Status: 0 or 408 or 503 or 504 } => true,
        RequestFailedException => false,
        HttpRequestException or SocketException or TimeoutException or IOException => true,
        // The SDK's network timeout cancels the try with a token of its own, not the caller's.
        TaskCanceledException { InnerException: TimeoutException } => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsUnavailable),
        _ => IsUnavailable(e.InnerException),
    };
}
