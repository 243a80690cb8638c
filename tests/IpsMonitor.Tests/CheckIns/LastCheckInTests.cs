namespace IpsMonitor.Tests.CheckIns;

public sealed class LastCheckInTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(60)]
    public async Task TheLastAnsweredCandidateCheckInIsFoundForAFewOrManyCandidates(int listed)
    {
        await using var p = await TestProgramme.StartAsync();
        var store = p.Service<CheckInStore>();
        var invitations = p.Service<Invitations>();
        var now = p.Clock.GetUtcNow();
        async Task AnswerAsync(string candidateId, string invitationId, Respondent respondent, DateTimeOffset at)
        {
            var open = invitations.New(candidateId, invitationId, respondent, IpsMonitor.Platform.ProgrammeTime.DateOf(at), null);
            await store.TryCreateAsync(TestProgramme.Id, open, CancellationToken.None);
            var file = (await store.GetAsync(TestProgramme.Id, candidateId, invitationId, CancellationToken.None))!;
            await store.CloseAsync(file, open with { State = InvitationState.Answered, AnsweredAt = at }, QueueNames.CheckInSubmitted, CancellationToken.None);
        }
        await AnswerAsync("k-a", "c-1", Respondent.Candidate, now.AddDays(-60));
        await AnswerAsync("k-a", "c-2", Respondent.Candidate, now.AddDays(-4));
        await AnswerAsync("k-a", "s-1", Respondent.Supervisor, now.AddDays(-1));
        await AnswerAsync("k-b", "s-1", Respondent.Supervisor, now.AddDays(-2));
        await AnswerAsync("k-c", "c-1", Respondent.Candidate, now.AddDays(-9));
        var ids = Enumerable.Range(0, listed - 2).Select(i => $"k-x{i}").Prepend("k-b").Prepend("k-a").ToList();

        var last = await store.LastCandidateCheckInsAsync(TestProgramme.Id, ids, CancellationToken.None);

        Assert.Equal(now.AddDays(-4), last["k-a"]);
        Assert.False(last.ContainsKey("k-b"));
        // Not asked for: a coach's list never includes it, a programme-wide one may.
        Assert.True(listed > 50 || !last.ContainsKey("k-c"));
    }
}
