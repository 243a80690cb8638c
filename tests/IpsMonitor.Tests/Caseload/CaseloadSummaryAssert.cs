namespace IpsMonitor.Tests.Caseload;

/// <summary>Compares the stored caseload read model with what the source rows give, row by row.</summary>
internal static class CaseloadSummaryAssert
{
    /// <summary>
    /// Every candidate has their recomputed summary in the programme's partition and their coach's, nothing else has
    /// one, every index row is owned by a summary row of its partition, and each count row counts what is there.
    /// </summary>
    public static async Task MatchSourcesAsync(TestProgramme p)
    {
        var ids = await p.Service<CaseloadStore>().IdsAsync(TestProgramme.Id, CancellationToken.None);
        var expected = new Dictionary<string, CaseloadSummary>();
        foreach (var id in ids)
            expected[id] = await p.Service<CaseloadSummaries>().ComputeAsync(TestProgramme.Id, id, CancellationToken.None)
                ?? throw new InvalidOperationException($"{id} has no summary to compute");
        var rows = new List<TableEntity>();
        await foreach (var row in p.Table(CaseloadSummaryStore.Table).QueryAsync<TableEntity>())
            rows.Add(row);

        var summaries = rows.Where(r => r.RowKey.StartsWith(CaseloadSummaryStore.SummaryPrefix, StringComparison.Ordinal)).ToList();
        Assert.Equal(ids.Count * 2, summaries.Count);
        foreach (var (id, summary) in expected)
        {
            foreach (var partition in new[] { TestProgramme.Id, CaseloadSummaryStore.CoachPartition(TestProgramme.Id, summary.Candidate.CoachId) })
            {
                var stored = Assert.Single(summaries, r => r.PartitionKey == partition && r.RowKey == CaseloadSummaryStore.SummaryPrefix + id);
                Assert.Equal(Json.Write(summary), stored.GetString("Summary"));
            }
        }
        foreach (var partition in rows.GroupBy(r => r.PartitionKey))
        {
            var own = partition.Where(r => r.RowKey.StartsWith(CaseloadSummaryStore.SummaryPrefix, StringComparison.Ordinal))
                .Select(CaseloadSummaryRows.Read).ToList();
            var indexKeys = partition.Select(r => r.RowKey)
                .Where(k => k != CaseloadSummaryStore.CountsKey && !k.StartsWith(CaseloadSummaryStore.SummaryPrefix, StringComparison.Ordinal));
            Assert.Equal(own.SelectMany(s => new[] { s.AttentionKey, s.DueKey }).Order(StringComparer.Ordinal), indexKeys.Order(StringComparer.Ordinal));
            var counts = Json.Read<SummaryCounts>(Assert.Single(partition, r => r.RowKey == CaseloadSummaryStore.CountsKey).GetString("Counts"));
            Assert.Equal(SummaryCounts.Of(own).Counts.OrderBy(c => c.Key, StringComparer.Ordinal),
                counts.Counts.OrderBy(c => c.Key, StringComparer.Ordinal));
        }
        await SignalListMatchesAsync(p, expected);
    }

    /// <summary>
    /// The signal list holds exactly each candidate's signals, as stored, in the programme's partition and their coach's,
    /// each candidate with signals has one owner row naming them, and nothing else is there: no erased candidate leaves a row.
    /// </summary>
    private static async Task SignalListMatchesAsync(TestProgramme p, Dictionary<string, CaseloadSummary> expected)
    {
        var want = new Dictionary<(string, string), string>();
        foreach (var (id, summary) in expected)
        {
            var (signals, _) = await p.Service<SignalStore>().LoadAsync(TestProgramme.Id, id, CancellationToken.None);
            foreach (var signal in signals)
                foreach (var partition in new[] { TestProgramme.Id, CaseloadSummaryStore.CoachPartition(TestProgramme.Id, summary.Candidate.CoachId) })
                    want[(partition, SignalIndexRows.Key(signal))] = Json.Write(signal) + "@" + summary.Candidate.CoachId;
        }
        var rows = new List<TableEntity>();
        await foreach (var row in p.Table(SignalIndexStore.Table).QueryAsync<TableEntity>())
            rows.Add(row);
        var owners = rows.Where(r => r.RowKey.StartsWith(SignalIndexStore.OwnerPrefix, StringComparison.Ordinal)).ToList();
        var withSignals = want.Keys.Select(k => k.Item2.Split('|')[3]).Distinct();
        Assert.Equal(withSignals.Select(id => SignalIndexStore.OwnerPrefix + id).Order(StringComparer.Ordinal),
            owners.Select(o => o.RowKey).Order(StringComparer.Ordinal));
        Assert.All(owners, o => Assert.Equal(TestProgramme.Id, o.PartitionKey));
        var listed = rows.Except(owners).ToDictionary(r => (r.PartitionKey, r.RowKey),
            r => r.GetString(SignalIndexRows.SignalColumn) + "@" + r.GetString(SignalIndexRows.CoachColumn));
        Assert.Equal(want.OrderBy(w => w.Key), listed.OrderBy(l => l.Key));
    }
}
