using System.IO.Compression;
using IpsMonitor.AzureHost;
using IpsMonitor.Tests.Hostile;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace IpsMonitor.Tests.Hosting;

/// <summary>
/// Pages, JSON and CSV go out compressed when the client asks (Accept-Encoding), in both hosts; the xlsx, a zip already,
/// never does. The answers are decompressed and read, so a broken stream fails too.
/// </summary>
public sealed class CompressionTests
{
    private static async Task<(HttpResponseMessage Response, string Text)> GetAsync(RouteWorld world, string route, string path, string encoding)
    {
        var request = HttpRoute.All.Single(r => r.Method == "GET" && r.Template == route);
        var response = await SendAsync(world, request, path, encoding);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Stream body = new MemoryStream(bytes);
        body = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "br" => new BrotliStream(body, CompressionMode.Decompress),
            "gzip" => new GZipStream(body, CompressionMode.Decompress),
            _ => body,
        };
        return (response, await new StreamReader(body, Encoding.UTF8).ReadToEndAsync());
    }

    private static async Task<HttpResponseMessage> SendAsync(RouteWorld world, HttpRoute route, string path, string encoding)
    {
        if (route.IsPage)
        {
            var page = new HttpRequestMessage(HttpMethod.Get, new Uri(path["staff/".Length..], UriKind.Relative));
            page.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
            return await world.Staff.SendAsync(page);
        }
        var message = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        message.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        message.Headers.Authorization = new("Bearer", world.P.Keys["coordinator"]);
        return await world.Web.SendAsync(message);
    }

    [Fact]
    public async Task PagesJsonAndCsvAreCompressedWhenAskedAndTheWorkbookNever()
    {
        await using var world = await RouteWorld.StartAsync();
        var programme = $"programmes/{TestProgramme.Id}";

        var (page, html) = await GetAsync(world, "staff/caseload", "staff/caseload", "br, gzip");
        var (list, json) = await GetAsync(world, "programmes/{programmeId}/candidates", $"{programme}/candidates", "gzip");
        var (csv, rows) = await GetAsync(world, "staff/audit/export", "staff/audit/export", "gzip");
        var (plain, plainJson) = await GetAsync(world, "programmes/{programmeId}/candidates", $"{programme}/candidates", "identity");
        var workbook = await SendAsync(world, HttpRoute.All.Single(r => r.Name == "DownloadWorkbook"),
            $"{programme}/workbooks/{world.Values["quarter"]}/intern", "br, gzip");
        var xlsx = await workbook.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(["br"], page.Content.Headers.ContentEncoding);
        Assert.Contains("<h1", html, StringComparison.Ordinal);
        Assert.Equal(["gzip"], list.Content.Headers.ContentEncoding);
        Assert.Equal(world.Values["candidateId"], JsonDocument.Parse(json).RootElement[0].GetProperty("id").GetString());
        Assert.Equal(["gzip"], csv.Content.Headers.ContentEncoding);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains(";", rows.Split('\n')[0], StringComparison.Ordinal);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal(json, plainJson);
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        Assert.Empty(workbook.Content.Headers.ContentEncoding);
        Assert.Equal("PK"u8.ToArray(), xlsx[..2]);
    }

    [Fact]
    public async Task TheAzureWorkerPutsTheSameCompressionInFrontOfItsFunctions()
    {
        using var worker = AzureWorker.Build(["--AzureWebJobsStorage=UseDevelopmentStorage=true"]);
        var app = new ApplicationBuilder(worker.Services);
        Action<IApplicationBuilder> pipeline = a => a.Run(async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("[" + string.Join(",", Enumerable.Repeat("{\"id\":\"k-12345\"}", 200)) + "]");
        });
        foreach (var filter in worker.Services.GetServices<IStartupFilter>().Reverse())
            pipeline = filter.Configure(pipeline);
        pipeline(app);
        var context = new DefaultHttpContext { RequestServices = worker.Services };
        context.Request.Headers.AcceptEncoding = "gzip";
        var body = new MemoryStream();
        context.Response.Body = body;

        await app.Build()(context);

        Assert.Equal("gzip", context.Response.Headers.ContentEncoding.ToString());
        body.Position = 0;
        var json = await new StreamReader(new GZipStream(body, CompressionMode.Decompress)).ReadToEndAsync();
        Assert.Equal(200, JsonDocument.Parse(json).RootElement.GetArrayLength());
    }
}
