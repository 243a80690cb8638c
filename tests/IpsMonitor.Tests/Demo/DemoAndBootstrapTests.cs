using System.Net;
using System.Text.RegularExpressions;
using IpsMonitor.Demo;
using IpsMonitor.Tests.Infrastructure;

namespace IpsMonitor.Tests.Demo;

public sealed partial class DemoAndBootstrapTests
{
    [Fact]
    public async Task TheDemoPrintsAWorkingCoordinatorKeyAndWorkingQuestionnaireLinks()
    {
        await using var host = await TestHost.StartAsync();
        using var output = new StringWriter();

        await DemoData.SeedAsync(host.Services, host.BaseAddress, output);

        var text = output.ToString();
        var key = KeyPattern().Match(text[text.IndexOf("Coordinator key", StringComparison.Ordinal)..]).Value;
        using var staff = TestProgramme.Client(host, key);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(new Uri($"programmes/{DemoData.Programme}/candidates", UriKind.Relative))).StatusCode);
        var links = LinkPattern().Matches(text).Select(m => m.Value).ToList();
        Assert.Equal(3, links.Count);
        using var browser = new HttpClient();
        foreach (var link in links)
        {
            var page = await browser.GetAsync(new Uri(link));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("<form", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task BootstrapCreatesTheProgrammeAndAFirstCoordinatorKeyThatWorks()
    {
        await using var host = await TestHost.StartAsync();
        using var output = new StringWriter();

        var exit = await Bootstrap.RunAsync(host.Services, ["bootstrap", "--programme", "utrecht", "--name", "IPS Utrecht"], output);
        var refused = await Bootstrap.RunAsync(host.Services, ["bootstrap", "--programme", "bad id!"], TextWriter.Null);

        Assert.Equal(0, exit);
        Assert.Equal(2, refused);
        using var staff = TestProgramme.Client(host, KeyPattern().Match(output.ToString()).Value);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(new Uri("programmes/utrecht/candidates", UriKind.Relative))).StatusCode);
    }

    [GeneratedRegex("ipsm_[A-Za-z0-9_-]{43}")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/api/q/[A-Za-z0-9_-]{43}")]
    private static partial Regex LinkPattern();
}
