using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using IpsMonitor.Tests.Infrastructure;

namespace IpsMonitor.Tests.Browser;

/// <summary>
/// The run command with --demo and no SMTP server: it starts MailDev, prints the inbox, and the demo's invitations are
/// in it. In Chromium, the inbox shows the candidate's mail, and its link opens the questionnaire at the first question.
/// </summary>
public sealed partial class MailInboxBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    [GeneratedRegex(@"check-in for \S+: (http://\S+/q/[A-Za-z0-9_-]+)")]
    private static partial Regex PrintedLink();

    [Fact]
    public async Task TheDemoMailsItsInvitationsToTheLocalInboxWhereTheCandidatesLinkOpensTheFirstQuestion()
    {
        var (port, smtpPort, webPort) = (FreePort(), FreePort(), FreePort());
        using var app = await StartDemoAsync(port, smtpPort, webPort);
        try
        {
            var output = await ReadUntilRunningAsync(app);
            var inbox = $"http://127.0.0.1:{webPort}/";
            Assert.Contains($"Mail inbox (MailDev): {inbox}", output, StringComparison.Ordinal);
            var links = PrintedLink().Matches(output).Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(3, links.Count);

            // MailDev's own API: the three invitations, each to its respondent, each with the link the demo printed.
            using var http = new HttpClient();
            var mails = default(JsonElement);
            await TestHost.Eventually(async () =>
            {
                mails = JsonDocument.Parse(await http.GetStringAsync(new Uri(inbox + "api/email"))).RootElement;
                return mails.GetArrayLength() >= 3;
            }, "the demo's invitations in the inbox", 30);
            var byAddress = mails.EnumerateArray().ToDictionary(m => m.GetProperty("to")[0].GetProperty("address").GetString()!);
            Assert.Equal(["demo-looking@example.org", "demo-working@example.org", "werkbegeleider@example.org"], byAddress.Keys.Order());
            Assert.All(byAddress.Values, m => Assert.Contains(links, link => m.GetProperty("text").GetString()!.Contains(link, StringComparison.Ordinal)));

            // The inbox in the browser: the working candidate's mail, its link, the first question.
            var mail = byAddress["demo-working@example.org"];
            var page = await chromium.StaffPageAsync(1280, 900);
            await page.GotoAsync(inbox + "#/email/" + mail.GetProperty("id").GetString());
            await Microsoft.Playwright.Assertions.Expect(page.GetByTestId("email-subject")).ToHaveTextAsync("Je korte vragenlijst staat klaar");
            var anchor = page.FrameLocator("iframe").Locator("a[href*='/q/']");
            var href = await anchor.GetAttributeAsync("href");
            Assert.Contains(href, links);
            await page.GotoAsync(href!);
            var first = IpsMonitor.Tests.Questionnaires.TestDefinitions.Shipped.Current(IpsMonitor.CheckIns.Respondent.Candidate).Groups[0].Items[0];
            await Microsoft.Playwright.Assertions.Expect(page.Locator("main")).ToContainTextAsync(first.Text["nl"]);
            await page.Context.CloseAsync();
        }
        finally
        {
            if (!app.HasExited)
                app.Kill(entireProcessTree: true);
        }
    }

    private static async Task<Process> StartDemoAsync(int port, int smtpPort, int webPort)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var app = Repo.PathOf("functions", "bin", configuration, "net10.0", "IpsMonitor.Functions.dll");
        var start = new ProcessStartInfo("dotnet", $"\"{app}\" --demo --port {port}")
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["AzureWebJobsStorage"] = await TestStorage.ConnectionStringAsync();
        start.Environment["IpsMonitor__StoragePrefix"] = TestStorage.NewPrefix();
        start.Environment["LocalHost__MailSmtpPort"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["LocalHost__MailWebPort"] = webPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // An inbox of its own: the default one under .maildev/ keeps the mail of earlier runs.
        start.Environment["LocalHost__MailDirectory"] = Directory.CreateTempSubdirectory("ipsm-maildev-").FullName;
        foreach (var timer in TestHost.AppFunctions.OfType<IpsMonitor.LocalHost.TimerFunction>())
            start.Environment[$"AzureWebJobs.{timer.Name}.Disabled"] = "true";
        return Process.Start(start)!;
    }

    private static async Task<string> ReadUntilRunningAsync(Process process)
    {
        var text = new StringBuilder();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (await process.StandardOutput.ReadLineAsync(cancel.Token) is { } line)
        {
            text.AppendLine(line);
            if (line.Contains("is running at", StringComparison.Ordinal))
            {
                _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
                return text.ToString();
            }
        }
        throw new InvalidOperationException("The app stopped before it started: " + text + await process.StandardError.ReadToEndAsync(CancellationToken.None));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
