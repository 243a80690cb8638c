namespace IpsMonitor.Signals;

/// <summary>
/// Why a signal resolved, so the coach reads that its subject is gone rather than guessing: the candidate was discharged,
/// the job it was about ended, or the condition itself cleared (a later answer, a decision, time).
/// </summary>
public enum SignalResolution
{
    Cleared,
    JobEnded,
    Discharged,

    /// <summary>The coach logged a contact with the candidate (after a job end, or after weeks without one).</summary>
    ContactLogged,
}

/// <summary>The reason for each signal a recompute resolves, read from the same history the findings came from.</summary>
internal static class SignalResolutions
{
    /// <summary>
    /// Discharged when the evaluated day has no current referral; contact logged when the signal is one a contact with the
    /// candidate answers (a job end, weeks without contact) and such a contact is logged since; job ended when the signal's key names a job that has
    /// ended by that day (a key carries its job id as a part of its own: <c>supervisor_concern:{jobId}</c>,
    /// <c>no_response:supervisor:{jobId}</c>); otherwise the condition cleared.
    /// </summary>
    public static SignalResolution Of(StoredSignal signal, CandidateHistory history, DateOnly date)
    {
        Referral? referral = null;
        foreach (var r in history.Candidate.Referrals)
            if (r.ReferralDate <= date)
                referral = r;
        if (referral is null || referral.DischargeDate <= date)
            return SignalResolution.Discharged;
        if (ContactSince(signal.Facts) is { } since && history.Contacts.Any(c => c.WithCandidate && c.ContactedOn >= since && c.ContactedOn <= date))
            return SignalResolution.ContactLogged;
        var parts = signal.Key.Split(':');
        foreach (var job in history.Jobs)
            if (job.EndDate <= date && parts.AsSpan(1).Contains(job.Id))
                return SignalResolution.JobEnded;
        return SignalResolution.Cleared;
    }

    /// <summary>The first day a contact with the candidate answers the signal, for the signals a contact resolves.</summary>
    private static DateOnly? ContactSince(SignalFacts facts) => facts switch
    {
        JobEndedFacts f => f.Ended,
        NoContactFacts f => f.AfterContact ? f.Since.AddDays(1) : f.Since,
        _ => null,
    };

    /// <summary>The plan with each resolved signal's reason; a duplicate of a live signal resolves as cleared.</summary>
    public static ReconcilePlan WithReasons(ReconcilePlan plan, CandidateHistory history, DateOnly date) =>
        plan.ToResolve.Count == 0 ? plan
        : plan with { ToResolve = [.. plan.ToResolve.Select(s => s with { ResolvedBecause = Of(s, history, date) })] };
}
