namespace IpsMonitor.Tests.Workbooks;

/// <summary>The check-ins by quarter: what a build reads of them, the backfill of older rows, and erasure.</summary>
public sealed class CheckInQuarterIndexTests
{
    /// <summary>Every index row, key and values, as text.</summary>
    private static async Task<List<string>> IndexRowsAsync(TableClient table)
    {
        var rows = new List<string>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TestProgramme.Id} and RowKey ge {CheckInQuarterIndex.Prefix} and RowKey lt {"~quarter}"}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter))
            rows.Add(string.Join(';', row.Where(kv => kv.Key is not ("Timestamp" or "odata.etag")).OrderBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => $"{kv.Key}={kv.Value}")));
        return rows;
    }

    [Fact]
    public async Task ABuildReadsTheCheckInsOfItsQuartersFromTheIndexWhichTheBackfillCompletesAndErasureEmpties()
    {
        // The same figures as a read of every check-in; the backfill twice gives the same rows; erasure leaves none.
        await using var p = await TestProgramme.StartAsync();
        var seed = await StoredProgramme.SeededAsync(p);
        var q = seed.Quarter;
        var reader = p.Service<ProgrammeReader>();
        var table = p.Table(CheckInStore.Table);

        // Two check-ins stored the way older versions did, without an index row: one in the quarter, one two quarters back.
        var candidateId = (await reader.ReadAsync(TestProgramme.Id, CancellationToken.None)).Candidates[0].Id;
        foreach (var (id, day) in new[] { ("old-1", q.Start.AddDays(50)), ("old-2", q.Previous.Previous.Start.AddDays(10)) })
        {
            var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
            var answered = new Invitation(id, candidateId, Respondent.Candidate, null, day, at.AddDays(-2), at.AddDays(7), InvitationState.Answered, at,
                "candidate-checkin", 1, new Dictionary<string, Answer> { [ItemIds.WorkAbility] = Answer.Of(9), [ItemIds.HelpNow] = Answer.Of("vrije tekst") });
            await table.AddEntityAsync(InvitationRows.ToRow(TestProgramme.Id, answered, null, null));
        }
        var everything = await reader.ReadAsync(TestProgramme.Id, CancellationToken.None);
        Assert.Equal(2, everything.Invitations.Count(i => i.Id.StartsWith("old", StringComparison.Ordinal)));
        var unindexed = await reader.ReadAsync(TestProgramme.Id, q, CancellationToken.None);
        Assert.NotEmpty(unindexed.Invitations);
        Assert.DoesNotContain(unindexed.Invitations, i => i.Id == "old-1");

        var backfill = p.Service<CheckInQuarterBackfill>();
        var closed = everything.Invitations.Count;
        Assert.Equal(closed, await backfill.IndexAsync(TestProgramme.Id, CancellationToken.None));
        var rows = await IndexRowsAsync(table);
        Assert.Equal(closed, await backfill.IndexAsync(TestProgramme.Id, CancellationToken.None));
        Assert.Equal(rows, await IndexRowsAsync(table));
        // The copy holds numbers only: the free text stays on the check-in.
        Assert.DoesNotContain(rows, r => r.Contains("vrije tekst", StringComparison.Ordinal) || r.Contains("Meer uren", StringComparison.Ordinal));

        // The quarter's read: its check-ins and the previous quarter's, not the older one, and the same figures as a full read.
        var bounded = await reader.ReadAsync(TestProgramme.Id, q, CancellationToken.None);
        Assert.Contains(bounded.Invitations, i => i.Id == "old-1");
        Assert.DoesNotContain(bounded.Invitations, i => i.Id == "old-2");
        Assert.All(bounded.Invitations, i => Assert.Contains(Quarter.FromInstant(i.ClosedAt!.Value, Quarter.Amsterdam), new[] { q, q.Previous }));
        Assert.True(bounded.Invitations.Count < everything.Invitations.Count);
        var full = QuarterlyMetrics.Compute(everything, q, Quarter.Amsterdam);
        var part = QuarterlyMetrics.Compute(bounded, q, Quarter.Amsterdam);
        Assert.Equal(full.Responses, part.Responses);
        Assert.Equal(full.Scales, part.Scales);
        Assert.Equal(full.ReminderResponses, part.ReminderResponses);
        Assert.Equal(full.Current, part.Current);
        Assert.Equal(full.Trend, part.Trend);

        // Erasure takes the candidate's index rows along with the check-ins.
        await p.Service<CheckInStore>().EraseAsync(TestProgramme.Id, candidateId, CancellationToken.None);
        Assert.DoesNotContain(await IndexRowsAsync(table), r => r.Contains(candidateId, StringComparison.Ordinal));
        Assert.NotEmpty(await IndexRowsAsync(table));
    }
}
