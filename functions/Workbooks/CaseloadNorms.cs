namespace IpsMonitor.Workbooks;

/// <summary>
/// The caseload norm per full-time coach by model, and the fidelity score band of item 1 (caseload size). The band table
/// is the scale's own, anchored at the model's norm N and compared with the caseload per full-time coach (caseload ÷ fte):
/// 5 up to N − 5, 4 from N − 4 to N, 3 from N + 1 to N + 5, 2 from N + 6 to N + 15, 1 from N + 16. For IPS-A+O (N = 25)
/// that is the published 20 or fewer, 21–25, 26–30, 31–40, 41 or more.
/// </summary>
internal sealed record CaseloadNorms(int IpsA, int IpsAO, int IpsO)
{
    public const int IpsADefault = 20;
    public const int IpsAODefault = 25;
    public const int IpsODefault = 35;

    public static readonly CaseloadNorms Default = new(IpsADefault, IpsAODefault, IpsODefault);

    public int For(CoachModel model) => model switch
    {
        CoachModel.IpsAO => IpsAO,
        CoachModel.IpsO => IpsO,
        _ => IpsA,
    };

    /// <summary>The score band 1–5 for a caseload per full-time coach against a norm; rounded up, as a part of a person is one more.</summary>
    public static int Band(double perFullTime, int norm)
    {
        var over = (int)Math.Ceiling(perFullTime - 1e-9) - norm;
        return over switch
        {
            <= -5 => 5,
            <= 0 => 4,
            <= 5 => 3,
            <= 15 => 2,
            _ => 1,
        };
    }

    public static string Label(CoachModel model) => model switch
    {
        CoachModel.IpsAO => "IPS-A+O",
        CoachModel.IpsO => "IPS-O",
        _ => "IPS-A",
    };

    /// <summary>The band table in words, for the Definitions sheet and the page.</summary>
    public string Table(CoachModel model)
    {
        var n = For(model);
        return $"{Label(model)} (norm {n}): 5 bij {n - 5} of minder, 4 bij {n - 4}–{n}, 3 bij {n + 1}–{n + 5}, "
            + $"2 bij {n + 6}–{n + 15}, 1 bij {n + 16} of meer";
    }
}
