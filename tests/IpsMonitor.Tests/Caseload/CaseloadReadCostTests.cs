using Azure.Core;
using Azure.Core.Pipeline;
using IpsMonitor.Tests.Workspace;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace IpsMonitor.Tests.Caseload;

/// <summary>A caseload list costs what it shows: the table rows a request reads do not grow with the programme.</summary>
public sealed class CaseloadReadCostTests
{
    [Fact]
    public async Task TheCaseloadPageAndTheApiListReadRowsByPageSizeNotByProgrammeSize()
    {
        var counter = new TableRowCounter();
        await using var p = await TestProgramme.StartAsync(services: counter.Register);
        using var coordinator = await StaffSession.SignInAsync(p, "coordinator");
        var today = p.Today;
        for (var i = 0; i < 12; i++)
            await p.EnrolIdAsync(today.AddDays(-i));
        var smallList = await counter.RowsAsync(() => p.Coordinator.SendAsync(ApiPage()));
        var smallPage = await counter.RowsAsync(() => coordinator.SendAsync(new HttpRequestMessage(HttpMethod.Get, "caseload")));

        for (var i = 0; i < 60; i++)
            await p.EnrolIdAsync(today.AddDays(-i), as_: i % 2 == 0 ? p.CoachA : p.CoachB);
        var largeList = await counter.RowsAsync(() => p.Coordinator.SendAsync(ApiPage()));
        var largePage = await counter.RowsAsync(() => coordinator.SendAsync(new HttpRequestMessage(HttpMethod.Get, "caseload")));

        // 12 and then 72 candidates: the list of 5 reads the same rows; the page shows 12 and then 50, and reads no more for the rest.
        Assert.Equal(smallList, largeList);
        Assert.True(largePage - smallPage <= 50 - 12, $"the page read {smallPage} rows for 12 candidates and {largePage} for 72");
        Assert.True(largePage < 72, $"the page read {largePage} rows for 72 candidates");
    }

    private static HttpRequestMessage ApiPage() =>
        new(HttpMethod.Get, new Uri($"programmes/{TestProgramme.Id}/candidates?pageSize=5", UriKind.Relative));

    /// <summary>
    /// Counts the table rows the host reads while answering HTTP requests (as the staff benchmark's StorageRoundTrips
    /// does): a query's rows, or the one entity of a point read. Queue and timer work runs outside a request and is not counted.
    /// </summary>
    private sealed class TableRowCounter : HttpPipelinePolicy
    {
        private static readonly AsyncLocal<bool> Counting = new();
        private long rows;

        public void Register(IServiceCollection services)
        {
            services.AddSingleton<HttpPipelinePolicy>(this);
            services.AddSingleton<IStartupFilter>(new MarkCountedRequests());
        }

        public async Task<long> RowsAsync(Func<Task<HttpResponseMessage>> send)
        {
            Interlocked.Exchange(ref rows, 0);
            using var response = await send();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return Interlocked.Read(ref rows);
        }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            ProcessNext(message, pipeline);
            Count(message);
        }

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            Count(message);
        }

        private void Count(HttpMessage message)
        {
            if (!Counting.Value || message.Request.Method != RequestMethod.Get || !message.HasResponse || message.Response.Status != 200
                || message.Response.Headers.ContentType?.Contains("json", StringComparison.Ordinal) != true)
                return;
            using var json = JsonDocument.Parse(message.Response.Content.ToMemory());
            Interlocked.Add(ref rows, json.RootElement.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array
                ? value.GetArrayLength() : 1);
        }

        private sealed class MarkCountedRequests : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use(async (context, inner) =>
                {
                    Counting.Value = true;
                    await inner(context);
                });
                next(app);
            };
        }
    }
}
