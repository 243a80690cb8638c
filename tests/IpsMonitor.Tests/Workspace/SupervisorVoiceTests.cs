using IpsMonitor.Workspace;

namespace IpsMonitor.Tests.Workspace;

/// <summary>
/// The supervisor's latest check-in as the agenda words it, in Dutch and English: the day and the supervisor's name,
/// concerns, next step, whether the adjustments still fit and the comment whole; the latest check-in of the current job
/// wins over an older one and over another job's.
/// </summary>
public sealed class SupervisorVoiceTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    private static Job Job(string id, string? supervisor, DateOnly? end = null) => new(id, "k-1", "Hotel De Zon", "Kok", "I",
        new DateOnly(2026, 3, 2), 24, true, PlacementKind.Regular, false, null, null, null, end, null, [], Disclosure.SupervisorOnly,
        new SupervisorContact(true, null, supervisor, null));

    private static Invitation Answered(string id, string jobId, DateOnly on, Dictionary<string, Answer> answers) =>
        new(id, "k-1", Respondent.Supervisor, jobId, on, new DateTimeOffset(on.AddDays(-7).ToDateTime(TimeOnly.MinValue)),
            new DateTimeOffset(on.AddDays(7).ToDateTime(TimeOnly.MinValue)), InvitationState.Answered,
            new DateTimeOffset(on.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(1)), "supervisor-checkin", 2, answers);

    private static DriegesprekView View(StaffText t, IReadOnlyList<Invitation> invitations, IReadOnlyList<Job> jobs)
    {
        var candidate = new Candidate("k-1", "prog-1", "coach-1", null, "nl", [new Referral(new DateOnly(2026, 1, 5), false, null, null)]);
        var preparation = DriegesprekPreparation.For(invitations, jobs, [], Today, new Dictionary<string, ScaleStatistics>(), new SignalRules());
        return DriegesprekSection.View(preparation, t, candidate, jobs.FirstOrDefault(j => j.IsOpenOn(Today)), Today);
    }

    [Fact]
    public void TheLatestCheckInOfTheCurrentJobReadsInTheReadersLanguage()
    {
        var kitchen = Job("j-1", "Chef Anna");
        var earlier = Job("j-0", "Oude chef", end: new DateOnly(2026, 3, 1));
        Invitation[] invitations =
        [
            Answered("s-1", "j-1", new DateOnly(2026, 10, 1), new() { [ItemIds.SupervisorConcerns] = Answer.Of(false) }),
            Answered("s-2", "j-1", new DateOnly(2026, 11, 26), new()
            {
                [ItemIds.SupervisorConcerns] = Answer.Of(true), [ItemIds.SupervisorComments] = Answer.Of("Moe na late diensten."),
                [ItemIds.SupervisorReadyForMore] = Answer.Of("fewer_tasks"), [ItemIds.SupervisorAdjustmentsFit] = Answer.Of("partly"),
            }),
            Answered("s-3", "j-0", new DateOnly(2026, 12, 1), new() { [ItemIds.SupervisorComments] = Answer.Of("Andere baan") }),
        ];

        var nl = View(StaffText.Nl, invitations, [kitchen, earlier]).Supervisor;
        var en = View(StaffText.En, invitations, [kitchen, earlier]).Supervisor;

        Assert.NotNull(nl);
        Assert.Equal("Laatste check-in van Chef Anna (leidinggevende): 26 nov 2026", nl.Heading);
        Assert.Equal(["Zorgen om te bespreken: ja", "Volgende stap: tijdelijk minder taken", "Aanpassingen passen nog: deels, iets kan anders"],
            nl.Answers.Select(f => $"{f.Term}: {f.Value}"));
        Assert.Equal(("Toelichting", "Moe na late diensten."), (nl.CommentTerm, nl.Comment));
        Assert.NotNull(en);
        Assert.Equal("Latest check-in of Chef Anna (supervisor): 26 Nov 2026", en.Heading);
        Assert.Equal(["Concerns to discuss: yes", "Next step: fewer tasks for a while", "Adjustments still fit: partly, something could change"],
            en.Answers.Select(f => $"{f.Term}: {f.Value}"));
    }

    [Fact]
    public void WithoutASupervisorCheckInTheAgendaSaysSoAndUnansweredItemsSayNotAnswered()
    {
        var none = View(StaffText.En, [], [Job("j-1", null)]).Supervisor;
        var bare = View(StaffText.Nl, [Answered("s-1", "j-1", new DateOnly(2026, 11, 26), [])], [Job("j-1", null)]).Supervisor;

        Assert.Equal(("The supervisor has not answered a check-in yet.", 0), (none?.Heading, none?.Answers.Count));
        Assert.Equal("Laatste check-in van de leidinggevende: 26 nov 2026", bare?.Heading);
        Assert.All(bare?.Answers ?? [], f => Assert.Equal("niet ingevuld", f.Value));
        Assert.Equal("geen", bare?.Comment);
    }

    [Fact]
    public void AFormerSupervisorsAnswersAboutAnEndedJobAreNotTheAgendas()
    {
        var answered = Answered("s-1", "j-1", new DateOnly(2026, 11, 26), []);
        var ended = View(StaffText.Nl, [answered], [Job("j-1", "Chef Anna", end: Today.AddDays(-1))]).Supervisor;

        Assert.Equal("De leidinggevende heeft nog geen check-in ingevuld.", ended?.Heading);
        Assert.Empty(ended?.Answers ?? []);
    }
}
