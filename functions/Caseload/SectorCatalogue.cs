namespace IpsMonitor.Caseload;

/// <summary>One choice of the sector catalogue: its code as the API takes it and its Dutch name.</summary>
public sealed record Sector(string Code, string Name)
{
    /// <summary>How workbooks show it: the code with the name ("G Groot- en detailhandel; …"), or only the name of "anders".</summary>
    public string Label => Code == SectorCatalogue.OtherCode ? Name : $"{Code} {Name}";
}

/// <summary>
/// The sector of a job: one of the 21 top-level sections (A–U) of the Dutch Standaard Bedrijfsindeling (SBI 2008, CBS),
/// or "anders". A fixed list, so no employer name or other free text reaches a workbook shared outside the team.
/// </summary>
public static class SectorCatalogue
{
    public const string OtherCode = "anders";

    public static readonly IReadOnlyList<Sector> All =
    [
        new("A", "Landbouw, bosbouw en visserij"),
        new("B", "Delfstoffenwinning"),
        new("C", "Industrie"),
        new("D", "Energievoorziening"),
        new("E", "Winning en distributie van water; afval- en afvalwaterbeheer en sanering"),
        new("F", "Bouwnijverheid"),
        new("G", "Groot- en detailhandel; reparatie van auto's"),
        new("H", "Vervoer en opslag"),
        new("I", "Logies-, maaltijd- en drankverstrekking"),
        new("J", "Informatie en communicatie"),
        new("K", "Financiële instellingen"),
        new("L", "Verhuur van en handel in onroerend goed"),
        new("M", "Advisering, onderzoek en overige specialistische zakelijke dienstverlening"),
        new("N", "Verhuur van roerende goederen en overige zakelijke dienstverlening"),
        new("O", "Openbaar bestuur, overheidsdiensten en verplichte sociale verzekeringen"),
        new("P", "Onderwijs"),
        new("Q", "Gezondheids- en welzijnszorg"),
        new("R", "Cultuur, sport en recreatie"),
        new("S", "Overige dienstverlening"),
        new("T", "Huishoudens als werkgever; niet-gedifferentieerde productie van goederen en diensten door huishoudens voor eigen gebruik"),
        new("U", "Extraterritoriale organisaties en lichamen"),
        new(OtherCode, "Anders"),
    ];

    private static readonly Dictionary<string, Sector> ByCode = All.ToDictionary(s => s.Code, StringComparer.Ordinal);

    /// <summary>The catalogue entry of an exact code ("G", "anders"); null for anything else, such as free text stored before the catalogue.</summary>
    public static Sector? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var sector) ? sector : null;

    /// <summary>The catalogue entry for a stored sector: free text of before the catalogue is "anders".</summary>
    public static Sector Classify(string? stored) => Find(stored) ?? ByCode[OtherCode];

    /// <summary>The allowed values in words a client developer can act on, for a problem detail.</summary>
    public static string Allowed { get; } =
        "The sector is one of the SBI sections A to U or 'anders': " + string.Join(", ", All.Select(s => $"{s.Code} ({s.Name})")) + ".";
}
