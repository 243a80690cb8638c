using System.Text.RegularExpressions;

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
        var (port, smtpPort, webPort) = (AppProcess.FreePort(), AppProcess.FreePort(), AppProcess.FreePort());
        var (app, output) = await AppProcess.StartAsync($"--demo --port {port}", TestStorage.NewPrefix(), DemoSettings(smtpPort, webPort));
        try
        {
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
            app.Dispose();
        }
    }

    /// <summary>MailDev on ports of its own, with an inbox of its own (the default one under .maildev/ keeps earlier runs' mail).</summary>
    private static Dictionary<string, string?> DemoSettings(int smtpPort, int webPort)
    {
        var settings = new Dictionary<string, string?>
        {
            ["LocalHost:MailSmtpPort"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["LocalHost:MailWebPort"] = webPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["LocalHost:MailDirectory"] = Directory.CreateTempSubdirectory("ipsm-maildev-").FullName,
        };
        foreach (var timer in TestHost.AppFunctions.OfType<IpsMonitor.LocalHost.TimerFunction>())
            settings[$"AzureWebJobs.{timer.Name}.Disabled"] = "true";
        return settings;
    }
}
