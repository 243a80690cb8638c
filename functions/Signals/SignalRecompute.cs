using IpsMonitor.Questionnaires;

namespace IpsMonitor.Signals;

/// <summary>
/// Recomputes one candidate's signals from stored data and writes the difference. Because it reads everything afresh and
/// writes only on the version it read, the same message twice, two messages at once, or a replay after a crash all end in
/// the same set of signals.
/// </summary>
internal sealed partial class SignalRecompute(
    CaseloadStore caseload, CheckInStore checkIns, ContactStore contacts, SignalStore signals, CaseloadSummaries summaries,
    QuestionnaireCatalog catalog, IOptions<SignalRules> rules,
    DataRights.ErasureTombstones tombstones, TimeProvider time, ILogger<SignalRecompute> logger)
{
    private const int Attempts = 5;

    public async Task<ReconcilePlan> RunAsync(string programmeId, string candidateId, CancellationToken ct)
    {
        // A message for an erased candidate (even half-erased, with rows still there) is completed without effect.
        if (await tombstones.IsErasedAsync(candidateId, ct))
            return new ReconcilePlan([], [], []);
        for (var attempt = 1; ; attempt++)
        {
            var file = await caseload.FindAsync(candidateId, ct);
            if (file is null || file.Candidate.ProgrammeId != programmeId)
                return new ReconcilePlan([], [], []);
            var jobs = await caseload.JobsAsync(programmeId, candidateId, ct);
            var invitations = (await checkIns.ForCandidateAsync(programmeId, candidateId, ct)).Select(f => f.Invitation).ToList();
            var (stored, version) = await signals.LoadAsync(programmeId, candidateId, ct);
            var contacted = await contacts.RecentWithCandidateAsync(programmeId, candidateId, ContactStore.ForSignals, ct);

            var now = time.GetUtcNow();
            var history = new CandidateHistory(file.Candidate, jobs, invitations) { Contacts = contacted };
            var today = ProgrammeTime.DateOf(now);
            var findings = SignalEvaluator.Evaluate(history, catalog.CurrentScaleStatistics, rules.Value, today);
            var plan = SignalResolutions.WithReasons(
                SignalLifecycle.Reconcile(stored, findings, candidateId, now, () => "s-" + Secrets.NewId(5)), history, today);
            if (plan.IsEmpty || await signals.TrySaveAsync(programmeId, candidateId, plan, version, now, ct))
            {
                // Erased while this ran: the erasure may have deleted the signals before this write, so take it back.
                // The tombstone precedes every deletion, so either this sees it or the erasure deletes what was written.
                if (!plan.IsEmpty && await tombstones.IsErasedAsync(candidateId, ct))
                {
                    await signals.EraseAsync(programmeId, candidateId, ct);
                    return new ReconcilePlan([], [], []);
                }
                foreach (var opened in plan.ToOpen)
                    LogOpened(opened.Type, candidateId);
                // Whatever brought this message (a check-in answered or missed, a change, the nightly run) shows in the lists.
                await summaries.RefreshAsync(programmeId, candidateId, ct);
                return plan;
            }
            if (attempt == Attempts)
                throw new InvalidOperationException($"Signals of {candidateId} kept changing during {Attempts} attempts.");
            LogRaceLost(candidateId, attempt);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Signal {SignalType} opened for {CandidateId}")]
    private partial void LogOpened(string signalType, string candidateId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Signals of {CandidateId} changed meanwhile (attempt {Attempt}); reading again")]
    private partial void LogRaceLost(string candidateId, int attempt);
}
