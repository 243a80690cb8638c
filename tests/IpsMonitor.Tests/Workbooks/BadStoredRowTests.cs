using static IpsMonitor.Tests.Workbooks.WorkbookDownloads;

namespace IpsMonitor.Tests.Workbooks;

/// <summary>One bad stored row never stops a programme's report: the build leaves it out, says so, and goes on.</summary>
public sealed class BadStoredRowTests
{
    private static readonly string[] InternalWords = ["Exception", "System.", "IpsMonitor", "`", "Path:", "LineNumber"];

    [Fact]
    public async Task ABuildLeavesOutAJobOfKindNineAndAReferralOfYearOneReportsBothAndBuildsTheRest()
    {
        await using var p = await TestProgramme.StartAsync();
        var seed = await StoredProgramme.SeededAsync(p);
        var tables = p.Service<TableServiceClient>();
        var names = p.Service<StorageNames>();
        // Stored as the API once let them through: a job of kind 9, and a candidate referred on 0001-01-01.
        var badJob = CandidateRows.ToRow(TestProgramme.Id, new Job("j9", $"{TestProgramme.Id}-k1", "Bakkerij", "Medewerker", "Voeding",
            seed.Quarter.Start.AddDays(3), 20, true, PlacementKind.Regular, false, null, null, null, null, null, [], Disclosure.None, SupervisorContact.None));
        badJob["Kind"] = "9";
        await tables.GetTableClient(names.Table(CaseloadStore.JobsTable)).AddEntityAsync(badJob);
        var yearOne = new Candidate("k-year-one", TestProgramme.Id, "coach-a", null, "nl", [new Referral(DateOnly.MinValue, false, null, null)]);
        await tables.GetTableClient(names.Table(CaseloadStore.CandidatesTable)).AddEntityAsync(CandidateRows.ToRow(yearOne, null));

        var status = await RebuildAsync(p.Coordinator, seed.Quarter);

        var skipped = status.GetProperty("skippedRows").EnumerateArray().ToList();
        Assert.Equal(2, skipped.Count);
        var job = Assert.Single(skipped, s => s.GetProperty("table").GetString() == CaseloadStore.JobsTable);
        Assert.Equal($"{TestProgramme.Id}-k1|j9", job.GetProperty("row").GetString());
        Assert.StartsWith("kind: '9' is not one of regular,", job.GetProperty("reason").GetString(), StringComparison.Ordinal);
        var candidate = Assert.Single(skipped, s => s.GetProperty("table").GetString() == CaseloadStore.CandidatesTable);
        Assert.Equal("k-year-one", candidate.GetProperty("row").GetString());
        Assert.StartsWith("referrals[0].referralDate:", candidate.GetProperty("reason").GetString(), StringComparison.Ordinal);

        var logged = new List<TableEntity>();
        await foreach (var row in p.Service<WorkbookBuildLog>().ForQuarterAsync(TestProgramme.Id, seed.Quarter, CancellationToken.None))
            logged.Add(row);
        var build = Assert.Single(logged);
        Assert.Equal(2, build.GetInt32("SkippedRows"));
        Assert.Contains("k-year-one", build.GetString("Skipped"), StringComparison.Ordinal);

        // The workbook holds exactly the figures of the good rows.
        var expected = QuarterlyMetrics.Compute(seed.Expected(await p.Service<AccessStore>().CoachesAsync(TestProgramme.Id, CancellationToken.None)), seed.Quarter, Quarter.Amsterdam);
        using var intern = await DownloadAsync(p.Coordinator, seed.Quarter, "intern");
        var summary = intern.Worksheet(SummarySheet.Name);
        Assert.Equal((double)expected.Current.Referrals, WorkbookFile.Row(summary, MetricDefinitions.Referrals).Cell(2).GetDouble());
        Assert.Equal((double)expected.Current.FirstJobStarts, WorkbookFile.Row(summary, MetricDefinitions.FirstJobStarts).Cell(2).GetDouble());
    }

    [Fact]
    public async Task AFailedBuildTellsTheCoordinatorWhatHappenedInPlainWords()
    {
        await using var p = await TestProgramme.StartAsync(new Dictionary<string, string?> { ["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "1" });
        var quarter = Quarter.LastClosedAt(p.Clock.GetUtcNow(), Quarter.Amsterdam);
        // A damaged current.json: the build cannot tell which build is current, so it must not make itself current.
        await StoredWorkbooks.DamageCurrentAsync(p, quarter);

        var accepted = await p.Coordinator.PostAsync(new Uri($"{WorkbooksPath()}/{quarter}/builds", UriKind.Relative), null);
        var status = default(JsonElement);
        await TestHost.Eventually(async () =>
        {
            status = await p.Coordinator.GetFromJsonAsync<JsonElement>(accepted.Headers.Location);
            return status.GetProperty("status").GetString() == "failed";
        }, "the failed build", seconds: 30);

        var error = status.GetProperty("error").GetString()!;
        Assert.Contains("could not be built", error, StringComparison.Ordinal);
        Assert.All(InternalWords, w => Assert.DoesNotContain(w, error, StringComparison.Ordinal));
    }
}
