namespace IpsMonitor.Signals;

/// <summary>
/// A signal as coaches and coordinators see it: advice with its reasons, never shown to candidates or supervisors. The
/// explanation comes in Dutch and English, made from the signal's facts by <see cref="SignalText"/> (the API's shape).
/// ResolvedBecause says why a resolved signal resolved (the job ended, the candidate was discharged, the condition cleared).
/// </summary>
public sealed record SignalDto(
    string Id, string CandidateId, string CoachId, string Type, SignalSeverity Severity, string ExplanationNl,
    string ExplanationEn, IReadOnlyList<Evidence> Evidence, string RuleVersion, DateTimeOffset OpenedAt,
    DateTimeOffset? ResolvedAt, DateTimeOffset? AcknowledgedAt, string? AcknowledgedBy, string? AcknowledgementNote,
    IReadOnlyList<Acknowledgement> Acknowledgements, SignalResolution? ResolvedBecause);

public sealed record AcknowledgeRequest([property: MultiLine] string? Note);

internal static class SignalDtos
{
    public static SignalDto AsDto(this StoredSignal s, string coachId) =>
        new(s.Id, s.CandidateId, coachId, s.Type, s.Severity, s.Explanation(Languages.Dutch), s.Explanation(Languages.English),
            s.Evidence, s.RuleVersion, s.OpenedAt, s.ResolvedAt, s.AcknowledgedAt, s.AcknowledgedBy, s.AcknowledgementNote,
            s.Acknowledgements, s.ResolvedBecause);
}
