namespace IpsMonitor.Signals;

/// <summary>
/// Consecutive missed check-ins, counted per respondent in schedule order back from the latest closed one; an answer ends
/// the run. The candidate is counted over the whole referral. A supervisor is counted per open job, since each job has its
/// own supervisor, and a job that ended asks nothing more of its supervisor.
/// </summary>
internal static class NoResponseRule
{
    public static void Evaluate(SignalContext context, List<SignalFinding> findings)
    {
        Count(context, Respondent.Candidate, null, findings);
        foreach (var job in context.Jobs)
            // Without consent the coach must not reach out to the supervisor, so their silence is no signal.
            if (context.IsRunning(job) && job.Supervisor.Consent)
                Count(context, Respondent.Supervisor, job.Id, findings);
    }

    private static void Count(SignalContext context, Respondent respondent, string? jobId, List<SignalFinding> findings)
    {
        var closed = context.Closed;
        var missed = 0;
        var oldest = -1;
        for (var i = closed.Count - 1; i >= 0; i--)
        {
            var invitation = closed[i];
            if (invitation.Respondent != respondent || (jobId is not null && invitation.JobId != jobId))
                continue;
            if (invitation.State != InvitationState.Missed)
                break;
            missed++;
            oldest = i;
        }
        var rules = context.Rules;
        if (missed < rules.NoResponseMissed)
            return;

        var who = respondent == Respondent.Candidate ? "candidate" : "supervisor";
        var evidence = new List<Evidence>(missed);
        for (var i = oldest; i < closed.Count; i++)
        {
            var invitation = closed[i];
            if (invitation.Respondent == respondent && (jobId is null || invitation.JobId == jobId))
                evidence.Add(new Evidence(invitation.Id, invitation.DueDate, EvidenceItems.Missed, who));
        }
        var since = closed[oldest].DueDate;
        var severity = missed >= rules.NoResponseUrgentMissed ? SignalSeverity.Urgent : SignalSeverity.Attention;
        var key = jobId is null ? $"{SignalTypes.NoResponse}:{who}" : $"{SignalTypes.NoResponse}:{who}:{jobId}";
        var facts = new NoResponseFacts(respondent, missed, since);
        findings.Add(new SignalFinding(SignalTypes.NoResponse, severity, key, facts, evidence, SignalRules.RuleVersion));
    }
}
