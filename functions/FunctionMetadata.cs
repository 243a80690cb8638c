namespace IpsMonitor;

/// <summary>
/// The one place where function names, HTTP routes and methods, queue names and timer schedules live.
/// The local host (Hosting/FunctionCatalog.cs) and the Azure entry layer (AzureEntry/) both read these;
/// a test holds the two in step.
/// </summary>
public static class FunctionMetadata
{
    public static class Health
    {
        public const string Name = "Health";
        public const string Method = "get";
        public const string Route = "health";
    }

    public static class RecordHeartbeat
    {
        public const string Name = "RecordHeartbeat";
        public const string Queue = "heartbeats";
    }

    public static class SendHeartbeat
    {
        public const string Name = "SendHeartbeat";
        public const string Schedule = "%HeartbeatSchedule%";
        public const string DefaultSchedule = "0 */5 * * * *";
    }
}
