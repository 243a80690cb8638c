using Microsoft.Azure.Functions.Worker.Middleware;

namespace IpsMonitor.AzureHost;

/// <summary>In Azure, every HTTP function's answer passes the same edge as on the local host (<see cref="HttpEdge"/>).</summary>
internal sealed class HttpEdgeMiddleware : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.GetHttpContext() is not { } http)
        {
            await next(context);
            return;
        }
        HttpEdge.Protect(http);
        if (HttpEdge.Refuse(http) is { } refused)
            await refused.ExecuteAsync(http);
        else
            await next(context);
    }
}
