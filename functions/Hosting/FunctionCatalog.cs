using IpsMonitor.Health;

namespace IpsMonitor.Hosting;

/// <summary>Every function the local host runs, bound from FunctionMetadata.</summary>
internal static class FunctionCatalog
{
    public static readonly IReadOnlyList<FunctionBinding> All =
    [
        FunctionBinding.Http<GetHealth>(FunctionMetadata.Health.Name, FunctionMetadata.Health.Method, FunctionMetadata.Health.Route,
            (f, c) => f.Run(c.Request, c.RequestAborted)),
        FunctionBinding.Queue<RecordHeartbeat, Heartbeat>(FunctionMetadata.RecordHeartbeat.Name, FunctionMetadata.RecordHeartbeat.Queue,
            (f, message, ct) => f.Run(message, ct)),
        FunctionBinding.Timer<SendHeartbeat>(FunctionMetadata.SendHeartbeat.Name, FunctionMetadata.SendHeartbeat.Schedule, FunctionMetadata.SendHeartbeat.DefaultSchedule,
            (f, status, ct) => f.Run(status, ct)),
    ];
}
