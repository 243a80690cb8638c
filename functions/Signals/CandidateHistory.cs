namespace IpsMonitor.Signals;

/// <summary>
/// Everything the signal rules read about one candidate: the candidate with their referrals, all their jobs and all their
/// invitations (any state). The evaluator itself ignores whatever lies after the evaluation date.
/// </summary>
public sealed record CandidateHistory(Candidate Candidate, IReadOnlyList<Job> Jobs, IReadOnlyList<Invitation> Invitations);
