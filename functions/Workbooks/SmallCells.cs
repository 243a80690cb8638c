namespace IpsMonitor.Workbooks;

/// <summary>
/// The small-cell rule for workbooks shared outside the team. A count of 1 to 4 could point to a person, so it is hidden
/// (primary suppression), and so is every other count that would give a hidden one back through an identity the workbook
/// states: a total, a difference, a flow, a sum over categories (secondary suppression, <see cref="SecondarySuppression"/>).
/// Both kinds show the same mark, so a reader cannot tell which cells are small. Zero reveals nobody and stays.
/// </summary>
internal static class SmallCells
{
    public const string Name = "Kleine aantallen (externe versie)";
    public const string RuleVersion = "v3";

    /// <summary>"Geheim", as in the tables of Statistics Netherlands: one mark for every hidden cell, small or not.</summary>
    public const string Mark = "x";

    public const int Threshold = 5;

    /// <summary>Means and medians are published outside the team only over at least this many observations.</summary>
    public const int MeanMinimum = 10;

    public const string RuleText =
        "In de externe versie staat 'x' (geheim) op de plaats van elk aantal van 1 tot en met 4. Ook een ander aantal staat er "
        + "als 'x' wanneer een verborgen aantal anders terug te rekenen is uit een totaal, een verschil (bijvoorbeeld "
        + "aanmeldingen min aanmeldingen met werk, of noemer min teller), een som over categorieën (soort plaatsing, sector, "
        + "begeleider) of de stroom van signalen (open einde = open begin + geopend − opgelost): dan wordt telkens het kleinste "
        + "zichtbare aantal in die samenhang ook verborgen, tot geen enkel klein aantal meer vastligt. Een 'x' zegt dus niet "
        + "of het aantal klein is. Een percentage, benchmark of verschil staat als 'x' als een van de aantallen waarop het "
        + "berust verborgen is of van 1 tot en met 4 is. Een percentage staat er alleen als noemer, teller en "
            + "complement (noemer min teller) elk minstens 5 zijn, en afgerond op hele procenten: zo geeft "
            + "percentage × noemer nooit een klein aantal terug, en zegt het nooit dat alle of geen van een "
            + "kleine groep iets deden. Begeleiders staan er als 'Begeleider 1…n' in de volgorde van hun code, "
            + "nooit met hun code. De lopende plaatsingen van het vorige kwartaal (zoals de externe versie van "
            + "dat kwartaal ze publiceerde) en de starts en beëindigingen van dit kwartaal vormen een "
            + "voorraad-en-stroomregel (lopend einde = lopend vorig einde + gestart − beëindigd, per soort "
            + "plaatsing); ook die doet mee. Gemiddelden en medianen staan er alleen bij minstens 10 "
        + "waarnemingen, afgerond op één decimaal. Nul wordt wel getoond. De externe versie toont alleen dit kwartaal (de "
        + "vorige staat in de eigen externe versie van dat kwartaal) en heeft geen blad Kandidaten.";

    public static bool IsSmall(int count) => count is > 0 and < Threshold;

    /// <summary>A share outside the team needs a denominator, a numerator and a complement of at least the threshold.</summary>
    public static bool ConcealsShare(Ratio ratio) =>
        ratio.Denominator > 0 && (ratio.Denominator < Threshold || ratio.Numerator < Threshold || ratio.Denominator - ratio.Numerator < Threshold);

    public static double? Round(double? value) => value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero) : null;

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
