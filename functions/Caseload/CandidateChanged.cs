namespace IpsMonitor.Caseload;

/// <summary>The message on candidate-changed: a job, consent, referral or discharge changed, so signals are recomputed.</summary>
public sealed record CandidateChanged(string ProgrammeId, string CandidateId, string Reason);
