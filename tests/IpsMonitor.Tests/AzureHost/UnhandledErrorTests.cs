using System.Collections.Immutable;
using IpsMonitor.AzureHost;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace IpsMonitor.Tests.AzureHost;

/// <summary>An HTTP function that throws answers with the same problem details in Azure as on the local host, without internals.</summary>
public sealed class UnhandledErrorTests
{
    private const string Secret = "KeyNotFoundException: key 'Sensitive-Internal-Detail' at IpsMonitor.Somewhere";

    internal sealed class Failing(TimeProvider time)
    {
        public Task<IResult> Run(HttpRequest request, CancellationToken ct) => throw new InvalidOperationException($"{Secret} {time.GetUtcNow():O}");
    }

    private static readonly string FailingFunction = TestHost.Metadata("Failing", typeof(Failing), nameof(Failing.Run),
        """{"name":"request","direction":"In","type":"httpTrigger","methods":["get"],"route":"failing"}""");

    private static JsonElement WithoutTraceId(string body)
    {
        var problem = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(body)!;
        problem.Remove("traceId");
        return JsonSerializer.SerializeToElement(problem);
    }

    [Fact]
    public async Task AThrowingFunctionAnswersTheSameProblemDetailsOnTheLocalHostAndThroughTheAzureMiddleware()
    {
        await using var host = await TestHost.StartAsync(extraMetadata: FailingFunction);
        var local = await host.Client().GetAsync(new Uri("failing", UriKind.Relative));
        var localBody = await local.Content.ReadAsStringAsync();

        using var worker = AzureWorker.Build(["--AzureWebJobsStorage=UseDevelopmentStorage=true"]);
        var http = new DefaultHttpContext { RequestServices = worker.Services };
        http.Response.Body = new MemoryStream();
        var middleware = new UnhandledErrorMiddleware(worker.Services.GetRequiredService<ILogger<UnhandledErrorMiddleware>>());
        await middleware.Invoke(new HttpFunctionContext(http), _ => throw new InvalidOperationException(Secret));
        http.Response.Body.Position = 0;
        var azureBody = await new StreamReader(http.Response.Body).ReadToEndAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, local.StatusCode);
        Assert.Equal("application/problem+json", local.Content.Headers.ContentType?.MediaType);
        Assert.Equal(500, http.Response.StatusCode);
        Assert.StartsWith("application/problem+json", http.Response.ContentType, StringComparison.Ordinal);
        Assert.Equal(UnhandledError.Failure.Title, WithoutTraceId(localBody).GetProperty("title").GetString());
        Assert.Equal(WithoutTraceId(localBody).ToString(), WithoutTraceId(azureBody).ToString());
        foreach (var body in new[] { localBody, azureBody })
        {
            Assert.DoesNotContain("Sensitive-Internal-Detail", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
            Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AQueueOrTimerFailureIsRethrownSoTheHostRetriesIt()
    {
        using var worker = AzureWorker.Build(["--AzureWebJobsStorage=UseDevelopmentStorage=true"]);
        var middleware = new UnhandledErrorMiddleware(worker.Services.GetRequiredService<ILogger<UnhandledErrorMiddleware>>());

        await Assert.ThrowsAsync<InvalidOperationException>(() => middleware.Invoke(new HttpFunctionContext(null), _ => throw new InvalidOperationException(Secret)));
    }

    /// <summary>A function invocation as the ASP.NET Core integration presents it: the request's HttpContext in Items.</summary>
    private sealed class HttpFunctionContext(HttpContext? http) : FunctionContext
    {
        public override string InvocationId => "test-invocation";
        public override string FunctionId => "test-function";
        public override TraceContext TraceContext => null!;
        public override BindingContext BindingContext => null!;
        public override RetryContext RetryContext => null!;
        public override IServiceProvider InstanceServices { get; set; } = null!;
        public override FunctionDefinition FunctionDefinition { get; } = new Definition();
        public override IDictionary<object, object> Items { get; set; } = http is null ? new Dictionary<object, object>() : new Dictionary<object, object> { ["HttpRequestContext"] = http };
        public override IInvocationFeatures Features => null!;
    }

    private sealed class Definition : FunctionDefinition
    {
        public override ImmutableArray<FunctionParameter> Parameters => [];
        public override string PathToAssembly => "IpsMonitor.Functions.dll";
        public override string EntryPoint => "IpsMonitor.Test.Run";
        public override string Id => "test-function";
        public override string Name => "Failing";
        public override IImmutableDictionary<string, BindingMetadata> InputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;
        public override IImmutableDictionary<string, BindingMetadata> OutputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;
    }
}
