using IpsMonitor.AzureHost;
using IpsMonitor.LocalHost;
using Microsoft.ApplicationInsights;
using Microsoft.ApplicationInsights.Channel;
using Microsoft.ApplicationInsights.DataContracts;
using Microsoft.ApplicationInsights.Extensibility;

namespace IpsMonitor.Tests.AzureHost;

/// <summary>Telemetry items produced in-process by the worker's own Application Insights client carry no questionnaire token.</summary>
public sealed class TelemetryTests
{
    private const string Token = "Zk3v_Qm9xL2pR7tY1uW4eA8sD0fG6hJ5kC3bN2mV9xZ";

    /// <summary>Keeps what would be sent, in place of the network channel.</summary>
    private sealed class Captured : ITelemetryChannel
    {
        public System.Collections.Concurrent.ConcurrentQueue<ITelemetry> Items { get; } = new();
        public bool? DeveloperMode { get; set; }
        public string EndpointAddress { get; set; } = "";
        public void Send(ITelemetry item) => Items.Enqueue(item);
        public void Flush() { }
        public void Dispose() { }
    }

    [Fact]
    public void RequestTraceDependencyAndExceptionTelemetryForAQuestionnaireLinkCarryTheRouteTemplateNotTheToken()
    {
        using var worker = AzureWorker.Build(["--AzureWebJobsStorage=UseDevelopmentStorage=true", "--APPLICATIONINSIGHTS_CONNECTION_STRING=InstrumentationKey=00000000-0000-0000-0000-000000000000"]);
        var configuration = worker.Services.GetRequiredService<TelemetryConfiguration>();
        var captured = new Captured();
        configuration.TelemetryChannel = captured;
        var client = worker.Services.GetRequiredService<TelemetryClient>();
        var url = new Uri($"https://ipsmonitor.example/api/q/{Token}?step=2&lang=en");

        client.TrackRequest(new RequestTelemetry($"POST /api/q/{Token}", DateTimeOffset.UtcNow, TimeSpan.FromMilliseconds(12), "200", true) { Url = url });
        client.TrackTrace($"Request starting HTTP/1.1 GET {url}");
        client.TrackDependency(new DependencyTelemetry("HTTP", "ipsmonitor.example", $"GET /api/q/{Token}", url.ToString()));
        client.TrackException(new InvalidOperationException($"Failed on {url}"), new Dictionary<string, string> { ["path"] = $"/api/q/{Token}" });
        client.Flush();

        // The worker also collects dependencies (storage calls of other tests in this process); ours are the ones about the link.
        var ours = captured.Items.ToList().Where(i => Serialize(i).Contains("ipsmonitor.example", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, ours.Count);
        var request = Assert.Single(ours.OfType<RequestTelemetry>());
        Assert.Equal("POST /api/q/{token}", request.Name);
        Assert.Equal("https://ipsmonitor.example/api/q/%7Btoken%7D?step=2&lang=en", request.Url.AbsoluteUri);
        Assert.All(ours, item => Assert.Contains("q/{token}", Serialize(item), StringComparison.Ordinal));
        Assert.All(captured.Items.ToList(), item => Assert.DoesNotContain(Token, Serialize(item), StringComparison.Ordinal));
    }

    /// <summary>The item as it would go over the wire.</summary>
    private static string Serialize(ITelemetry item) =>
        System.Text.Encoding.UTF8.GetString(Microsoft.ApplicationInsights.Extensibility.Implementation.JsonSerializer.Serialize([item], compress: false));

    [Theory]
    [InlineData("/api/q/" + Token, "/api/q/{token}")]
    [InlineData("GET /api/q/" + Token + "?lang=en", "GET /api/q/{token}?lang=en")]
    [InlineData("q/" + Token + " and q/" + Token + "x", "q/{token} and q/{token}")]
    [InlineData("/api/health", "/api/health")]
    [InlineData("/api/programmes/q/candidates", "/api/programmes/q/candidates")]
    [InlineData("/api/d/" + Token, "/api/d/{token}")]
    [InlineData("/api/q/" + Token + "/development", "/api/q/{token}/development")]
    public void RedactionReplacesTokensOnly(string text, string expected)
    {
        Assert.Equal(expected, TokenRedaction.Redact(text));
    }

    /// <summary>Every route of functions.metadata with a token in its path, whatever its prefix ("q/", "d/", …).</summary>
    public static TheoryData<string> SecretRoutes() => new(TestHost.AppFunctions.OfType<HttpFunction>()
        .Select(f => f.Route).Where(r => r.Contains("{token}", StringComparison.Ordinal)).Distinct().Order());

    [Theory]
    [MemberData(nameof(SecretRoutes))]
    public void EveryRouteWithATokenInItsPathIsRedactedInRequestAndTraceTelemetry(string route)
    {
        var path = "/api/" + route.Replace("{token}", Token, StringComparison.Ordinal);
        var request = new RequestTelemetry("GET " + path, DateTimeOffset.UtcNow, TimeSpan.FromMilliseconds(3), "200", true)
        {
            Url = new Uri("https://ipsmonitor.example" + path + "?lang=fr"),
        };
        var trace = new TraceTelemetry("Request finished HTTP/1.1 GET https://ipsmonitor.example" + path);
        request.Properties["path"] = path;

        new TokenRedaction().Initialize(request);
        new TokenRedaction().Initialize(trace);

        var template = "/api/" + route;
        Assert.Equal("GET " + template, request.Name);
        Assert.Equal(template, request.Properties["path"]);
        Assert.DoesNotContain(Token, request.Url.ToString(), StringComparison.Ordinal);
        Assert.EndsWith(template, trace.Message, StringComparison.Ordinal);
    }
}
