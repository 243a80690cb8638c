using Azure.Storage.Blobs;
using IpsMonitor.LocalHost;
using static IpsMonitor.Tests.Workbooks.WorkbookDownloads;

namespace IpsMonitor.Tests.Workbooks;

public sealed class WorkbookBuildTests
{
    [Fact]
    public async Task TheTimerBuildsBothWorkbooksOfTheClosedQuarterWithTheFiguresOfTheStoredData()
    {
        await using var p = await TestProgramme.StartAsync();
        var seed = await StoredProgramme.SeededAsync(p, built: true);

        var listed = await ListAsync(p.Coordinator);
        Assert.Equal(["intern", "extern"], listed.Select(w => w.GetProperty("variant").GetString()));
        Assert.All(listed, w => Assert.Equal(seed.Quarter.ToString(), w.GetProperty("quarter").GetString()));
        Assert.All(listed, w => Assert.True(w.GetProperty("size").GetInt64() > 1000));
        Assert.Equal($"/api/{WorkbooksPath()}/{seed.Quarter}/intern", listed[0].GetProperty("downloadUrl").GetString());

        var coaches = await p.Service<AccessStore>().CoachesAsync(TestProgramme.Id, CancellationToken.None);
        var expected = QuarterlyMetrics.Compute(seed.Expected(coaches), seed.Quarter, Quarter.Amsterdam);
        using var intern = await DownloadAsync(p.Coordinator, seed.Quarter, "intern");
        var summary = intern.Worksheet(SummarySheet.Name);
        Assert.Equal(2, expected.Current.Referrals);
        Assert.Equal((double)expected.Current.Referrals, WorkbookFile.Row(summary, MetricDefinitions.Referrals).Cell(2).GetDouble());
        Assert.Equal(1, expected.Current.FirstJobStarts);
        Assert.Equal((double)expected.Current.FirstJobStarts, WorkbookFile.Row(summary, MetricDefinitions.FirstJobStarts).Cell(2).GetDouble());
        Assert.Equal(0.5, expected.Current.EmploymentRate.Value);
        Assert.Equal(0.5, WorkbookFile.Row(summary, MetricDefinitions.EmploymentRate).Cell(2).GetDouble());
        Assert.Equal(5, intern.Worksheet(CandidateSheet.Name).RowsUsed().Count(r => r.RowNumber() > SheetLayout.HeaderRow));

        // Every cell, not just a sample: the same report written here gives the same file contents.
        var builtAt = listed[0].GetProperty("builtAt").GetDateTimeOffset();
        using var written = new ClosedXML.Excel.XLWorkbook(new MemoryStream(Bytes(expected, WorkbookVariant.Intern, builtAt)));
        Assert.Equal(WorkbookFile.Snapshot(written), WorkbookFile.Snapshot(intern));

        using var external = await DownloadAsync(p.Coordinator, seed.Quarter, "extern");
        Assert.DoesNotContain(external.Worksheets, s => s.Name == CandidateSheet.Name);
        Assert.Equal(SmallCells.Mark, WorkbookFile.Row(external.Worksheet(SummarySheet.Name), MetricDefinitions.Referrals).Cell(2).GetString());
    }

    [Fact]
    public async Task EachBuildIsRecordedWithWhatItReadAndATimerRunAfterTheQuarterClosedIsNotRepeated()
    {
        await using var p = await TestProgramme.StartAsync();
        var seed = await StoredProgramme.SeededAsync(p);
        var timer = p.Service<QuarterlyWorkbooksFunction>();

        await timer.Run(StoredWorkbooks.Tick, CancellationToken.None);
        var first = (await p.Service<WorkbookBlobs>().ReadManifestAsync(TestProgramme.Id, seed.Quarter, CancellationToken.None)).Manifest!;
        await timer.Run(new Microsoft.Azure.Functions.Worker.TimerInfo { IsPastDue = true }, CancellationToken.None);
        var second = (await p.Service<WorkbookBlobs>().ReadManifestAsync(TestProgramme.Id, seed.Quarter, CancellationToken.None)).Manifest!;

        Assert.Equal(first.BuildId, second.BuildId);
        Assert.Equal(new BuildCounts(2, 5, 4, 6, 3, 5), first.Counts);
        Assert.Equal(MetricDefinitions.DefinitionVersion, first.DefinitionVersion);
        Assert.Equal("rules-2", first.SignalRuleVersion);
        var rows = new List<TableEntity>();
        await foreach (var row in p.Service<WorkbookBuildLog>().ForQuarterAsync(TestProgramme.Id, seed.Quarter, CancellationToken.None))
            rows.Add(row);
        var recorded = Assert.Single(rows);
        Assert.Equal(first.BuildId, recorded.GetString("BuildId"));
        Assert.Equal(("timer", 5, 6, 3), (recorded.GetString("Trigger"), recorded.GetInt32("Candidates"), recorded.GetInt32("CheckIns"), recorded.GetInt32("Signals")));
        Assert.True(recorded.GetBoolean("BecameCurrent"));
    }

    [Fact]
    public async Task ARebuildOnRequestReplacesTheCurrentWorkbookAndKeepsOnlyTheLastThreeBuilds()
    {
        await using var p = await TestProgramme.StartAsync();
        var seed = await StoredProgramme.SeededAsync(p, built: true);
        var before = (await ListAsync(p.Coordinator))[0].GetProperty("buildId").GetString();

        // Data corrected after the quarter closed: one more referral in the quarter.
        await seed.CandidateAsync("k6", "coach-b", seed.Quarter.Start.AddDays(3), employed: false);
        var done = await RebuildAsync(p.Coordinator, seed.Quarter);

        var after = (await ListAsync(p.Coordinator))[0].GetProperty("buildId").GetString();
        Assert.NotEqual(before, after);
        Assert.Equal(after, done.GetProperty("buildId").GetString());
        using var intern = await DownloadAsync(p.Coordinator, seed.Quarter, "intern");
        Assert.Equal(3, WorkbookFile.Row(intern.Worksheet(SummarySheet.Name), MetricDefinitions.Referrals).Cell(2).GetDouble());

        var build = p.Service<WorkbookBuilder>();
        for (var i = 0; i < 3; i++)
            await build.BuildAsync(TestProgramme.Id, seed.Quarter, "test", CancellationToken.None);
        var current = (await p.Service<WorkbookBlobs>().ReadManifestAsync(TestProgramme.Id, seed.Quarter, CancellationToken.None)).Manifest!;
        var kept = await BuildFoldersAsync(p, seed.Quarter);
        Assert.Equal(WorkbookBuilder.KeptBuilds, kept.Count);
        Assert.Contains(current.BuildId, kept);
        Assert.DoesNotContain(before, kept);
    }

    [Fact]
    public async Task AProgrammeWhoseBuildFailsDoesNotKeepTheOthersFromTheirWorkbooks()
    {
        await using var p = await TestProgramme.StartAsync();
        var seed = await StoredProgramme.SeededAsync(p);
        // Listed before team-a, and its current.json is damaged: its build throws (a bad data row would only be left out).
        const string broken = "aaa-broken";
        await p.Service<AccessStore>().EnsureProgrammeAsync(broken, "Broken", CancellationToken.None);
        var damaged = await StoredWorkbooks.DamageCurrentAsync(p, seed.Quarter, broken);

        await StoredWorkbooks.BuildAsync(p);

        var blobs = p.Service<WorkbookBlobs>();
        Assert.Equal("{not json", (await damaged.DownloadContentAsync()).Value.Content.ToString());
        Assert.NotNull((await blobs.ReadManifestAsync(TestProgramme.Id, seed.Quarter, CancellationToken.None)).Manifest);
        Assert.Equal(2, (await ListAsync(p.Coordinator)).Length);
    }

    [Fact]
    public void TheDefaultScheduleRunsInUtcAtOneOnTheFirstDayOfEachQuarterWhichIsAfterTheQuarterClosedInAmsterdam()
    {
        var timer = TestHost.AppFunctions.OfType<TimerFunction>().Single(t => t.Name == "BuildQuarterlyWorkbooks");
        var defaults = new ConfigurationBuilder().AddJsonFile(Repo.PathOf("local.settings.sample.json")).Build().GetSection("Values");
        var schedule = LocalFunctionsHost.ParseSchedule(timer, defaults);
        var amsterdam = Quarter.Amsterdam;

        var from = DateTimeOffset.Parse("2026-11-23T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var next = schedule.GetOccurrences(from.UtcDateTime, from.AddYears(1).UtcDateTime).Take(4).Select(t => new DateTimeOffset(t)).ToList();

        // 02:00 in winter and 03:00 in summer, Amsterdam time: always in the night after the quarter closed.
        Assert.Equal(
        [
            DateTimeOffset.Parse("2027-01-01T02:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse("2027-04-01T03:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse("2027-07-01T03:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse("2027-10-01T03:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture),
        ], next);
        Assert.All(next, tick => Assert.Equal(Quarter.FromInstant(tick, amsterdam).Previous, Quarter.LastClosedAt(tick, amsterdam)));
        Assert.Equal(new Quarter(2026, 4), Quarter.LastClosedAt(next[0], amsterdam));
    }

    [Fact]
    public async Task AnotherScheduleCanBeSetAndAQuarterWithoutBuildAnswers404()
    {
        await using var p = await TestProgramme.StartAsync(new Dictionary<string, string?> { ["QuarterlyWorkbookSchedule"] = "0 30 3 2 1,4,7,10 *" });
        var timer = TestHost.AppFunctions.OfType<TimerFunction>().Single(t => t.Name == "BuildQuarterlyWorkbooks");

        var schedule = LocalFunctionsHost.ParseSchedule(timer, p.Service<IConfiguration>());
        Assert.Equal(new DateTime(2027, 1, 2, 3, 30, 0, DateTimeKind.Utc), schedule.GetNextOccurrence(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc)));
        var missing = await p.Coordinator.GetAsync(new Uri($"{WorkbooksPath()}/2025-Q1/intern", UriKind.Relative));
        await ApiProblem.AssertAsync(missing, HttpStatusCode.NotFound);
    }

    private static byte[] Bytes(QuarterlyReport report, WorkbookVariant variant, DateTimeOffset builtAt)
    {
        using var stream = new MemoryStream();
        QuarterlyWorkbook.Write(report, variant, builtAt, stream);
        return stream.ToArray();
    }

    private static async Task<IReadOnlyList<string>> BuildFoldersAsync(TestProgramme p, Quarter quarter)
    {
        var container = p.Service<BlobServiceClient>().GetBlobContainerClient(p.Service<StorageNames>().Container(WorkbookBlobs.Container));
        var prefix = $"{TestProgramme.Id}/{quarter}/builds/";
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var blob in container.GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Prefix = prefix }))
            folders.Add(blob.Name[prefix.Length..].Split('/')[0]);
        return [.. folders];
    }
}
