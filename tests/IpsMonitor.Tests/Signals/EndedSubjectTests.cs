using IpsMonitor.Tests.Caseload;
using static IpsMonitor.Questionnaires.ItemIds;
using static IpsMonitor.Tests.Signals.HistoryBuilder;

namespace IpsMonitor.Tests.Signals;

/// <summary>
/// A signal whose subject is gone resolves: every signal about a job on the day the job ends, every signal at discharge,
/// and a new referral never brings back what the closed one raised. The coach reads why it resolved, and the caseload
/// summary and the signal list say the same at every step, before and after the queue's work.
/// </summary>
public sealed class EndedSubjectTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Two jobs that both end on 29 August 2025, with every kind of signal that is about a job.</summary>
    private static CandidateHistory TwoJobsEnding() => new HistoryBuilder(D("2025-01-06"))
        .Job("job-1", D("2025-02-03"), end: D("2025-08-29"), kind: PlacementKind.Proefplaatsing, trialEnd: D("2025-05-01"), adjustments:
            [new Adjustment(AdjustmentKind.ExtraBreaks, null, D("2025-02-03"), D("2025-06-01"), AdjustmentStatus.Active)])
        .Job("job-2", D("2025-03-03"), end: D("2025-08-29"))
        .Supervisor(D("2025-06-02"), "job-1", [(SupervisorAdjustmentsFit, "yes")], (SupervisorConcerns, 1))
        .Missed(Respondent.Supervisor, D("2025-04-01"), "job-2").Missed(Respondent.Supervisor, D("2025-05-01"), "job-2")
        .Build();

    [Fact]
    public void EverySignalAboutAJobResolvesOnTheDayTheJobEnds()
    {
        var history = TwoJobsEnding();

        var before = TestScales.Evaluate(history, D("2025-08-28")).Select(f => f.Key).ToList();
        Assert.Superset(new HashSet<string>
        {
            "supervisor_concern:job-1", "timeline_trial_past_end:job-1", "timeline_adjustment_review_due:job-1",
            "no_response:supervisor:job-2", "timeline_no_checkin_since_start:job-2",
        }, before.ToHashSet());

        // On the end day only the call the end itself asks for is left.
        var after = TestScales.Evaluate(history, D("2025-08-29")).Select(f => f.Key).Order(StringComparer.Ordinal);
        Assert.Equal(["timeline_job_ended_contact:job-1", "timeline_job_ended_contact:job-2"], after);
    }

    [Fact]
    public void ANewReferralNeverBringsBackAConcernAnsweredInTheClosedOne()
    {
        // The supervisor answered early, on 28 June, a check-in due on 3 July; the candidate left IPS on 30 June and was
        // referred again on 1 July, while the job ran on.
        var built = new HistoryBuilder(D("2025-01-06")).Job("job-1", D("2025-02-03"))
            .Supervisor(D("2025-06-28"), "job-1", [(SupervisorAdjustmentsFit, "yes")], (SupervisorConcerns, 1))
            .Discharged(D("2025-06-30")).Build();
        var answered = built.Invitations[0] with { DueDate = D("2025-07-03") };
        var referrals = built.Candidate.Referrals.Append(new Referral(D("2025-07-01"), true, null, null)).ToList();
        var history = built with { Candidate = built.Candidate with { Referrals = referrals }, Invitations = [answered] };

        Assert.NotNull(TestScales.Evaluate(history, D("2025-06-29")).Find("supervisor_concern:job-1"));
        Assert.Empty(TestScales.Evaluate(history, D("2025-06-30")));
        Assert.Null(TestScales.Evaluate(history, D("2025-07-01")).Find("supervisor_concern:job-1"));
        Assert.Null(TestScales.Evaluate(history, D("2025-07-04")).Find("supervisor_concern:job-1"));
    }

    [Fact]
    public void TheReasonNamesTheEndedJobTheDischargeOrAClearedCondition()
    {
        var history = TwoJobsEnding();
        static StoredSignal Open(string key) => new("s-1", "k-001", key, "t", SignalSeverity.Attention, "1", new RecordedSentences(
            new Dictionary<string, string>()), [], DateTimeOffset.UnixEpoch, null, null, null, null);

        Assert.Equal(SignalResolution.JobEnded, SignalResolutions.Of(Open("supervisor_concern:job-1"), history, D("2025-08-29")));
        Assert.Equal(SignalResolution.JobEnded, SignalResolutions.Of(Open("no_response:supervisor:job-2"), history, D("2025-08-29")));
        Assert.Equal(SignalResolution.Cleared, SignalResolutions.Of(Open("supervisor_concern:job-1"), history, D("2025-08-28")));
        Assert.Equal(SignalResolution.Cleared, SignalResolutions.Of(Open("no_response:candidate"), history, D("2025-08-29")));
        var discharged = history with
        {
            Candidate = history.Candidate with { Referrals = [history.Candidate.CurrentReferral with { DischargeDate = D("2025-07-01") }] },
        };
        Assert.Equal(SignalResolution.Discharged, SignalResolutions.Of(Open("supervisor_concern:job-1"), discharged, D("2025-07-01")));
    }

    /// <summary>A candidate in work for five months whose supervisor has just said there is a concern: the signal is open.</summary>
    private static async Task<(string Id, string JobId)> ConcernedAsync(TestProgramme p)
    {
        var id = await p.EnrolIdAsync(p.Today.AddDays(-200));
        var jobId = await p.StartJobAsync(id, p.Today.AddDays(-150), consent: true);
        await ConcernAsync(p, id, jobId);
        Assert.Contains(SignalTypes.SupervisorConcern, await AgreeingOpenSignalsAsync(p, id));
        return (id, jobId);
    }

    /// <summary>Why the stored supervisor concern resolved, as the signal row says.</summary>
    private static async Task<SignalResolution?> ConcernResolvedBecauseAsync(TestProgramme p, string id)
    {
        var (signals, _) = await p.Service<SignalStore>().LoadAsync(TestProgramme.Id, id, None);
        return Assert.Single(signals, s => s.Type == SignalTypes.SupervisorConcern).ResolvedBecause;
    }

    /// <summary>A supervisor check-in of the job with a concern, answered two days ago and due in five (answered early).</summary>
    private static async Task ConcernAsync(TestProgramme p, string candidateId, string jobId)
    {
        var store = p.Service<CheckInStore>();
        var open = p.Service<Invitations>().New(candidateId, "s-early", Respondent.Supervisor, p.Today.AddDays(5), jobId);
        Assert.True(await store.TryCreateAsync(TestProgramme.Id, open, None));
        var file = await store.GetAsync(TestProgramme.Id, candidateId, open.Id, None);
        var answers = new Dictionary<string, Answer> { [SupervisorConcerns] = Answer.Of(true), [SupervisorAdjustmentsFit] = Answer.Of("yes") };
        await store.CloseAsync(file!, open with { State = InvitationState.Answered, AnsweredAt = p.Clock.GetUtcNow().AddDays(-2), Answers = answers },
            QueueNames.CheckInSubmitted, None);
        await p.Service<SignalRecompute>().RunAsync(TestProgramme.Id, candidateId, None);
    }

    /// <summary>
    /// The open signals as the signal store, the signal list and the caseload summary row (programme's and coach's) each
    /// hold them, which must be the same; then the queue's work runs and must change none of them.
    /// </summary>
    private static async Task<List<string>> AgreeingOpenSignalsAsync(TestProgramme p, string candidateId)
    {
        async Task<(List<string> Stored, List<string> Listed, List<string> Summary, List<string> CoachSummary)> ReadAsync()
        {
            var (signals, _) = await p.Service<SignalStore>().LoadAsync(TestProgramme.Id, candidateId, None);
            var listed = await p.Service<SignalIndexStore>().OpenAsync(TestProgramme.Id, None);
            var summaries = p.Service<CaseloadSummaryStore>();
            var summary = await summaries.GetAsync(TestProgramme.Id, candidateId, None);
            var coach = await summaries.GetAsync(CaseloadSummaryStore.CoachPartition(TestProgramme.Id, "coach-a"), candidateId, None);
            return ([.. signals.Where(s => s.IsOpen).Select(s => s.Type).Order(StringComparer.Ordinal)],
                [.. listed.Where(l => l.Signal.CandidateId == candidateId).Select(l => l.Signal.Type).Order(StringComparer.Ordinal)],
                [.. summary!.OpenSignals.Select(s => s.Type).Order(StringComparer.Ordinal)],
                [.. coach!.OpenSignals.Select(s => s.Type).Order(StringComparer.Ordinal)]);
        }

        var now = await ReadAsync();
        Assert.Equal(now.Stored, now.Listed);
        Assert.Equal(now.Stored, now.Summary);
        Assert.Equal(now.Stored, now.CoachSummary);
        // What the candidate-changed queue does with the change's message: nothing left to change.
        Assert.True((await p.Service<SignalRecompute>().RunAsync(TestProgramme.Id, candidateId, None)).IsEmpty);
        var later = await ReadAsync();
        Assert.Equal([now.Stored, now.Listed, now.Summary, now.CoachSummary], [later.Stored, later.Listed, later.Summary, later.CoachSummary]);
        return now.Stored;
    }

    [Fact]
    public async Task AJobEndedTodayResolvesTheSupervisorsConcernAtOnceSayingTheJobEnded()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, jobId) = await ConcernedAsync(p);

        var ended = await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{jobId}/end", new { endDate = p.Today, reason = "contractEnded" });

        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.DoesNotContain(SignalTypes.SupervisorConcern, await AgreeingOpenSignalsAsync(p, id));
        Assert.Equal(SignalResolution.JobEnded, await ConcernResolvedBecauseAsync(p, id));
        var api = (await p.CoachA.GetFromJsonAsync<JsonElement[]>($"candidates/{id}/signals"))!
            .Single(s => s.GetProperty("type").GetString() == SignalTypes.SupervisorConcern);
        Assert.Equal("jobEnded", api.GetProperty("resolvedBecause").GetString());
        // The coach reads it on the candidate page, beside the day it resolved.
        using var coach = await Workspace.StaffSession.SignInAsync(p, "coach-a");
        var page = Dom.Parse(await coach.PageAsync($"candidates/{id}"));
        Assert.Contains(page.QuerySelectorAll("li, article, section, div").Select(e => e.TextContent),
            text => text.Contains("opgelost", StringComparison.Ordinal) && text.Contains("de baan is beëindigd", StringComparison.Ordinal));
        var english = Dom.Parse(await coach.PageAsync($"candidates/{id}?lang=en"));
        Assert.Contains("resolved", english.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("the job has ended", english.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DischargeAndANewReferralKeepTheSummaryAndTheSignalListInAgreementAtEveryStep()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, jobId) = await ConcernedAsync(p);

        var discharged = await p.CoachA.PostAsJsonAsync($"candidates/{id}/discharge", new { dischargeDate = p.Today, reason = "moved" });
        Assert.Equal(HttpStatusCode.OK, discharged.StatusCode);
        Assert.Empty(await AgreeingOpenSignalsAsync(p, id));
        Assert.Equal(SignalResolution.Discharged, await ConcernResolvedBecauseAsync(p, id));

        // Referred again the same day, the job still running: the concern of the closed referral stays resolved.
        var referred = await p.CoachA.PostAsJsonAsync($"candidates/{id}/referrals", new { referralDate = p.Today, employedAtReferral = true });
        Assert.Equal(HttpStatusCode.OK, referred.StatusCode);
        Assert.DoesNotContain(SignalTypes.SupervisorConcern, await AgreeingOpenSignalsAsync(p, id));
        await CaseloadSummaryAssert.MatchSourcesAsync(p);
    }

    /// <summary>
    /// A job ended, the candidate discharged and referred again, all on one day: the job's end was the closed referral's,
    /// so the new referral opens no "job ended: contact" again, and the candidate page shows no driegesprek agenda.
    /// </summary>
    [Fact]
    public async Task AJobThatEndedByTheDischargeIsTheClosedReferralsEvenWhenTheNewOneStartsThatDay()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, jobId) = await ConcernedAsync(p);
        Assert.Equal(HttpStatusCode.OK, (await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{jobId}/end",
            new { endDate = p.Today, reason = "contractEnded" })).StatusCode);
        Assert.Contains(SignalTypes.TimelineJobEndedContact, await AgreeingOpenSignalsAsync(p, id));
        Assert.Equal(HttpStatusCode.OK, (await p.CoachA.PostAsJsonAsync($"candidates/{id}/discharge",
            new { dischargeDate = p.Today, reason = "moved" })).StatusCode);

        var referred = await p.CoachA.PostAsJsonAsync($"candidates/{id}/referrals", new { referralDate = p.Today, employedAtReferral = false });

        Assert.Equal(HttpStatusCode.OK, referred.StatusCode);
        Assert.Empty(await AgreeingOpenSignalsAsync(p, id));
        using var coach = await Workspace.StaffSession.SignInAsync(p, "coach-a");
        Assert.Null(Dom.Parse(await coach.PageAsync($"candidates/{id}")).GetElementById("driegesprek-title"));
    }
}
