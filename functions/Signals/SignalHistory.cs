namespace IpsMonitor.Signals;

/// <summary>A signal as the quarterly workbook reports it: which kind, how serious, when it opened and resolved.</summary>
public sealed record SignalHistory(string CandidateId, string CoachId, string Type, string Severity, DateTimeOffset OpenedAt, DateTimeOffset? ResolvedAt);
