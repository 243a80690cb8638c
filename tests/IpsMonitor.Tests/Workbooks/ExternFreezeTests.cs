using static IpsMonitor.Tests.Workbooks.WorkbookDownloads;

namespace IpsMonitor.Tests.Workbooks;

/// <summary>
/// The external workbook of a closed quarter is built once and frozen: later builds keep it byte for byte, also after an
/// erasure, so two builds cannot be differenced. A correction is an explicit request and a new, labelled version.
/// </summary>
public sealed class ExternFreezeTests
{
    [Fact]
    public async Task ARebuildAfterANewCandidateChangesTheInternalWorkbookButNotTheFrozenExternalOne()
    {
        await using var p = await TestProgramme.StartAsync();
        var seed = await StoredProgramme.SeededAsync(p, built: true);
        var frozen = await DownloadBytesAsync(p.Coordinator, seed.Quarter, "extern");
        var listedBefore = Extern(await ListAsync(p.Coordinator));

        await seed.CandidateAsync("k6", "coach-b", seed.Quarter.Start.AddDays(3), employed: false);
        await RebuildAsync(p.Coordinator, seed.Quarter);

        using var intern = await DownloadAsync(p.Coordinator, seed.Quarter, "intern");
        Assert.Equal(3, WorkbookFile.Row(intern.Worksheet(SummarySheet.Name), MetricDefinitions.Referrals).Cell(2).GetDouble());
        Assert.Equal(frozen, await DownloadBytesAsync(p.Coordinator, seed.Quarter, "extern"));
        var listedAfter = Extern(await ListAsync(p.Coordinator));
        Assert.Equal(1, listedAfter.GetProperty("version").GetInt32());
        Assert.Equal(listedBefore.GetProperty("builtAt").GetDateTimeOffset(), listedAfter.GetProperty("builtAt").GetDateTimeOffset());
        using var file = new ClosedXML.Excel.XLWorkbook(new MemoryStream(frozen));
        Assert.Equal("versie 1; bevroren", WorkbookFile.Row(file.Worksheet(DefinitionSheet.Name), "Externe uitgave").Cell(2).GetString());
    }

    [Fact]
    public async Task AfterAnErasureTheExternalWorkbookStaysAsFrozen()
    {
        await using var p = await TestProgramme.StartAsync();
        var seed = await StoredProgramme.SeededAsync(p, built: true);
        var frozen = await DownloadBytesAsync(p.Coordinator, seed.Quarter, "extern");

        var erased = $"{TestProgramme.Id}-k1";
        using (var before = await DownloadAsync(p.Coordinator, seed.Quarter, "intern"))
            Assert.Contains(before.Worksheet(CandidateSheet.Name).CellsUsed(), c => c.GetString() == erased);
        Assert.Equal(HttpStatusCode.NoContent, (await p.Coordinator.DeleteAsync(new Uri($"candidates/{erased}", UriKind.Relative))).StatusCode);
        await RebuildAsync(p.Coordinator, seed.Quarter);

        using var intern = await DownloadAsync(p.Coordinator, seed.Quarter, "intern");
        Assert.DoesNotContain(intern.Worksheet(CandidateSheet.Name).CellsUsed(), c => c.GetString() == erased);
        Assert.Equal(frozen, await DownloadBytesAsync(p.Coordinator, seed.Quarter, "extern"));
    }

    [Fact]
    public async Task ACorrectionIsAskedForExplicitlyAndBecomesTheNextLabelledVersionNextToTheFrozenOne()
    {
        await using var p = await TestProgramme.StartAsync();
        var seed = await StoredProgramme.SeededAsync(p, built: true);
        var first = Extern(await ListAsync(p.Coordinator));
        var frozen = await DownloadBytesAsync(p.Coordinator, seed.Quarter, "extern");
        await seed.CandidateAsync("k6", "coach-b", seed.Quarter.Start.AddDays(3), employed: false);

        await RebuildAsync(p.Coordinator, seed.Quarter, new { externCorrection = true });

        var corrected = Extern(await ListAsync(p.Coordinator));
        Assert.Equal(2, corrected.GetProperty("version").GetInt32());
        Assert.True(corrected.GetProperty("builtAt").GetDateTimeOffset() > first.GetProperty("builtAt").GetDateTimeOffset());
        var response = await p.Coordinator.GetAsync(new Uri($"{WorkbooksPath()}/{seed.Quarter}/extern", UriKind.Relative));
        Assert.Equal($"ipsmonitor-{TestProgramme.Id}-{seed.Quarter}-extern-v2.xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var file = new ClosedXML.Excel.XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var label = WorkbookFile.Row(file.Worksheet(DefinitionSheet.Name), "Externe uitgave").Cell(2).GetString();
        Assert.StartsWith("versie 2, correctie op versie 1 van ", label, StringComparison.Ordinal);
        Assert.Contains("versie 2", file.Properties.Title, StringComparison.Ordinal);

        // Version 1 is still there, unchanged, under its own name.
        var blobs = p.Service<WorkbookBlobs>();
        var opened = await blobs.OpenAsync(WorkbookBlobs.ExternBlob(TestProgramme.Id, seed.Quarter, 1), CancellationToken.None);
        using var kept = new MemoryStream();
        await using (var content = opened!.Value.Content)
            await content.CopyToAsync(kept);
        Assert.Equal(frozen, kept.ToArray());

        // A plain rebuild after that keeps version 2.
        await RebuildAsync(p.Coordinator, seed.Quarter);
        Assert.Equal(2, Extern(await ListAsync(p.Coordinator)).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task AnOpenQuarterHasNoExternalWorkbookAndNothingToCorrect()
    {
        await using var p = await TestProgramme.StartAsync();
        var current = Quarter.FromInstant(p.Clock.GetUtcNow(), Quarter.Amsterdam);

        await RebuildAsync(p.Coordinator, current);
        var correction = await p.Coordinator.PostAsJsonAsync($"{WorkbooksPath()}/{current}/builds", new { externCorrection = true });
        var malformed = await p.Coordinator.PostAsync(new Uri($"{WorkbooksPath()}/{current}/builds", UriKind.Relative),
            new StringContent("""{"externCorrection":"yes"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(["intern"], (await ListAsync(p.Coordinator)).Select(w => w.GetProperty("variant").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, correction.StatusCode);
        Assert.Contains("externCorrection", await correction.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    private static JsonElement Extern(JsonElement[] listed) => listed.Single(w => w.GetProperty("variant").GetString() == "extern");
}
