using ClosedXML.Excel;

namespace IpsMonitor.Tests.Workbooks;

/// <summary>What a coordinator does over HTTP: list the workbooks, download one, ask for a rebuild and wait for it.</summary>
internal static class WorkbookDownloads
{
    public static string WorkbooksPath(string programmeId = TestProgramme.Id) => $"programmes/{programmeId}/workbooks";

    public static async Task<JsonElement[]> ListAsync(HttpClient client, string programmeId = TestProgramme.Id) =>
        (await client.GetFromJsonAsync<JsonElement[]>(WorkbooksPath(programmeId)))!;

    public static async Task<XLWorkbook> DownloadAsync(HttpClient client, Quarter quarter, string variant) =>
        new(new MemoryStream(await DownloadBytesAsync(client, quarter, variant)));

    public static async Task<byte[]> DownloadBytesAsync(HttpClient client, Quarter quarter, string variant)
    {
        var response = await client.GetAsync(new Uri($"{WorkbooksPath()}/{quarter}/{variant}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Posts a build request, checks the 202 and its Location, and polls the status until the build is done.</summary>
    public static async Task<JsonElement> RebuildAsync(HttpClient client, Quarter quarter, object? request = null)
    {
        var accepted = await client.PostAsync(new Uri($"{WorkbooksPath()}/{quarter}/builds", UriKind.Relative), request is null ? null : JsonContent.Create(request));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var location = accepted.Headers.Location!.ToString();
        var body = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(location, body.GetProperty("statusUrl").GetString());
        Assert.StartsWith($"/api/{WorkbooksPath()}/{quarter}/builds/", location, StringComparison.Ordinal);

        var status = default(JsonElement);
        await TestHost.Eventually(async () =>
        {
            status = await client.GetFromJsonAsync<JsonElement>(new Uri(client.BaseAddress!, location));
            return status.GetProperty("status").GetString() is "done" or "failed";
        }, "the requested build", seconds: 30);
        Assert.Equal("done", status.GetProperty("status").GetString());
        return status;
    }

    /// <summary>The audit rows of this month in the programme's partition.</summary>
    public static async Task<IReadOnlyList<string>> AuditedActionsAsync(TestProgramme p)
    {
        var table = p.Service<Azure.Data.Tables.TableServiceClient>().GetTableClient(p.Service<IpsMonitor.Platform.StorageNames>().Table(AuditLog.Table));
        var partition = $"{TestProgramme.Id}|{p.Clock.GetUtcNow():yyyy-MM}";
        var actions = new List<string>();
        await foreach (var row in table.QueryAsync<Azure.Data.Tables.TableEntity>(Azure.Data.Tables.TableClient.CreateQueryFilter($"PartitionKey eq {partition}")))
            actions.Add($"{row.GetString("Actor").Split(':')[0]} {row.GetString("Action")}");
        return actions;
    }
}
