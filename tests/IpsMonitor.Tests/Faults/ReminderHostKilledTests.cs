using System.Diagnostics;

namespace IpsMonitor.Tests.Faults;

/// <summary>
/// The app as its own process, with the reminder timer every two seconds, killed (SIGKILL) the moment its SMTP client
/// connects: after the reminder row was written, before the mail went. Started again on the same storage, it mails the
/// reminder exactly once.
/// </summary>
public sealed class ReminderHostKilledTests
{
    [Fact]
    public async Task AHostKilledBetweenTheReminderRowAndTheMailSendsTheReminderExactlyOnceAfterTheRestart()
    {
        var prefix = TestStorage.NewPrefix();
        await using var smtp = await TestSmtp.StartAsync();
        string candidateId;
        // Set up in process, on a clock 11 days back: the link then stops in 3 days, so today is its first reminder's day.
        var clock = new TestClock { Offset = TimeSpan.FromDays(-11) };
        var settings = smtp.Settings();
        settings["IpsMonitor:StoragePrefix"] = prefix;
        await using (var p = await TestProgramme.StartAsync(settings, services: s => s.AddSingleton<TimeProvider>(clock)))
        {
            candidateId = await p.EnrolIdAsync(ProgrammeTimeToday(clock).AddDays(-60), email: "kandidaat@example.org");
            var response = await p.CoachA.PostAsJsonAsync($"candidates/{candidateId}/invitations", new { respondent = "candidate", sendByEmail = true });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.Single(smtp.Mails);

        var port = AppProcess.FreePort();
        using (var first = await StartAsync(port, prefix, smtp))
        {
            smtp.SessionCreated = () => first.Kill(entireProcessTree: true);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            await first.WaitForExitAsync(wait.Token);
        }
        smtp.SessionCreated = null;
        Assert.Single(smtp.Mails);

        await using var reader = await TestHost.StartAsync(OnlyReading(), prefix: prefix);
        var store = reader.Services.GetRequiredService<ReminderStore>();
        var written = Assert.Single(await store.ForCandidateAsync(TestProgramme.Id, candidateId, CancellationToken.None));
        Assert.Equal(ReminderState.Pending, written.State);

        using var second = await StartAsync(port, prefix, smtp);
        try
        {
            await TestHost.Eventually(async () => smtp.Mails.Count == 2, "the pending reminder to be mailed after the restart", 90);
            // Several more ticks: nothing is mailed a second time.
            await Task.Delay(TimeSpan.FromSeconds(6));
            Assert.Equal(2, smtp.Mails.Count);
            Assert.StartsWith("Herinnering", smtp.Mails[1].Subject, StringComparison.Ordinal);
            var sent = Assert.Single(await store.ForCandidateAsync(TestProgramme.Id, candidateId, CancellationToken.None));
            Assert.Equal(ReminderState.Sent, sent.State);
            Assert.False(second.HasExited, "the restarted host stopped");
        }
        finally
        {
            if (!second.HasExited)
                second.Kill(entireProcessTree: true);
        }
    }

    private static DateOnly ProgrammeTimeToday(TimeProvider clock) => IpsMonitor.Platform.ProgrammeTime.Today(clock);

    private static Dictionary<string, string?> OnlyReading() =>
        TestHost.AppFunctions.Where(f => f is not IpsMonitor.LocalHost.HttpFunction).ToDictionary(f => $"AzureWebJobs.{f.Name}.Disabled", _ => (string?)"true");

    /// <summary>
    /// The app process with only the reminder timer, every two seconds, and sending hours around the clock, so the test
    /// does not depend on the hour it runs at.
    /// </summary>
    private static async Task<Process> StartAsync(int port, string prefix, TestSmtp smtp)
    {
        var settings = smtp.Settings();
        settings["Reminders:FromHour"] = "0";
        settings["Reminders:UntilHour"] = "24";
        foreach (var timer in TestHost.AppFunctions.OfType<IpsMonitor.LocalHost.TimerFunction>())
            settings[$"AzureWebJobs.{timer.Name}.Disabled"] = timer.Name == "SendReminders" ? "false" : "true";
        settings["SendRemindersSchedule"] = "*/2 * * * * *";
        return (await AppProcess.StartAsync($"--port {port}", prefix, settings)).Process;
    }
}
