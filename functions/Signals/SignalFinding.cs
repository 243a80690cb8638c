namespace IpsMonitor.Signals;

/// <summary>How soon a coach should look: at the next contact, soon, or now.</summary>
public enum SignalSeverity
{
    Info,
    Attention,
    Urgent,
}

/// <summary>
/// One condition that holds for a candidate on the evaluation date: advice for the coach, never a verdict on the person.
/// Key identifies the condition (for example "hours_gap:job-1" or "timeline_job_ended_contact:job-1"), so a store can tell
/// "the same condition is still open" from "a new condition". Facts hold what the explanation says, in no language:
/// <see cref="SignalText"/> writes the sentence when it is shown.
/// </summary>
public sealed record SignalFinding(
    string Type,
    SignalSeverity Severity,
    string Key,
    SignalFacts Facts,
    IReadOnlyList<Evidence> Evidence,
    string RuleVersion);

/// <summary>
/// One fact a finding rests on: an answer (with its check-in id) or a recorded date such as a job end (no check-in id).
/// Value is the answer as recorded, numbers in invariant culture; yes/no items are 1 or 0.
/// </summary>
public sealed record Evidence(string? InvitationId, DateOnly Date, string ItemId, string Value);
