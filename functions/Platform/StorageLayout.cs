using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace IpsMonitor.Platform;

/// <summary>
/// Every table, queue and blob container the app uses, created once when a host starts; the audit's table by its own
/// client (see AuditTable).
/// </summary>
internal sealed class StorageLayout(
    TableServiceClient tables, QueueServiceClient queues, BlobServiceClient blobs, StorageNames names, AuditTable audit) : IHostedService
{
    public static readonly string[] Tables =
    [
        Health.RecordHeartbeat.Table, Access.AccessStore.ProgrammesTable, Access.AccessStore.CoachesTable, Access.AccessStore.KeysTable,
        Caseload.CaseloadStore.CandidatesTable, Caseload.CaseloadStore.IndexTable, Caseload.CaseloadStore.JobsTable,
        Caseload.CaseloadSummaryStore.Table,
        CheckIns.CheckInStore.Table, CheckIns.CheckInStore.TokensTable, Development.DevelopmentLinkStore.Table, Signals.SignalStore.Table,
        Signals.SignalIndexStore.Table,
        Workbooks.WorkbookBuildLog.Table, Workbooks.WorkbookBuildStore.Table, Workbooks.QuarterFiguresStore.Table, Workspace.StaffSessionStore.Table,
        Fidelity.FidelityStore.Table, Access.GuessCounts.Table,
        Caseload.ContactStore.Table, Caseload.ObservationStore.Table,
        Development.CandidateVoiceStore.Table, Workspace.FitReviewStore.Table,
    ];

    /// <summary>The workbooks container; the local host's timers create their own (azure-webjobs-hosts), as the Functions host does.</summary>
    public static readonly string[] Containers = [Workbooks.WorkbookBlobs.Container, Workspace.BlobKeyRepository.Container];

    public Task StartAsync(CancellationToken cancellationToken) => EnsureAsync(cancellationToken);

    /// <summary>Creates whatever is missing; safe to run from any number of hosts and commands at once.</summary>
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(
            Tables.Select(t => tables.CreateTableIfNotExistsAsync(names.Table(t), cancellationToken))
                .Concat<Task>(QueueNames.All.Select(q => queues.GetQueueClient(names.Queue(q)).CreateIfNotExistsAsync(cancellationToken: cancellationToken)))
                .Concat(Containers.Select(c => blobs.GetBlobContainerClient(names.Container(c)).CreateIfNotExistsAsync(cancellationToken: cancellationToken)))
                .Append(audit.EnsureAsync(cancellationToken)));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
