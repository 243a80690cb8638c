namespace IpsMonitor.Tests.Hostile;

/// <summary>
/// Every HTTP function of functions.metadata is called the way its users call it, and its real answer is checked: JSON,
/// xlsx and CSV carry nosniff and no-store (any of them can hold personal data), HTML keeps the strict CSP, no referrer
/// and nosniff. Reads come first, erasures and signing out last, so each function answers on a programme that still has its data.
/// </summary>
public sealed class ResponseHeaderTests
{
    [Fact]
    public async Task EveryHttpFunctionAnswersWithNosniffNoStoreAndOnPagesTheStrictPolicy()
    {
        await using var world = await RouteWorld.StartAsync();
        var routes = HttpRoute.All.OrderBy(r => r.Method switch { "GET" => 0, "DELETE" => 2, _ => 1 })
            .ThenBy(r => r.Template.EndsWith("sign-out", StringComparison.Ordinal)).ToList();
        var seen = new List<string>();

        foreach (var route in routes)
        {
            var content = route.HasBody && !route.IsPage && route.RequestType is not null ? JsonContent.Create(new { }) : null;
            var response = await world.SendAsync(route, world.PathOf(route), content);
            var type = response.Content.Headers.ContentType?.MediaType ?? "(none)";
            var where = $"{route} ({route.Name}) answered {(int)response.StatusCode} {type}";
            seen.Add(type);

            Assert.True((int)response.StatusCode < 500, where);
            Assert.True(response.Headers.TryGetValues("X-Content-Type-Options", out var sniff) && sniff.Single() == "nosniff", $"{where} without nosniff");
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{where} without Cache-Control: no-store");
            if (type == "text/html")
            {
                Assert.Equal(HttpEdge.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
                Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
            }
        }

        Assert.Contains("application/json", seen);
        Assert.Contains("application/problem+json", seen);
        Assert.Contains("text/html", seen);
        Assert.Contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", seen);
    }

    [Fact]
    public async Task OutsideLoopbackEveryAnswerOfEveryRouteTellsBrowsersToUseHttpsOnly()
    {
        // The public address is https (as the Bicep sets it); the worker itself sees plain HTTP from the front end.
        await using var p = await TestProgramme.StartAsync(new Dictionary<string, string?>
        {
            ["CheckIns:LinkBaseUrl"] = "https://ipsmonitor.example/api/q/",
            ["Guessing:DelayMilliseconds"] = "0",
            ["Guessing:LinkFailures"] = "1000",
        });
        await using var local = await TestProgramme.StartAsync();
        using var web = p.Anonymous();

        foreach (var route in HttpRoute.All)
        {
            using var request = new HttpRequestMessage(new HttpMethod(route.Method), new Uri(route.Path(_ => "x0"), UriKind.Relative));
            using var response = await web.SendAsync(request);
            Assert.True(response.Headers.TryGetValues("Strict-Transport-Security", out var hsts) && hsts.Single() == HttpEdge.StrictTransportSecurity,
                $"{route} answered {(int)response.StatusCode} without Strict-Transport-Security");
        }
        using var onLoopback = await local.Anonymous().GetAsync(new Uri("health", UriKind.Relative));
        Assert.False(onLoopback.Headers.Contains("Strict-Transport-Security"));
    }
}
