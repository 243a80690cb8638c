using IpsMonitor.LocalHost;
using IpsMonitor.Tests.CheckIns;

namespace IpsMonitor.Tests.Faults;

/// <summary>
/// Storage stopped for a while under a running host, then started again on the same ports with the same data: the test
/// owns this Azurite (persisted in a temporary folder), not the suite's shared one.
/// </summary>
public sealed class StorageOutageTests
{
    [Fact]
    public async Task WhileStorageIsStoppedFormsAndApiAnswer503NothingIsHalfWrittenAndTheHostRecoversWithoutARestart()
    {
        var folder = Directory.CreateTempSubdirectory("ipsm-outage-").FullName;
        var ports = (Blob: FreePort(), Queue: FreePort(), Table: FreePort());
        var storage = await Azurite.StartPersistedAsync(Repo.Root, folder, ports.Blob, ports.Queue, ports.Table);
        try
        {
            await using var p = await TestProgramme.StartAsync(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = storage.ConnectionString }, signalFunctions: true);
            var candidateId = await p.EnrolIdAsync(p.Today.AddMonths(-2));
            using var visitor = await Visitor.LinkAsync(p, candidateId);
            var definition = await visitor.DefinitionAsync();
            for (var step = 1; step < definition.Groups.Count; step++)
                Assert.Equal(HttpStatusCode.SeeOther, (await visitor.PostAsync(Visitor.ValidScreen(definition.Groups[step - 1], step, "next"))).StatusCode);
            var lastScreen = Visitor.ValidScreen(definition.Groups[^1], definition.Groups.Count, "submit");
            using var anonymous = p.Anonymous();
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri("health", UriKind.Relative))).StatusCode);

            await storage.StopAsync();

            var form = await visitor.PostAsync(lastScreen);
            var formPage = await form.Content.ReadAsStringAsync();
            var api = await p.CoachA.GetAsync(new Uri($"candidates/{candidateId}", UriKind.Relative));
            var apiWrite = await p.CoachA.PostAsJsonAsync($"programmes/{TestProgramme.Id}/candidates", new { referralDate = p.Today, employedAtReferral = false });
            var health = await anonymous.GetAsync(new Uri("health", UriKind.Relative));
            var healthBody = await health.Content.ReadFromJsonAsync<JsonElement>();

            storage = await Azurite.StartPersistedAsync(Repo.Root, folder, ports.Blob, ports.Queue, ports.Table);
            await TestHost.Eventually(async () => (await anonymous.GetAsync(new Uri("health", UriKind.Relative))).StatusCode == HttpStatusCode.OK, "health to report the recovery", 60);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, form.StatusCode);
            Assert.Equal("text/html", form.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Probeer het zo nog", formPage, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", formPage, StringComparison.Ordinal);
            foreach (var response in new[] { api, apiWrite })
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
                Assert.Equal(503, problem.GetProperty("status").GetInt32());
                Assert.Equal(UnhandledError.Unavailable.Title, problem.GetProperty("title").GetString());
                Assert.NotNull(response.Headers.RetryAfter);
            }
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Equal("unreachable", healthBody.GetProperty("storage").GetString());

            // Nothing half-written: the check-in is still open without answers, and only the first enrolment exists.
            var stored = await p.Service<CheckInStore>().FindByTokenAsync(visitor.Token, CancellationToken.None);
            Assert.Equal(InvitationState.Open, stored!.Invitation.State);
            Assert.Empty(stored.Invitation.Answers);
            var caseload = await p.CoachA.GetFromJsonAsync<JsonElement[]>($"programmes/{TestProgramme.Id}/candidates");
            Assert.Single(caseload!);

            // The same host, never restarted, takes the same submit now, stores it once and computes its signals.
            Assert.False(p.Host.App.Lifetime.ApplicationStopping.IsCancellationRequested, "the host stopped");
            Assert.Equal(HttpStatusCode.SeeOther, (await visitor.PostAsync(lastScreen)).StatusCode);
            Assert.Equal(HttpStatusCode.SeeOther, (await visitor.PostAsync(lastScreen)).StatusCode);
            var answered = await p.Service<CheckInStore>().FindByTokenAsync(visitor.Token, CancellationToken.None);
            Assert.Equal(InvitationState.Answered, answered!.Invitation.State);
            var submitted = p.Service<Azure.Storage.Queues.QueueServiceClient>().GetQueueClient(p.Service<StorageNames>().Queue(QueueNames.CheckInSubmitted));
            await TestHost.Eventually(async () => (await submitted.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0, "the queue listener, running again, to take the check-in message", 60);
            Assert.Equal(HttpStatusCode.Created, (await p.CoachA.PostAsJsonAsync($"programmes/{TestProgramme.Id}/candidates", new { referralDate = p.Today, employedAtReferral = false })).StatusCode);
            Assert.False(p.Host.App.Lifetime.ApplicationStopping.IsCancellationRequested, "the host stopped");
        }
        finally
        {
            storage.Dispose();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int FreePort() => Infrastructure.AppProcess.FreePort();
}
