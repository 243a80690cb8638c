using IpsMonitor.Tests.CheckIns;

namespace IpsMonitor.Tests.Caseload;

public sealed class DataSubjectRightsTests
{
    [Fact]
    public async Task ACoordinatorExportsEverythingStoredAboutACandidate()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 3, 1), email: "kandidaat@example.org");
        await p.StartJobAsync(id, new DateOnly(2026, 6, 1), consent: true);
        using var visitor = await Visitor.LinkAsync(p, id);
        await visitor.AnswerAllAsync();

        // A second check-in with a screen saved but not sent: its draft is the candidate's data too.
        using var unfinished = await Visitor.LinkAsync(p, id);
        var firstScreen = Visitor.ValidScreen((await unfinished.DefinitionAsync()).Groups[0], 1, "next");
        Assert.Equal(HttpStatusCode.SeeOther, (await unfinished.PostAsync(firstScreen)).StatusCode);
        var (firstItem, firstValue) = firstScreen[2];
        await p.CoachA.GetAsync(new Uri($"candidates/{id}", UriKind.Relative));

        var byCoach = await p.CoachA.GetAsync(new Uri($"candidates/{id}/export", UriKind.Relative));
        var export = await p.Coordinator.GetFromJsonAsync<JsonElement>($"candidates/{id}/export");

        Assert.Equal(HttpStatusCode.Forbidden, byCoach.StatusCode);
        Assert.Equal("kandidaat@example.org", export.GetProperty("email").GetString());
        var supervisor = export.GetProperty("jobs")[0].GetProperty("supervisor");
        Assert.Equal(JsonValueKind.Null, supervisor.GetProperty("email").ValueKind);
        Assert.DoesNotContain("chef@example.org", export.GetRawText(), StringComparison.Ordinal);
        var draft = Assert.Single(export.GetProperty("drafts").EnumerateArray().ToList());
        Assert.Equal(firstValue, draft.GetProperty("answers").GetProperty(firstItem).GetString());
        var accesses = export.GetProperty("accesses").EnumerateArray().Select(a => (a.GetProperty("role").GetString(), a.GetProperty("action").GetString())).ToList();
        Assert.Contains(("coach", "read candidate"), accesses);
        Assert.Contains(("coordinator", "export candidate"), accesses);
        var checkIn = export.GetProperty("checkIns").EnumerateArray().Single(c => c.GetProperty("state").GetString() == "answered");
        Assert.Equal("answered", checkIn.GetProperty("state").GetString());
        Assert.Equal(10, checkIn.GetProperty("answers").GetProperty(ItemIds.WorkAbility).GetProperty("number").GetInt32());
        Assert.Contains(await AccessTests.AuditRows(p), r => r.Action == "export candidate" && r.CandidateId == id);
    }

    [Fact]
    public async Task ErasingACandidateRemovesAnswersInvitationsLinksAndSignalsAndNothingElse()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(p.Today.AddMonths(-8));
        var other = await p.EnrolIdAsync(p.Today.AddMonths(-8));
        using var visitor = await Visitor.LinkAsync(p, id);
        await visitor.AnswerAllAsync();
        await p.Service<SignalRecompute>().RunAsync(TestProgramme.Id, id, CancellationToken.None);
        await p.Service<SignalRecompute>().RunAsync(TestProgramme.Id, other, CancellationToken.None);
        Assert.NotEmpty((await p.Service<SignalStore>().LoadAsync(TestProgramme.Id, id, CancellationToken.None)).Signals);

        var byCoach = await p.CoachA.DeleteAsync(new Uri($"candidates/{id}", UriKind.Relative));
        var erased = await p.Coordinator.DeleteAsync(new Uri($"candidates/{id}", UriKind.Relative));
        var again = await p.Coordinator.DeleteAsync(new Uri($"candidates/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, byCoach.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        // Erasing again is safe: the coordinator of the programme hears it is done.
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.Empty((await p.Service<SignalStore>().LoadAsync(TestProgramme.Id, id, CancellationToken.None)).Signals);
        Assert.Empty(await p.Service<CheckInStore>().ForCandidateAsync(TestProgramme.Id, id, CancellationToken.None));
        Assert.Null(await p.Service<CheckInStore>().FindByTokenAsync(visitor.Token, CancellationToken.None));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync()).StatusCode);
        var caseload = await p.Coordinator.GetFromJsonAsync<JsonElement[]>($"programmes/{TestProgramme.Id}/candidates");
        Assert.Equal([other], caseload!.Select(c => c.GetProperty("id").GetString()));
        Assert.NotEmpty((await p.Service<SignalStore>().LoadAsync(TestProgramme.Id, other, CancellationToken.None)).Signals);
        Assert.Contains(await AccessTests.AuditRows(p), r => r.Action == "erase candidate" && r.CandidateId == id);
        // A message still in flight for the erased candidate finds nothing and writes nothing.
        Assert.True((await p.Service<SignalRecompute>().RunAsync(TestProgramme.Id, id, CancellationToken.None)).IsEmpty);
    }
}
