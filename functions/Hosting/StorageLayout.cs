using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace IpsMonitor.Hosting;

/// <summary>Every table, queue and blob container the app uses, created once when a host starts.</summary>
internal sealed class StorageLayout(TableServiceClient tables, QueueServiceClient queues, BlobServiceClient blobs, StorageNames names) : IHostedService
{
    public static readonly string[] Tables =
    [
        Health.RecordHeartbeat.Table, Access.AccessStore.ProgrammesTable, Access.AccessStore.CoachesTable, Access.AccessStore.KeysTable,
        Access.AuditLog.Table, Caseload.CaseloadStore.CandidatesTable, Caseload.CaseloadStore.IndexTable, Caseload.CaseloadStore.JobsTable,
        CheckIns.CheckInStore.Table, CheckIns.CheckInStore.TokensTable, Signals.SignalStore.Table,
        Workbooks.WorkbookBuildLog.Table, Workbooks.WorkbookRequests.Table,
    ];

    public static readonly string[] Queues =
    [
        FunctionMetadata.RecordHeartbeat.Queue, FunctionMetadata.Queues.CheckInSubmitted, FunctionMetadata.Queues.CheckInMissed,
        FunctionMetadata.Queues.CandidateChanged,
        FunctionMetadata.Queues.WorkbookRequests,
    ];

    public static readonly string[] Containers = [TimerScheduler.Container, Workbooks.WorkbookBlobs.Container];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(
            Tables.Select(t => tables.CreateTableIfNotExistsAsync(names.Table(t), cancellationToken))
                .Concat<Task>(Queues.Select(q => queues.GetQueueClient(names.Queue(q)).CreateIfNotExistsAsync(cancellationToken: cancellationToken)))
                .Concat(Containers.Select(c => blobs.GetBlobContainerClient(names.Container(c)).CreateIfNotExistsAsync(cancellationToken: cancellationToken))));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
