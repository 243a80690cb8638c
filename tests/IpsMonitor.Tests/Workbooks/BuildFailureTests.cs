using System.Text.RegularExpressions;
using IpsMonitor.Tests.Workspace;
using static IpsMonitor.Tests.Workbooks.WorkbookDownloads;

namespace IpsMonitor.Tests.Workbooks;

/// <summary>A failed build is told in plain words, in the API's build status and on the workbooks page, whatever failed.</summary>
public sealed partial class BuildFailureTests
{
    /// <summary>What code says and people should not read: type names, namespaces, stack frames.</summary>
    [GeneratedRegex(@"Exception|System\.|Azure\.|IpsMonitor|\bat [A-Z]\w*\.|`|Path:|LineNumber|\w+\.\w+\(")]
    private static partial Regex CodeWords();

    public static TheoryData<BuildFailure, string> EveryKindInEveryLanguage()
    {
        var data = new TheoryData<BuildFailure, string>();
        foreach (var failure in Enum.GetValues<BuildFailure>())
            foreach (var lang in new[] { "nl", "en" })
                data.Add(failure, lang);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryKindInEveryLanguage))]
    public void EveryKindOfFailureIsExplainedInPlainWordsInBothLanguages(BuildFailure failure, string lang)
    {
        var text = BuildFailures.Explain(failure, lang);
        Assert.DoesNotMatch(CodeWords(), text);
        Assert.True(text.Length is > 40 and < 300, text);
        Assert.NotEqual(BuildFailures.Explain(failure, lang == "nl" ? "en" : "nl"), text);
    }

    [Fact]
    public void EveryExceptionBecomesAKindAndNeverAMessage()
    {
        Exception[] thrown =
        [
            new InvalidOperationException("Sequence contains no elements at IpsMonitor.Workbooks.QuarterlyMetrics"),
            new Azure.RequestFailedException(503, "ServerBusy"),
            new Azure.RequestFailedException(403, "AuthorizationFailure"),
            new HttpRequestException("Connection refused (127.0.0.1:10000)"),
            new JsonException("'n' is an invalid start of a value. Path: $ | LineNumber: 0"),
        ];
        Assert.Equal([BuildFailure.BuildError, BuildFailure.StorageUnavailable, BuildFailure.StorageRefused, BuildFailure.StorageUnavailable, BuildFailure.BuildError],
            thrown.Select(BuildFailures.Of));
    }

    [Fact]
    public async Task AFailedBuildIsExplainedInPlainDutchOnTheStatusPageAndInPlainEnglishByTheApi()
    {
        await using var p = await TestProgramme.StartAsync(new Dictionary<string, string?> { ["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "1" });
        var quarter = Quarter.LastClosedAt(p.Clock.GetUtcNow(), Quarter.Amsterdam);
        // A damaged current.json: the build cannot tell which build is current, so it fails (a JSON reader's exception).
        await StoredWorkbooks.DamageCurrentAsync(p, quarter);
        using var staff = await StaffSession.SignInAsync(p, "coordinator");

        var posted = await staff.PostAsync($"workbooks/{quarter}/builds", [], fromPage: "workbooks");
        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        var statusPage = posted.Headers.Location!.ToString();
        var requestId = statusPage[(statusPage.LastIndexOf('/') + 1)..];
        var html = "";
        await TestHost.Eventually(async () =>
        {
            html = await staff.PageAsync($"workbooks/{quarter}/builds/{requestId}");
            return Dom.Parse(html).QuerySelector("[data-state=failed]") is not null;
        }, "the failed build on the page", seconds: 30);

        var page = Dom.Parse(html);
        Assert.Equal(BuildFailureText.Nl.Explain(BuildFailure.BuildError), page.QuerySelector(".errors[data-failure] p")?.Text());
        Assert.Null(page.QuerySelector("meta[http-equiv=refresh]"));
        Assert.DoesNotMatch(CodeWords(), page.QuerySelector("main")?.Text() ?? "");

        var status = await p.Coordinator.GetFromJsonAsync<JsonElement>($"{WorkbooksPath()}/{quarter}/builds/{requestId}");
        Assert.Equal("failed", status.GetProperty("status").GetString());
        Assert.Equal(BuildFailures.English(BuildFailure.BuildError), status.GetProperty("error").GetString());
    }

    [Fact]
    public async Task AFailureStoredAsAnExceptionMessageBeforeKindsWereKeptIsNeverShown()
    {
        await using var p = await TestProgramme.StartAsync();
        var quarter = Quarter.LastClosedAt(p.Clock.GetUtcNow(), Quarter.Amsterdam);
        var requests = p.Service<WorkbookBuildStore>();
        var request = await requests.CreateAsync(TestProgramme.Id, quarter, "coordinator:old", CancellationToken.None);
        // As an earlier version stored it: the exception's own message, with a type name and a stack frame.
        var table = p.Table(WorkbookBuildStore.Table);
        var row = (await table.GetEntityAsync<TableEntity>(TestProgramme.Id, request.RequestId)).Value;
        row["State"] = nameof(BuildRequestState.Failed);
        row["Error"] = "System.Text.Json.JsonException: 'n' is an invalid start of a value. at IpsMonitor.Workbooks.WorkbookBlobs.ReadManifestAsync()";
        await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);
        using var staff = await StaffSession.SignInAsync(p, "coordinator");

        var html = await staff.PageAsync($"workbooks/{quarter}/builds/{request.RequestId}?lang=en");
        var status = await p.Coordinator.GetFromJsonAsync<JsonElement>($"{WorkbooksPath()}/{quarter}/builds/{request.RequestId}");

        var page = Dom.Parse(html);
        Assert.Equal(BuildFailures.English(BuildFailure.BuildError), page.QuerySelector(".errors[data-failure] p")?.Text());
        Assert.DoesNotMatch(CodeWords(), page.QuerySelector("main")?.Text() ?? "");
        Assert.Equal(BuildFailures.English(BuildFailure.BuildError), status.GetProperty("error").GetString());
    }

    [Fact]
    public async Task ARequestNobodyFinishedWithinHalfAnHourIsShownAsLostAndTheStatusPageStopsRefreshing()
    {
        await using var p = await TestProgramme.StartAsync();
        var quarter = Quarter.LastClosedAt(p.Clock.GetUtcNow(), Quarter.Amsterdam);
        var request = await p.Service<WorkbookBuildStore>().CreateAsync(TestProgramme.Id, quarter, "coordinator:test", CancellationToken.None);
        using var staff = await StaffSession.SignInAsync(p, "coordinator");
        var waiting = Dom.Parse(await staff.PageAsync($"workbooks/{quarter}/builds/{request.RequestId}"));
        Assert.Equal("3", waiting.QuerySelector("head meta[http-equiv=refresh]")?.GetAttribute("content"));

        p.Clock.Offset += WorkbookBuildStore.PendingAtMost + TimeSpan.FromMinutes(1);

        var lost = Dom.Parse(await staff.PageAsync($"workbooks/{quarter}/builds/{request.RequestId}"));
        Assert.Null(lost.QuerySelector("meta[http-equiv=refresh]"));
        Assert.Equal("failed", lost.QuerySelector("[role=status][data-state]")?.GetAttribute("data-state"));
        Assert.Equal(BuildFailureText.Nl.Explain(BuildFailure.Lost), lost.QuerySelector(".errors[data-failure] p")?.Text());
        var status = await p.Coordinator.GetFromJsonAsync<JsonElement>($"{WorkbooksPath()}/{quarter}/builds/{request.RequestId}");
        Assert.Equal("failed", status.GetProperty("status").GetString());
        Assert.Equal(BuildFailures.English(BuildFailure.Lost), status.GetProperty("error").GetString());
    }
}
