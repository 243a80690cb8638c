using Microsoft.Azure.Functions.Worker.Middleware;

namespace IpsMonitor.AzureHost;

/// <summary>
/// In Azure, an HTTP function that throws answers with the same problem details as on the local host (UnhandledError),
/// never with the worker's default error or a stack trace; storage that does not answer is a 503, as there. Queue and
/// timer failures are rethrown: the host's retry and poison handling depend on them.
/// </summary>
internal sealed partial class UnhandledErrorMiddleware(ILogger<UnhandledErrorMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (context.GetHttpContext() is { Response.HasStarted: false } http && !http.RequestAborted.IsCancellationRequested)
        {
            LogFailed(e, context.FunctionDefinition.Name);
            await UnhandledError.For(http, e).ExecuteAsync(http);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Function {Function} failed")]
    private partial void LogFailed(Exception e, string function);
}
