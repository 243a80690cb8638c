namespace IpsMonitor.Fidelity;

/// <summary>The three parts of the scale, in the order a review goes through them.</summary>
public enum FidelityGroup
{
    Staffing,
    Services,
    Organisation,
}

/// <summary>
/// One item of the scale. Items with an education variant are scored twice: "a" for work (IPS-A) and "b" for education
/// (IPS-O); every other item has one score that counts in both totals.
/// </summary>
internal sealed record FidelityItem(int Number, FidelityGroup Group, bool HasEducationVariant)
{
    public string Key => Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The score that counts in the IPS-A total.</summary>
    public string WorkCode => HasEducationVariant ? Key + "a" : Key;

    /// <summary>The score that counts in the IPS-O total.</summary>
    public string EducationCode => HasEducationVariant ? Key + "b" : Key;

    public IEnumerable<string> Codes => HasEducationVariant ? [WorkCode, EducationCode] : [Key];
}

/// <summary>
/// The 25-item IPS fidelity scale, numbered and grouped as the Belgian IPS-A/IPS-O scale and issue 20 cite it: staffing
/// 1–3, services 4–17, organisation 18–25; item 5 (rapid search) and item 9 (diversity of types) have a work and an
/// education variant. Every item is scored 1–5, so a total runs from 25 to 125; the wording lives in
/// <see cref="FidelityText"/>, one record per staff language.
/// </summary>
internal static class FidelityScale
{
    public const int MinScore = 1;
    public const int MaxScore = 5;

    /// <summary>The items the product's own data can inform (caseload size, competitive jobs).</summary>
    public const int CaseloadItem = 1;
    public const int CompetitiveItem = 11;

    public static readonly IReadOnlyList<FidelityItem> Items =
    [
        .. Enumerable.Range(1, 25).Select(n => new FidelityItem(n, n switch
        {
            <= 3 => FidelityGroup.Staffing,
            <= 17 => FidelityGroup.Services,
            _ => FidelityGroup.Organisation,
        }, n is 5 or 9)),
    ];

    /// <summary>Every score a review holds, in the order of the scale.</summary>
    public static readonly IReadOnlyList<string> Codes = [.. Items.SelectMany(i => i.Codes)];

    /// <summary>The education scores: a team without IPS-O leaves them empty and gets no IPS-O total.</summary>
    public static readonly IReadOnlyList<string> EducationOnly =
        [.. Items.Where(i => i.HasEducationVariant).Select(i => i.EducationCode)];

    public static int? IpsATotal(IReadOnlyDictionary<string, FidelityScore> scores) => Total(scores, i => i.WorkCode);

    public static int? IpsOTotal(IReadOnlyDictionary<string, FidelityScore> scores) => Total(scores, i => i.EducationCode);

    /// <summary>
    /// The scale's reading of a total: 115–125 exemplary, 100–114 good, 74–99 fair, 73 or lower is not IPS.
    /// </summary>
    public static FidelityLevel Level(int total) => total switch
    {
        >= 115 => FidelityLevel.Exemplary,
        >= 100 => FidelityLevel.Good,
        >= 74 => FidelityLevel.Fair,
        _ => FidelityLevel.NotIps,
    };

    private static int? Total(IReadOnlyDictionary<string, FidelityScore> scores, Func<FidelityItem, string> code)
    {
        var total = 0;
        foreach (var item in Items)
        {
            if (!scores.TryGetValue(code(item), out var score))
                return null;
            total += score.Score;
        }
        return total;
    }
}

/// <summary>How the scale reads a total.</summary>
public enum FidelityLevel
{
    NotIps,
    Fair,
    Good,
    Exemplary,
}
