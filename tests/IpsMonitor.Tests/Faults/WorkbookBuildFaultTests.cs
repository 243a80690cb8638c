using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using IpsMonitor.Tests.Workbooks;
using static IpsMonitor.Tests.Workbooks.WorkbookDownloads;

namespace IpsMonitor.Tests.Faults;

/// <summary>A workbook build whose last write fails: what coordinators download stays as it was.</summary>
public sealed class WorkbookBuildFaultTests
{
    /// <summary>
    /// Storage cuts out for the build's last step, making the new build current (current.json): by then the new file is
    /// written, so the build fails half-way, as a crash or a lost connection would leave it.
    /// </summary>
    private sealed class CutOffCommit : HttpPipelinePolicy
    {
        public volatile bool Armed;

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Fail(message);
            ProcessNext(message, pipeline);
        }

        public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Fail(message);
            return ProcessNextAsync(message, pipeline);
        }

        private void Fail(HttpMessage message)
        {
            if (Armed && message.Request.Method == RequestMethod.Put && message.Request.Uri.Path.EndsWith("/current.json", StringComparison.Ordinal))
                throw new RequestFailedException(0, "The connection was reset while the build was being made current.", new IOException("Connection reset by peer"));
        }
    }

    [Fact]
    public async Task ABuildThatFailsMidWriteLeavesThePreviousWorkbookDownloadableAndIsReportedAsFailedInPlainWords()
    {
        var cutOff = new CutOffCommit();
        var options = StorageRetry.Short(new BlobClientOptions());
        options.AddPolicy(cutOff, HttpPipelinePosition.PerRetry);
        var connection = await TestStorage.ConnectionStringAsync();
        // One attempt, so the request's final state is the failure rather than a retry in progress.
        await using var p = await TestProgramme.StartAsync(
            new Dictionary<string, string?> { ["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "1" },
            services: s => s.AddSingleton(new BlobServiceClient(connection, options)));
        var seed = new StoredProgramme(p, TestProgramme.Id);
        await seed.SeedAsync();
        await p.Service<QuarterlyWorkbooksFunction>().Run(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
        var before = (await ListAsync(p.Coordinator)).Select(w => w.GetProperty("buildId").GetString()).Distinct().Single();
        var internBefore = await DownloadBytesAsync(p.Coordinator, seed.Quarter, "intern");
        var externBefore = await DownloadBytesAsync(p.Coordinator, seed.Quarter, "extern");
        // Data changed since: a successful rebuild would give other figures.
        await seed.CandidateAsync("k6", "coach-b", seed.Quarter.Start.AddDays(3), employed: false);

        cutOff.Armed = true;
        var accepted = await p.Coordinator.PostAsync(new Uri($"{WorkbooksPath()}/{seed.Quarter}/builds", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var status = default(JsonElement);
        await TestHost.Eventually(async () =>
        {
            status = await p.Coordinator.GetFromJsonAsync<JsonElement>(new Uri(p.Coordinator.BaseAddress!, accepted.Headers.Location!.ToString()));
            return status.GetProperty("status").GetString() is "done" or "failed";
        }, "the requested build to end", 60);
        var timerBuild = await Record.ExceptionAsync(() => p.Service<WorkbookBuilder>().BuildAsync(TestProgramme.Id, seed.Quarter, "test", CancellationToken.None));

        // Still cut off: the downloads are the previous build's files, byte for byte.
        Assert.Equal("failed", status.GetProperty("status").GetString());
        var error = status.GetProperty("error").GetString()!;
        Assert.Contains("Storage", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        Assert.DoesNotContain("current.json", error, StringComparison.Ordinal);
        Assert.NotNull(timerBuild);
        Assert.Equal(before, (await ListAsync(p.Coordinator)).Select(w => w.GetProperty("buildId").GetString()).Distinct().Single());
        Assert.Equal(internBefore, await DownloadBytesAsync(p.Coordinator, seed.Quarter, "intern"));
        Assert.Equal(externBefore, await DownloadBytesAsync(p.Coordinator, seed.Quarter, "extern"));

        // Once storage answers again, a rebuild goes through and replaces it.
        cutOff.Armed = false;
        var done = await RebuildAsync(p.Coordinator, seed.Quarter);
        Assert.NotEqual(before, done.GetProperty("buildId").GetString());
        using var intern = await DownloadAsync(p.Coordinator, seed.Quarter, "intern");
        Assert.Equal(3, WorkbookFile.Row(intern.Worksheet(SummarySheet.Name), MetricDefinitions.Referrals).Cell(2).GetDouble());
    }
}
