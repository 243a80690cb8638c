using Azure.Data.Tables;
using Azure.Data.Tables.Sas;
using IpsMonitor.Tests.Infrastructure;

namespace IpsMonitor.Tests.Platform;

/// <summary>
/// The build's row stream reads every row of a query exactly as the storage SDK reads it: the same rows in the same
/// order over several pages, the same properties with the same values and types, with the account key and with a SAS.
/// </summary>
public sealed class RowStreamTests
{
    private const string Partition = "p'1 ë";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EveryRowAndValueIsReadAsTheSdkReadsIt(bool withSas)
    {
        var prefix = TestStorage.NewPrefix();
        var full = new TableServiceClient(await TestStorage.ConnectionStringAsync());
        var table = full.GetTableClient(prefix + "rows");
        await table.CreateAsync();
        // Three pages: continuation must carry the query on, over row keys that need escaping.
        var rows = Enumerable.Range(0, 2_345).Select(Row).ToList();
        foreach (var batch in rows.Chunk(100))
            await table.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)));
        await table.AddEntityAsync(new TableEntity("other", "x") { ["Text"] = "not in the partition" });

        var client = full;
        if (withSas)
        {
            var sas = full.GenerateSasUri(TableAccountSasPermissions.Read, TableAccountSasResourceTypes.Container | TableAccountSasResourceTypes.Object,
                DateTimeOffset.UtcNow.AddHours(1));
            client = new TableServiceClient($"TableEndpoint={full.Uri};SharedAccessSignature={sas.Query.TrimStart('?')}");
        }
        var stream = new RowStream(client, new StorageNames(prefix));

        foreach (var select in new[] { null, new[] { "RowKey", "When", "Big", "Hours" } })
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {"k|0100"}");
            var expected = new List<Dictionary<string, object>>();
            await foreach (var row in table.QueryAsync<TableEntity>(filter, select: select))
                expected.Add(Values(row));
            var actual = new List<Dictionary<string, object>>();
            await stream.ForEachAsync("rows", filter, select, row => actual.Add(Values(row)), CancellationToken.None);

            Assert.Equal(2_245, expected.Count);
            Assert.Equal(expected.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i].Keys.Order(StringComparer.Ordinal), actual[i].Keys.Order(StringComparer.Ordinal));
                foreach (var (name, value) in expected[i])
                {
                    Assert.Equal((name, value.GetType()), (name, actual[i][name].GetType()));
                    Assert.Equal((name, Comparable(value)), (name, Comparable(actual[i][name])));
                }
            }
        }
    }

    /// <summary>
    /// What Azurite never sends but the service may: a type annotation after its value, a selected property a row lacks
    /// as null, a whole number beyond an int; and one row's annotations never type the next row's values.
    /// </summary>
    [Fact]
    public void APageInEveryFormTheServiceMayWriteIsReadAsTheSdkTypesIt()
    {
        var page = """
            {"odata.metadata":"x","value":[
             {"odata.etag":"W/\"1\"","PartitionKey":"p","RowKey":"a","When":"2026-07-01T08:30:15.1234567Z","When@odata.type":"Edm.DateTime",
              "Big":"5000000000","Big@odata.type":"Edm.Int64","Large":5000000000,"Gone":null,"Hours":16,"Hours@odata.type":"Edm.Double",
              "Odd@odata.type":"Edm.Double","Odd":"NaN","Fraction":16.5,"Count":3,"Yes":true,"Esc\u0061ped":"t\u00e9kst"},
             {"PartitionKey":"p","RowKey":"b","When":"not a moment","Hours":16}
            ]}
            """u8;
        var rows = new List<Dictionary<string, object>>();
        RowStream.ReadPage(page, new TableEntity(), new RowStream.PropertyNames(), row => rows.Add(Values(row)));

        Assert.Equal(2, rows.Count);
        var first = rows[0];
        Assert.Equal(["Big", "Count", "Escaped", "Fraction", "Hours", "Large", "Odd", "PartitionKey", "RowKey", "When", "Yes"], first.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((new DateTimeOffset(2026, 7, 1, 8, 30, 15, TimeSpan.Zero).AddTicks(1_234_567).UtcTicks, TimeSpan.Zero), Comparable(first["When"]));
        Assert.Equal(5_000_000_000L, first["Big"]);
        Assert.Equal(5_000_000_000L, first["Large"]);
        Assert.Equal(16.0, first["Hours"]);
        Assert.Equal(double.NaN, first["Odd"]);
        Assert.Equal(16.5, first["Fraction"]);
        Assert.Equal(3, first["Count"]);
        Assert.Equal(true, first["Yes"]);
        Assert.Equal("tékst", first["Escaped"]);
        Assert.Equal("not a moment", rows[1]["When"]);
        Assert.Equal(16, rows[1]["Hours"]);
    }

    [Fact]
    public async Task AQueryTheServiceRefusesFailsAsTheSdkFails()
    {
        var stream = new RowStream(new TableServiceClient(await TestStorage.ConnectionStringAsync()), new StorageNames(TestStorage.NewPrefix()));
        var refused = await Assert.ThrowsAsync<Azure.RequestFailedException>(
            () => stream.ForEachAsync("missing", "PartitionKey eq 'p'", null, _ => { }, CancellationToken.None));
        Assert.Equal(404, refused.Status);
    }

    /// <summary>
    /// The next page is asked for before a page's rows are handed out, and only that one: a caller that stops at a row
    /// gets its own exception, not the page still on its way, and no third page is asked for.
    /// </summary>
    [Fact]
    public async Task TheNextPageIsAskedForWhileThisOneIsReadAndACallerThatStopsEndsTheQuery()
    {
        var prefix = TestStorage.NewPrefix();
        var connection = await TestStorage.ConnectionStringAsync();
        var table = new TableServiceClient(connection).GetTableClient(prefix + "rows");
        await table.CreateAsync();
        foreach (var batch in Enumerable.Range(0, 2_500).Select(Row).Chunk(100))
            await table.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)));
        var sent = new QueriesSent();
        var options = new TableClientOptions();
        options.AddPolicy(sent, Azure.Core.HttpPipelinePosition.PerCall);
        var stream = new RowStream(new TableServiceClient(connection, options), new StorageNames(prefix));
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");

        var askedBeforeRows = new List<int>();
        var rows = 0;
        await stream.ForEachAsync("rows", filter, ["RowKey"], row =>
        {
            if (rows++ % 1000 == 0)
                askedBeforeRows.Add(sent.Count);
        }, CancellationToken.None);
        Assert.Equal(2_500, rows);
        Assert.Equal([2, 3, 3], askedBeforeRows);

        sent.Count = 0;
        var stopped = await Assert.ThrowsAsync<InvalidOperationException>(() => stream.ForEachAsync("rows", filter, ["RowKey"],
            row => throw new InvalidOperationException("the caller's own"), CancellationToken.None));
        Assert.Equal("the caller's own", stopped.Message);
        Assert.Equal(2, sent.Count);
    }

    /// <summary>Counts the requests a client sends, when they are sent.</summary>
    private sealed class QueriesSent : Azure.Core.Pipeline.HttpPipelineSynchronousPolicy
    {
        public int Count { get; set; }

        public override void OnSendingRequest(Azure.Core.HttpMessage message) => Count++;
    }

    /// <summary>Every property type a table holds, some values absent, and text that JSON escapes.</summary>
    private static TableEntity Row(int i)
    {
        var row = new TableEntity(Partition, $"k|{i:0000}\"ü")
        {
            ["Text"] = i % 7 == 0 ? "quote \" backslash \\ tab \t line\nend ✓ " + i : "plain " + i,
            ["Count"] = i,
            ["Big"] = 5_000_000_000L + i,
            ["Hours"] = i % 2 == 0 ? 16.0 : 16.5 + i,
            ["Flag"] = i % 3 == 0,
            ["When"] = new DateTimeOffset(2026, 7, 1, 8, 30, 15, TimeSpan.Zero).AddMinutes(i).AddTicks(i * 1234),
            ["Id"] = new Guid(i, 0, 0, [1, 2, 3, 4, 5, 6, 7, 8]),
            ["Bytes"] = new byte[] { 1, 2, (byte)i },
        };
        if (i % 5 == 0)
            row.Remove("Text");
        if (i % 11 == 0)
            row["Negative"] = -1.25e-7;
        return row;
    }

    /// <summary>Bytes by their content, a moment with its offset (equality of moments alone ignores it).</summary>
    private static object Comparable(object value) => value switch
    {
        byte[] bytes => Convert.ToBase64String(bytes),
        DateTimeOffset moment => (moment.UtcTicks, moment.Offset),
        _ => value,
    };

    /// <summary>A row's properties, without the etag, which the stream does not read.</summary>
    private static Dictionary<string, object> Values(TableEntity row) =>
        row.Keys.Where(k => k != "odata.etag").ToDictionary(k => k, k => row[k], StringComparer.Ordinal);
}
