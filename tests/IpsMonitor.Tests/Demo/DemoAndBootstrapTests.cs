using System.Text.RegularExpressions;
using IpsMonitor.Demo;
using IpsMonitor.LocalHost;

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

    /// <summary>The demo shows people, not codes: every coach it seeds has a name and a phone, as the team page requires.</summary>
    [Fact]
    public async Task EveryDemoCoachHasANameAndAPhone()
    {
        await using var host = await TestHost.StartAsync();
        await DemoData.SeedAsync(host.Services, host.BaseAddress, new StringWriter());

        var coaches = await host.Services.GetRequiredService<AccessStore>().CoachesAsync(DemoData.Programme, CancellationToken.None);

        Assert.NotEmpty(coaches);
        Assert.All(coaches, c => Assert.False(string.IsNullOrWhiteSpace(c.Name) || string.IsNullOrWhiteSpace(c.Phone), $"{c.Id} has no name or phone"));
    }

    /// <summary>The demo's supervisor link shows what a supervisor gets: the coach's name, phone and e-mail address.</summary>
    [Fact]
    public async Task TheDemoSupervisorQuestionnaireShowsHowToReachTheCoachByPhoneAndMail()
    {
        await using var host = await TestHost.StartAsync();
        using var output = new StringWriter();
        await DemoData.SeedAsync(host.Services, host.BaseAddress, output);
        var line = output.ToString().Split('\n').Single(l => l.StartsWith("Supervisor check-in", StringComparison.Ordinal));
        using var browser = new HttpClient();

        var page = Dom.Parse(await browser.GetStringAsync(new Uri(LinkPattern().Match(line).Value)));

        Assert.Contains("Anna de Vries", page.Body?.TextContent, StringComparison.Ordinal);
        Assert.Contains("06 1234 5678", page.Body?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='mailto:anna.devries@example.org']"));
    }

    [Fact]
    public async Task TheDemoAndTheDailyCheckInRunLeaveOneOpenCheckInPerCandidateAndRespondent()
    {
        await using var host = await TestHost.StartAsync();
        var schedule = host.Services.GetRequiredService<IpsMonitor.CheckIns.ScheduleCheckIns>();

        await DemoData.SeedAsync(host.Services, host.BaseAddress, TextWriter.Null);
        await schedule.RunProgrammeAsync(DemoData.Programme, CancellationToken.None);
        // Seeding again after the timer ran hands over the open check-ins instead of adding to them.
        await DemoData.SeedAsync(host.Services, host.BaseAddress, TextWriter.Null);
        await schedule.RunProgrammeAsync(DemoData.Programme, CancellationToken.None);

        var open = new List<IpsMonitor.CheckIns.Invitation>();
        await foreach (var file in host.Services.GetRequiredService<IpsMonitor.CheckIns.CheckInStore>()
            .ForProgrammeAsync(DemoData.Programme, "Open", CancellationToken.None))
            open.Add(file.Invitation);
        var perRespondent = open.GroupBy(i => (i.CandidateId, i.Respondent, i.Respondent == IpsMonitor.CheckIns.Respondent.Supervisor ? i.JobId : null));
        // The three the demo hands links to, and the long-term candidate on the mornings one of theirs is due.
        Assert.InRange(perRespondent.Count(), 3, 4);
        Assert.All(perRespondent, g => Assert.Single(g));
    }

    [Fact]
    public async Task BootstrapBesideARunningAppCreatesTheProgrammeAndAFirstCoordinatorKeyThatWorks()
    {
        var prefix = TestStorage.NewPrefix();
        await using var host = await TestHost.StartAsync(prefix: prefix);
        var storage = new LocalHostOptions
        {
            AppRoot = Repo.Root,
            Settings = new Dictionary<string, string?> { ["AzureWebJobsStorage"] = await TestStorage.ConnectionStringAsync(), ["IpsMonitor:StoragePrefix"] = prefix },
        };
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = await LocalCommands.RunAsync(["bootstrap", "--programme", "utrecht", "--name", "IPS Utrecht"], output, errors, storage);
        var refused = await LocalCommands.RunAsync(["bootstrap", "--programme", "bad id!"], TextWriter.Null, TextWriter.Null, storage);

        Assert.Equal(0, exit);
        Assert.Equal(2, refused);
        Assert.Empty(errors.ToString());
        using var staff = TestProgramme.Client(host, KeyPattern().Match(output.ToString()).Value);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(new Uri("programmes/utrecht/candidates", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task BootstrapWithStorageUnreachableSaysSoInOneLineAndExitsNonZero()
    {
        // Azurite's well-known account on a port where nothing listens.
        var unreachable = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
            "BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";
        using var errors = new StringWriter();

        var exit = await LocalCommands.RunAsync(["bootstrap", "--programme", "utrecht"], TextWriter.Null, errors,
            new LocalHostOptions { AppRoot = Repo.Root, Settings = new Dictionary<string, string?> { ["AzureWebJobsStorage"] = unreachable } });

        Assert.Equal(1, exit);
        var lines = errors.ToString().TrimEnd().Split('\n');
        var line = Assert.Single(lines);
        Assert.StartsWith("IpsMonitor stopped: storage is unreachable (127.0.0.1:9)", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryKeyTheDemoAndBootstrapMakeExpires()
    {
        var prefix = TestStorage.NewPrefix();
        await using var host = await TestHost.StartAsync(prefix: prefix);
        await DemoData.SeedAsync(host.Services, host.BaseAddress, TextWriter.Null);
        using var output = new StringWriter();
        var storage = new LocalHostOptions
        {
            AppRoot = Repo.Root,
            Settings = new Dictionary<string, string?> { ["AzureWebJobsStorage"] = await TestStorage.ConnectionStringAsync(), ["IpsMonitor:StoragePrefix"] = prefix },
        };
        Assert.Equal(0, await LocalCommands.RunAsync(["bootstrap", "--programme", "utrecht"], output, TextWriter.Null, storage));

        var access = host.Services.GetRequiredService<IpsMonitor.Access.AccessStore>();
        var demoKeys = await access.KeysAsync(DemoData.Programme, CancellationToken.None);
        var bootstrapKey = Assert.Single(await access.KeysAsync("utrecht", CancellationToken.None));
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(2, demoKeys.Count);
        Assert.All(demoKeys, k => Assert.InRange(k.ExpiresAt!.Value, now.AddDays(6), now.AddDays(8)));
        Assert.InRange(bootstrapKey.ExpiresAt!.Value, now.AddDays(364), now.AddDays(367));
        Assert.Contains($"it works until the end of {IpsMonitor.Platform.ProgrammeTime.LastDay(bootstrapKey.ExpiresAt.Value):yyyy-MM-dd}", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=ipsprod;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;EndpointSuffix=core.windows.net")]
    [InlineData("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://10.1.2.3:10000/devstoreaccount1;QueueEndpoint=http://10.1.2.3:10001/devstoreaccount1;TableEndpoint=http://10.1.2.3:10002/devstoreaccount1;")]
    [InlineData(null)]
    public async Task TheDemoRefusesAnyStorageButTheLocalEmulatorBeforeWritingAnything(string? connection)
    {
        var settings = new Dictionary<string, string?> { ["AzureWebJobsStorage"] = connection };
        if (connection is null)
            settings["AzureWebJobsStorage:blobServiceUri"] = "https://ipsprod.blob.core.windows.net";
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => DemoData.SeedAsync(services, new Uri("http://127.0.0.1:7071/api/"), TextWriter.Null));

        Assert.Contains("emulator", refused.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex("ipsm_[A-Za-z0-9_-]{43}")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/api/q/[A-Za-z0-9_-]{43}")]
    private static partial Regex LinkPattern();
}
