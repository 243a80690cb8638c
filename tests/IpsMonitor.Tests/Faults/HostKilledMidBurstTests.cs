using System.Collections.Concurrent;
using System.Diagnostics;
using Azure.Storage.Queues;
using IpsMonitor.Tests.CheckIns;

namespace IpsMonitor.Tests.Faults;

/// <summary>
/// The app as its own process (as the run command starts it), killed with SIGKILL in the middle of a burst of final
/// submits and started again on the same storage: no acknowledged submission is lost or stored twice, and each one gets
/// its signals recomputed.
/// </summary>
public sealed class HostKilledMidBurstTests
{
    private const int Respondents = 30;

    [Fact]
    public async Task EverySubmissionAcknowledgedBeforeAKillIsStoredOnceAndGetsItsSignalsRecomputedAfterTheRestart()
    {
        var prefix = TestStorage.NewPrefix();
        var submits = new List<(string CandidateId, string Token, List<KeyValuePair<string, string>> LastScreen)>();
        // Set up in process: candidates eight months after referral without a job, each with a link answered up to the last screen.
        await using (var p = await TestProgramme.StartAsync(new Dictionary<string, string?> { ["IpsMonitor:StoragePrefix"] = prefix }))
        {
            var referral = p.Today.AddMonths(-8);
            for (var i = 0; i < Respondents; i++)
            {
                var id = await p.EnrolIdAsync(referral);
                using var visitor = await Visitor.LinkAsync(p, id);
                var definition = await visitor.DefinitionAsync();
                for (var step = 1; step < definition.Groups.Count; step++)
                    Assert.Equal(HttpStatusCode.SeeOther, (await visitor.PostAsync(Visitor.ValidScreen(definition.Groups[step - 1], step, "next"))).StatusCode);
                submits.Add((id, visitor.Token, Visitor.ValidScreen(definition.Groups[^1], definition.Groups.Count, "submit")));
            }
            // The enrolment messages are dropped: from here on only a check-in message can make the signals be computed.
            await p.Service<QueueServiceClient>().GetQueueClient(p.Service<StorageNames>().Queue(QueueNames.CandidateChanged)).ClearMessagesAsync();
        }

        var port = AppProcess.FreePort();
        var acknowledged = new ConcurrentBag<string>();
        using (var first = await StartAsync(port, prefix))
        {
            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}/api/q/") };
            var queue = new ConcurrentQueue<(string CandidateId, string Token, List<KeyValuePair<string, string>> LastScreen)>(submits);
            var killAt = Respondents / 3;
            var killed = new TaskCompletionSource();
            async Task ClientAsync()
            {
                while (!killed.Task.IsCompleted && queue.TryDequeue(out var submit))
                {
                    try
                    {
                        var response = await client.PostAsync(new Uri(submit.Token, UriKind.Relative), new FormUrlEncodedContent(submit.LastScreen));
                        if (response.StatusCode is HttpStatusCode.SeeOther or HttpStatusCode.OK)
                            acknowledged.Add(submit.CandidateId);
                    }
                    catch (HttpRequestException)
                    {
                        // The host died under this request: not acknowledged, so nothing is promised about it.
                    }
                    if (acknowledged.Count >= killAt && killed.TrySetResult())
                        first.Kill(entireProcessTree: true);
                }
            }
            await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(ClientAsync)));
            await first.WaitForExitAsync();
            Assert.True(killed.Task.IsCompleted, "the host was killed mid-burst");
        }
        Assert.InRange(acknowledged.Count, Respondents / 3, Respondents - 1);

        using var second = await StartAsync(port, prefix);
        try
        {
            // Read through a host of the test's own on the same storage, with no functions of its own running.
            await using var reader = await TestHost.StartAsync(OnlyReading(), prefix: prefix);
            var checkIns = reader.Services.GetRequiredService<CheckInStore>();
            var signals = reader.Services.GetRequiredService<SignalStore>();
            async Task<bool> Recomputed(string id) =>
                (await signals.LoadAsync(TestProgramme.Id, id, CancellationToken.None)).Signals.Any(s => s.Type == SignalTypes.TimelineNoJobStart);
            foreach (var id in acknowledged)
                await TestHost.Eventually(() => Recomputed(id), $"the signals of {id} to be recomputed after the restart", 90);

            foreach (var id in acknowledged)
            {
                var invitations = await checkIns.ForCandidateAsync(TestProgramme.Id, id, CancellationToken.None);
                var answered = Assert.Single(invitations, f => f.Invitation.State == InvitationState.Answered);
                Assert.NotEmpty(answered.Invitation.Answers);
                var (stored, _) = await signals.LoadAsync(TestProgramme.Id, id, CancellationToken.None);
                Assert.Single(stored, s => s.Type == SignalTypes.TimelineNoJobStart);
            }
            Assert.False(second.HasExited, "the restarted host stopped");
        }
        finally
        {
            if (!second.HasExited)
                second.Kill(entireProcessTree: true);
        }
    }

    /// <summary>The reading host runs no queue function and no timer, so everything that happens is the app process's doing.</summary>
    private static Dictionary<string, string?> OnlyReading() =>
        TestHost.AppFunctions.Where(f => f is not IpsMonitor.LocalHost.HttpFunction).ToDictionary(f => $"AzureWebJobs.{f.Name}.Disabled", _ => (string?)"true");

    private static async Task<Process> StartAsync(int port, string prefix)
    {
        var settings = new Dictionary<string, string?>
        {
            // No local mail inbox: these tests send no mail, and parallel runs would share its fixed ports.
            ["LocalHost:MailInbox"] = "false",
            // A message taken by the killed host reappears after this lease, not after the default minute.
            ["LocalHost:QueueMessageLease"] = "00:00:02",
            ["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"] = "00:00:00.500",
            ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:00",
        };
        // The nightly re-evaluation would compute every candidate's signals by itself; no timer runs during the test.
        foreach (var timer in TestHost.AppFunctions.OfType<IpsMonitor.LocalHost.TimerFunction>())
            settings[$"AzureWebJobs.{timer.Name}.Disabled"] = "true";
        return (await AppProcess.StartAsync($"--port {port}", prefix, settings)).Process;
    }
}
