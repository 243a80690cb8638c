namespace IpsMonitor.Workbooks;

/// <summary>
/// The one small-cell suppression rule for workbooks shared outside the team: a count of 1 to 4, and anything computed
/// from one, could point to a person, so it is shown only as "&lt;5". Zero reveals nobody and stays.
/// </summary>
internal static class SmallCells
{
    public const string Name = "Kleine aantallen (externe versie)";
    public const string RuleVersion = "v1";
    public const string Mark = "<5";
    public const int Threshold = 5;

    public const string RuleText =
        "In de externe versie staat elk aantal van 1 tot en met 4 als '<5', en ook elk percentage, gemiddelde of mediaan "
        + "dat op zo'n aantal berust (teller, noemer of aantal waarnemingen van 1 tot en met 4), en de verandering van zo'n "
        + "gemiddelde. Nul wordt wel getoond. Het blad Kandidaten ontbreekt in de externe versie.";

    public static bool IsSmall(int count) => count is > 0 and < Threshold;

    public static bool Conceals(WorkbookVariant variant, params ReadOnlySpan<int> counts)
    {
        if (variant != WorkbookVariant.Extern)
            return false;
        foreach (var count in counts)
            if (IsSmall(count))
                return true;
        return false;
    }
}
