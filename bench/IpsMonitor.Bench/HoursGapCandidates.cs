namespace IpsMonitor.Bench;

/// <summary>
/// Seeds candidates in work whose next check-in opens the hours-gap signal: a job of 16 hours and two earlier check-ins
/// wanting 32, then an open check-in with a link. The seeding goes through the app's own stores.
/// </summary>
internal static class HoursGapCandidates
{
    /// <summary>The one programme the host benchmarks seed and measure.</summary>
    public const string Programme = "bench";

    public static async Task EnsureProgrammeAsync(IServiceProvider services, string programme, CancellationToken ct)
    {
        await services.GetRequiredService<AccessStore>().EnsureProgrammeAsync(programme, "Bench", ct);
        await services.GetRequiredService<AccessStore>().SaveCoachAsync(new Coach("coach", programme, 1m), ct);
    }

    /// <summary>The programme and <paramref name="count"/> candidates, one after another, each with its open link.</summary>
    public static async Task<List<(string CandidateId, string Token)>> SeedManyAsync(
        IServiceProvider services, string programme, int count, CancellationToken ct)
    {
        await EnsureProgrammeAsync(services, programme, ct);
        var seeded = new List<(string, string)>();
        for (var i = 0; i < count; i++)
            seeded.Add(await SeedAsync(services, programme, i, ct));
        return seeded;
    }

    /// <summary>One candidate; returns its id and the token of its open check-in ("c-now").</summary>
    public static async Task<(string CandidateId, string Token)> SeedAsync(IServiceProvider services, string programme, int index, CancellationToken ct)
    {
        var caseload = services.GetRequiredService<CaseloadStore>();
        var checkIns = services.GetRequiredService<CheckInStore>();
        var invitations = services.GetRequiredService<Invitations>();
        var now = DateTimeOffset.UtcNow;
        var today = ProgrammeTime.DateOf(now);
        var candidate = new Candidate($"k-bench{index:D5}", programme, "coach", null, "nl", [new Referral(today.AddDays(-400), false, null, null)]);
        await caseload.EnrolAsync(candidate, null, ct);
        await caseload.SaveJobAsync(programme, new Job("j-1", candidate.Id, "Werkgever", "Functie", "Sector", today.AddDays(-300), 16, true,
            PlacementKind.Regular, false, null, null, null, null, null, [], Disclosure.None, SupervisorContact.None), ct);
        foreach (var daysAgo in new[] { 112, 56 })
        {
            var past = invitations.New(candidate.Id, $"c-past{daysAgo}", Respondent.Candidate, today.AddDays(-daysAgo), "j-1");
            await checkIns.TryCreateAsync(programme, past, ct);
            var file = (await checkIns.GetAsync(programme, candidate.Id, past.Id, ct))!;
            var answered = past with
            {
                State = InvitationState.Answered, AnsweredAt = now.AddDays(-daysAgo), Answers = new Dictionary<string, Answer>
                {
                    [ItemIds.HoursWorked] = Answer.Of(16), [ItemIds.DesiredHours] = Answer.Of(32), [ItemIds.WorkAbility] = Answer.Of(6),
                },
            };
            await checkIns.CloseAsync(file, answered, QueueNames.CheckInSubmitted, ct);
            await checkIns.DeleteOutboxAsync(new CheckInMessage(programme, candidate.Id, past.Id), ct);
        }
        var open = invitations.New(candidate.Id, "c-now", Respondent.Candidate, today, "j-1");
        await checkIns.TryCreateAsync(programme, open, ct);
        var link = await invitations.IssueLinkAsync((await checkIns.GetAsync(programme, candidate.Id, open.Id, ct))!, AuditLog.System, ct);
        return (candidate.Id, link.Split('/')[^1]);
    }
}
