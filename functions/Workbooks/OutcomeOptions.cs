using System.ComponentModel.DataAnnotations;

namespace IpsMonitor.Workbooks;

/// <summary>
/// The programme's outcome policy (settings under <c>Outcomes:</c>): whether a doelgroepbaan counts as competitive, and
/// the caseload norm per coach model. The defaults are the fidelity scale's: a doelgroepbaan is reserved for the target
/// register, so not open to anyone (item 11); caseload at most 20 for IPS-A, 25 for IPS-A+O, 35 for IPS-O (item 1).
/// </summary>
internal sealed class OutcomeOptions
{
    public bool DoelgroepbaanCompetitive { get; set; }

    [Range(1, 100)]
    public int CaseloadNormIpsA { get; set; } = CaseloadNorms.IpsADefault;

    [Range(1, 100)]
    public int CaseloadNormIpsAO { get; set; } = CaseloadNorms.IpsAODefault;

    [Range(1, 100)]
    public int CaseloadNormIpsO { get; set; } = CaseloadNorms.IpsODefault;

    /// <summary>The policy for one computation; today holds back milestones a quarter that has not ended has not reached.</summary>
    public OutcomePolicy Policy(DateOnly? today) =>
        new(DoelgroepbaanCompetitive, new CaseloadNorms(CaseloadNormIpsA, CaseloadNormIpsAO, CaseloadNormIpsO)) { Today = today };
}

/// <summary>What a computation needs of the outcome settings, as plain values: the metrics stay pure.</summary>
internal sealed record OutcomePolicy(bool DoelgroepbaanCompetitive, CaseloadNorms Norms)
{
    public static readonly OutcomePolicy Default = new(false, CaseloadNorms.Default);

    /// <summary>
    /// The day the figures are computed on (Amsterdam), or null for "after the quarter's end". A 13- or 26-week mark after
    /// this day has not been reached yet, so it is neither due nor sustained.
    /// </summary>
    public DateOnly? Today { get; init; }

    /// <summary>Competitive as fidelity item 11 means it, decided by the kind (see <see cref="CompetitiveCorrection"/>).</summary>
    public bool IsCompetitive(PlacementKind kind) => kind switch
    {
        PlacementKind.Regular => true,
        PlacementKind.Doelgroepbaan => DoelgroepbaanCompetitive,
        _ => false,
    };
}
