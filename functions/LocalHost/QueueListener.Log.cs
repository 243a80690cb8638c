namespace IpsMonitor.LocalHost;

/// <summary>What the listener logs: templates only, never a message body (it may carry a candidate's id and answers).</summary>
internal sealed partial class QueueListener
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling queue {Queue} failed: {Status} {ErrorCode}")]
    private partial void LogPollFailed(string queue, int status, string? errorCode);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Function {Function} failed on message {MessageId}, attempt {DequeueCount} of {MaxDequeueCount}")]
    private partial void LogFunctionFailed(Exception e, string function, string messageId, long dequeueCount, int maxDequeueCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Message {MessageId} moved to {Queue}-poison after {DequeueCount} attempts")]
    private partial void LogPoisoned(string queue, string messageId, long dequeueCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Message {MessageId} on {Queue} is not base64; moved to the poison queue as it came")]
    private partial void LogUndecodable(string queue, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not settle message {MessageId} on {Queue}: {Status}")]
    private partial void LogSettleFailed(string queue, string messageId, int status);
}
