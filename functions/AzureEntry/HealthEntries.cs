using IpsMonitor.Health;
using IpsMonitor.Hosting;
using Microsoft.Azure.Functions.Worker;

namespace IpsMonitor.AzureEntry;

internal sealed class HealthEntries(GetHealth health, RecordHeartbeat record, SendHeartbeat send)
{
    [Function(FunctionMetadata.Health.Name)]
    public Task<IResult> Health([HttpTrigger(AuthorizationLevel.Anonymous, FunctionMetadata.Health.Method, Route = FunctionMetadata.Health.Route)] HttpRequest request, CancellationToken ct) => health.Run(request, ct);

    [Function(FunctionMetadata.RecordHeartbeat.Name)]
    public Task RecordHeartbeat([QueueTrigger(FunctionMetadata.RecordHeartbeat.Queue)] Heartbeat message, CancellationToken ct) => record.Run(message, ct);

    [Function(FunctionMetadata.SendHeartbeat.Name)]
    public Task SendHeartbeat([TimerTrigger(FunctionMetadata.SendHeartbeat.Schedule)] TimerInfo timer, CancellationToken ct) => send.Run(timer.AsStatus(), ct);
}
