namespace IpsMonitor.Tests.Development;

/// <summary>A candidate with three answered check-ins of their own and one of their supervisor, stored as the submit path stores them.</summary>
internal static class DevelopmentFixture
{
    public const string SupervisorMarker = "Alleen-voor-de-coach-4711";

    public static readonly DateTimeOffset[] AnsweredAt =
    [
        new(2026, 3, 3, 10, 0, 0, TimeSpan.Zero), new(2026, 4, 28, 10, 0, 0, TimeSpan.Zero), new(2026, 6, 23, 10, 0, 0, TimeSpan.Zero),
    ];

    /// <summary>Per check-in, in order: work ability, energy, satisfaction, fit, hours worked, desired hours, has goals.</summary>
    public static readonly (decimal WorkAbility, decimal Energy, decimal Satisfaction, decimal Fit, decimal Worked, decimal Desired, bool Goals)[] Values =
    [
        (5, 2, 3, 2, 12, 24, false), (6, 3, 4, 3, 16, 24, true), (8, 4, 4, 4, 20.5m, 24, true),
    ];

    /// <summary>Enrols a candidate long ago (so a timeline signal is open), starts a job with consent and stores the check-ins.</summary>
    public static async Task<string> CandidateWithThreeCheckInsAsync(TestProgramme p, string language = "nl")
    {
        var id = await p.EnrolIdAsync(new DateOnly(2025, 1, 6), language: language);
        var store = p.Service<CheckInStore>();
        var invitations = p.Service<Invitations>();
        for (var n = 0; n < AnsweredAt.Length; n++)
        {
            var v = Values[n];
            var answers = new Dictionary<string, Answer>
            {
                [ItemIds.WorkAbility] = Answer.Of(v.WorkAbility), [ItemIds.Energy] = Answer.Of(v.Energy), [ItemIds.Support] = Answer.Of(3),
                [ItemIds.HoursWorked] = Answer.Of(v.Worked), [ItemIds.DesiredHours] = Answer.Of(v.Desired), [ItemIds.Satisfaction] = Answer.Of(v.Satisfaction),
                [ItemIds.Fit] = Answer.Of(v.Fit), [ItemIds.LearnedNew] = Answer.Of(true), [ItemIds.NewTasks] = Answer.Of(n > 0), [ItemIds.HasGoals] = Answer.Of(v.Goals),
                [ItemIds.HelpNow] = Answer.Of("Meer rust in de ochtend"),
            };
            await StoreAsync(store, invitations, id, Respondent.Candidate, $"c-t{n}", AnsweredAt[n], answers);
        }
        await StoreAsync(store, invitations, id, Respondent.Supervisor, "s-t1", AnsweredAt[1].AddHours(2), new Dictionary<string, Answer>
        {
            [ItemIds.SupervisorWorkAbility] = Answer.Of(3), [ItemIds.SupervisorFit] = Answer.Of(1), [ItemIds.SupervisorConcerns] = Answer.Of(true),
            [ItemIds.SupervisorComments] = Answer.Of(SupervisorMarker),
        });
        return id;
    }

    /// <summary>The candidate with three check-ins and the token of a fresh development link of theirs.</summary>
    public static async Task<(string Id, string Token)> LinkedCandidateAsync(TestProgramme p)
    {
        var id = await CandidateWithThreeCheckInsAsync(p);
        return (id, (await LinkAsync(p, id)).Token);
    }

    /// <summary>A fresh personal development link, as the coach gets it.</summary>
    public static async Task<(string Link, string Token)> LinkAsync(TestProgramme p, string candidateId)
    {
        var response = await p.CoachA.PostAsync($"candidates/{candidateId}/development-links", null);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var link = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetString()!;
        return (link, link[(link.LastIndexOf('/') + 1)..]);
    }

    private static async Task StoreAsync(CheckInStore store, Invitations invitations, string candidateId, Respondent respondent, string id,
        DateTimeOffset answeredAt, Dictionary<string, Answer> answers)
    {
        var invitation = invitations.New(candidateId, id, respondent, DateOnly.FromDateTime(answeredAt.UtcDateTime), null)
            with { State = InvitationState.Answered, AnsweredAt = answeredAt, Answers = answers };
        Assert.True(await store.TryCreateAsync(TestProgramme.Id, invitation, CancellationToken.None));
    }
}
