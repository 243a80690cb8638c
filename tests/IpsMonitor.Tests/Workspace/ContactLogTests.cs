namespace IpsMonitor.Tests.Workspace;

/// <summary>
/// The contact log's form, posted as a browser would, against real storage: a contact with the candidate after a job
/// ended resolves "job ended: make contact" at once, saying a contact was logged; a contact with only the supervisor
/// does not; and a contact on a day still to come stores nothing.
/// </summary>
public sealed class ContactLogTests
{
    [Fact]
    public async Task AContactWithTheCandidateAfterTheJobEndedResolvesTheJobEndSignalAsAContactLogged()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, jobId) = await p.EnrolWithJobAsync(consent: true);
        var ended = await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{jobId}/end", new { endDate = p.Today, reason = "contractEnded" });
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.NotNull(await JobEndedAsync(p, id));
        using var coach = await StaffSession.SignInAsync(p, "coach-a");

        var supervisorOnly = await coach.PostAsync($"candidates/{id}/contacts",
            new() { ["contactedOn"] = p.Today.ToString("O"), ["with"] = "Supervisor", ["means"] = "Phone" }, $"candidates/{id}");
        Assert.Equal(HttpStatusCode.SeeOther, supervisorOnly.StatusCode);
        Assert.Null((await JobEndedAsync(p, id))?.ResolvedAt);

        var withCandidate = await coach.PostAsync($"candidates/{id}/contacts",
            new() { ["contactedOn"] = p.Today.ToString("O"), ["with"] = "Both", ["means"] = "InPerson" }, $"candidates/{id}");
        Assert.Equal(HttpStatusCode.SeeOther, withCandidate.StatusCode);
        var resolved = await JobEndedAsync(p, id);
        Assert.NotNull(resolved?.ResolvedAt);
        Assert.Equal(SignalResolution.ContactLogged, resolved?.ResolvedBecause);
        var log = Dom.Parse(await coach.PageAsync($"candidates/{id}")).QuerySelectorAll("section[aria-labelledby='contacts-title'] li strong")
            .Select(li => li.TextContent).ToList();
        Assert.Equal(2, log.Count);
        Assert.EndsWith("Kandidaat en leidinggevende · Persoonlijk", log[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AContactOnADayStillToComeOrWithoutWithWhomStoresNothing()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, _) = await p.EnrolWithJobAsync(consent: true);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");

        var answer = await coach.PostAsync($"candidates/{id}/contacts",
            new() { ["contactedOn"] = p.Today.AddDays(1).ToString("O"), ["means"] = "Phone" }, $"candidates/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var page = Dom.Parse(await answer.Content.ReadAsStringAsync());
        Assert.Equal("true", page.GetElementById("contact-contactedOn")?.GetAttribute("aria-invalid"));
        Assert.Equal("true", page.GetElementById("contact-with")?.GetAttribute("aria-invalid"));
        Assert.Empty(await p.Service<ContactStore>().RecentAsync(TestProgramme.Id, id, 10, CancellationToken.None));
    }

    private static async Task<StoredSignal?> JobEndedAsync(TestProgramme p, string id) =>
        (await p.Service<SignalStore>().LoadAsync(TestProgramme.Id, id, CancellationToken.None)).Signals
            .Where(s => s.Type == SignalTypes.TimelineJobEndedContact).OrderByDescending(s => s.OpenedAt).FirstOrDefault();
}
