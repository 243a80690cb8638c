using Azure;
using Azure.Data.Tables.Sas;
using IpsMonitor.DataRights;
using IpsMonitor.Tests.Caseload;
using IpsMonitor.Tests.DataRights;

namespace IpsMonitor.Tests.Hosting;

/// <summary>
/// The app runs with the rights the Bicep gives it on the audit account, played on Azurite by an account SAS: entities
/// read and add, nothing else. Every writer of the audit (single rows, list reads in transactions, respondents, erasure
/// tombstones and their completion, the nightly finish) still works, and the same rights refuse a change or a delete.
/// </summary>
public sealed class AppendOnlyAuditStorageTests
{
    [Fact]
    public async Task EveryWriterOfTheAuditWorksWithOnlyTheRightsToReadAndAddRows()
    {
        var (prefix, full, readAndAdd) = await AuditAccountAsync(TableAccountSasPermissions.Read | TableAccountSasPermissions.Add);
        await full.CreateTableIfNotExistsAsync(prefix + AuditLog.Table);
        await using var p = await TestProgramme.StartAsync(new Dictionary<string, string?>
        {
            ["IpsMonitor:StoragePrefix"] = prefix,
            [AuditTable.Setting] = readAndAdd,
        });
        var erased = await ErasureTests.SeedAsync(p, "weg");
        var halfway = await ErasureTests.SeedAsync(p, "half");
        var coordinator = await p.Service<AccessStore>().FindKeyAsync(p.Keys["coordinator"], CancellationToken.None);
        var erasure = p.Service<CandidateErasure>();

        Assert.Equal(HttpStatusCode.OK, (await p.Coordinator.GetAsync($"programmes/{TestProgramme.Id}/candidates")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await p.Coordinator.GetAsync($"programmes/{TestProgramme.Id}/audit")).StatusCode);
        var deleted = await p.Coordinator.DeleteAsync(new Uri($"candidates/{erased.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        // A repeated erasure finds the tombstone and its completion there and adds neither again.
        await erasure.EraseAsync(TestProgramme.Id, erased.Id, coordinator, CancellationToken.None);
        await erasure.BeginAsync(TestProgramme.Id, halfway.Id, coordinator, CancellationToken.None);
        p.Clock.Offset = ApplyRetention.Grace + TimeSpan.FromMinutes(1);
        await p.Service<ApplyRetention>().RunAsync(CancellationToken.None);

        var tombstones = p.Service<ErasureTombstones>();
        Assert.NotNull((await tombstones.FindAsync(erased.Id, CancellationToken.None))?.CompletedAt);
        Assert.NotNull((await tombstones.FindAsync(halfway.Id, CancellationToken.None))?.CompletedAt);
        await foreach (var unfinished in tombstones.UnfinishedAsync(CancellationToken.None))
            Assert.Fail("Still unfinished: " + unfinished.CandidateId);
        var rows = await AccessTests.AuditRows(p);
        Assert.Contains(rows, r => r.Action.StartsWith("list caseload", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Action.StartsWith("read audit", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Actor.StartsWith("respondent:", StringComparison.Ordinal) && r.CandidateId == erased.Id);
        Assert.Contains(rows, r => r.Action == "finish erasure" && r.CandidateId == halfway.Id);

        // Those rights refuse every change: what the app wrote above it could not have rewritten.
        var audit = new TableServiceClient(readAndAdd).GetTableClient(prefix + AuditLog.Table);
        var row = (await audit.GetEntityAsync<TableEntity>(ErasureTombstones.Partition, erased.Id)).Value;
        row["Reason"] = "rewritten";
        Assert.Equal(403, (await Assert.ThrowsAsync<RequestFailedException>(() => audit.UpdateEntityAsync(row, ETag.All))).Status);
        Assert.Equal(403, (await Assert.ThrowsAsync<RequestFailedException>(() => audit.UpsertEntityAsync(row))).Status);
        Assert.Equal(403, (await Assert.ThrowsAsync<RequestFailedException>(() => audit.DeleteEntityAsync(row.PartitionKey, row.RowKey)))
            .Status);
    }

    [Fact]
    public async Task TheAuditIsWrittenByTheClientOfItsOwnSettingAndItsTableIsTheDeploymentsToMake()
    {
        var (prefix, full, readOnly) = await AuditAccountAsync(TableAccountSasPermissions.Read);
        await using var host = await TestHost.StartAsync(new Dictionary<string, string?>
        {
            ["IpsMonitor:StoragePrefix"] = prefix,
            [AuditTable.Setting] = readOnly,
        });
        var names = new List<string>();
        await foreach (var table in full.QueryAsync(TableClient.CreateQueryFilter($"TableName eq {prefix + AuditLog.Table}")))
            names.Add(table.Name);
        Assert.Empty(names);
        await full.CreateTableAsync(prefix + AuditLog.Table);

        var log = host.Services.GetRequiredService<AuditLog>();
        var refused = await Assert.ThrowsAsync<RequestFailedException>(
            () => log.RecordSystemAsync(TestProgramme.Id, "probe", null, CancellationToken.None));
        Assert.Equal(403, refused.Status);
        var month = ProgrammeTime.DateOf(DateTimeOffset.UtcNow);
        var trail = host.Services.GetRequiredService<AuditTrail>();
        Assert.Empty(await trail.ReadAsync(TestProgramme.Id, month, null, CancellationToken.None));
    }

    /// <summary>A fresh prefix, a client with every right (the deployment's), and a connection string with only those given.</summary>
    private static async Task<(string Prefix, TableServiceClient Full, string Restricted)> AuditAccountAsync(
        TableAccountSasPermissions rights)
    {
        var full = new TableServiceClient(await TestStorage.ConnectionStringAsync());
        var kinds = TableAccountSasResourceTypes.Container | TableAccountSasResourceTypes.Object;
        var sas = full.GenerateSasUri(rights, kinds, DateTimeOffset.UtcNow.AddHours(2));
        return (TestStorage.NewPrefix(), full, $"TableEndpoint={full.Uri};SharedAccessSignature={sas.Query.TrimStart('?')}");
    }
}
