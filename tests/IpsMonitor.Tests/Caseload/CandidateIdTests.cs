namespace IpsMonitor.Tests.Caseload;

/// <summary>The global candidate index maps an id to its programme; it is never overwritten, whatever collides.</summary>
public sealed class CandidateIdTests
{
    [Fact]
    public async Task AnIdTakenInAnotherProgrammeIsRefusedAndThatProgrammesCandidateStaysReachable()
    {
        await using var p = await TestProgramme.StartAsync();
        var caseload = p.Service<CaseloadStore>();
        var referral = new DateOnly(2026, 9, 1);
        var theirs = new Candidate("k-0123456789", "elsewhere", "coach-x", null, "nl", [new Referral(referral, false, null, null)]);
        Assert.True(await caseload.EnrolAsync(theirs, null, CancellationToken.None));

        var ours = theirs with { ProgrammeId = TestProgramme.Id, CoachId = "coach-a" };
        var enrolled = await caseload.EnrolAsync(ours, null, CancellationToken.None);

        Assert.False(enrolled);
        Assert.Equal("elsewhere", (await caseload.FindAsync("k-0123456789", CancellationToken.None))!.Candidate.ProgrammeId);
        var names = p.Service<StorageNames>();
        var candidates = p.Service<TableServiceClient>().GetTableClient(names.Table(CaseloadStore.CandidatesTable));
        Assert.False((await candidates.GetEntityIfExistsAsync<TableEntity>(TestProgramme.Id, "k-0123456789")).HasValue);
    }

    [Fact]
    public async Task NewIdsCarry128RandomBitsAndAnOlderShortIdStillWorks()
    {
        await using var p = await TestProgramme.StartAsync();
        var old = new Candidate("k-c5d19c635f", TestProgramme.Id, "coach-a", null, "nl", [new Referral(new DateOnly(2026, 9, 1), false, null, null)]);
        Assert.True(await p.Service<CaseloadStore>().EnrolAsync(old, null, CancellationToken.None));

        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
            ids.Add(await p.EnrolIdAsync(new DateOnly(2026, 9, 1)));
        var oldOne = await p.CoachA.GetAsync(new Uri("candidates/k-c5d19c635f", UriKind.Relative));

        Assert.All(ids, id => Assert.Matches("^k-[0-9a-f]{32}$", id));
        Assert.Equal(3, ids.Distinct().Count());
        Assert.Equal(HttpStatusCode.OK, oldOne.StatusCode);
        Assert.Equal("k-c5d19c635f", (await oldOne.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString());
    }
}
