namespace IpsMonitor.Signals;

/// <summary>
/// Everything the signal rules read about one candidate: the candidate with their referrals, all their jobs and all their
/// invitations (any state). The evaluator itself ignores whatever lies after the evaluation date.
/// </summary>
public sealed record CandidateHistory(Candidate Candidate, IReadOnlyList<Job> Jobs, IReadOnlyList<Invitation> Invitations)
{
    /// <summary>
    /// The coach's latest logged contacts in which the candidate took part (the recompute reads a few, newest first; see
    /// ContactStore.ForSignals): the timeline rules need only the latest on or before the evaluated day.
    /// </summary>
    public IReadOnlyList<Contact> Contacts { get; init; } = [];
}
