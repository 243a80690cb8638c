namespace IpsMonitor.Signals;

/// <summary>
/// A signal as kept for the coach: one condition from the moment it opened until it resolved. A resolved signal is history
/// and never changes again; the same condition returning later is a new signal with its own id. Its explanation is made
/// from Facts in the reader's language (<see cref="SignalText"/>); a row stored before facts has RecordedSentences.
/// </summary>
public sealed record StoredSignal(
    string Id,
    string CandidateId,
    string Key,
    string Type,
    SignalSeverity Severity,
    string RuleVersion,
    SignalFacts Facts,
    IReadOnlyList<Evidence> Evidence,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy,
    string? AcknowledgementNote)
{
    public bool IsOpen => ResolvedAt is null;

    /// <summary>Why it resolved; null while open, and on rows resolved before the reason was kept.</summary>
    public SignalResolution? ResolvedBecause { get; init; }

    /// <summary>Every acknowledgement, oldest first: acknowledging again adds a note, it never overwrites the earlier one.</summary>
    public IReadOnlyList<Acknowledgement> Acknowledgements { get; init; } = [];
}

/// <summary>One acknowledgement of a signal by a coach or coordinator, with their note.</summary>
public sealed record Acknowledgement(DateTimeOffset At, string By, string? Note);

/// <summary>What a store must write to bring one candidate's signals in line with the latest findings, each list in key order.</summary>
public sealed record ReconcilePlan(
    IReadOnlyList<StoredSignal> ToOpen, IReadOnlyList<StoredSignal> ToUpdate, IReadOnlyList<StoredSignal> ToResolve)
{
    public bool IsEmpty => ToOpen.Count == 0 && ToUpdate.Count == 0 && ToResolve.Count == 0;
}
