namespace IpsMonitor.Fidelity;

/// <summary>One item's score (1–5) with the reviewers' note.</summary>
public sealed record FidelityScore(int Score, string? Note);

/// <summary>
/// A fidelity review as the reviewers scored it: the date of the visit, who reviewed, a score per item (by code, see
/// <see cref="FidelityScale.Codes"/>) and the action points. The totals are computed from the scores, never typed.
/// </summary>
internal sealed record FidelityReview(
    string Id,
    string ProgrammeId,
    DateOnly Date,
    string Reviewers,
    IReadOnlyDictionary<string, FidelityScore> Scores,
    string? ActionPoints,
    DateTimeOffset RecordedAt,
    string RecordedBy)
{
    public int? IpsATotal => FidelityScale.IpsATotal(Scores);

    /// <summary>Null when the education variants were left empty: the team is not reviewed as IPS-O.</summary>
    public int? IpsOTotal => FidelityScale.IpsOTotal(Scores);
}

/// <summary>What the form (or a client) sends: a score and a note per code, by the codes of the scale.</summary>
internal sealed record FidelityReviewRequest(
    DateOnly? Date,
    string? Reviewers,
    IReadOnlyDictionary<string, int?> Scores,
    IReadOnlyDictionary<string, string?> Notes,
    string? ActionPoints);
