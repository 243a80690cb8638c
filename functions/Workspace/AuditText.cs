using System.Globalization;
using IpsMonitor.Access;
using IpsMonitor.Platform;

namespace IpsMonitor.Workspace;

/// <summary>The audit page's words, one record per staff language.</summary>
public sealed record AuditText : ITextRecord
{
    public required string Lang { get; init; }
    public required CultureInfo Culture { get; init; }
    public required string Nav { get; init; }
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string Month { get; init; }
    public required string MonthHint { get; init; }
    public required string Candidate { get; init; }
    public required string CandidateHint { get; init; }
    public required string Show { get; init; }
    public required string Export { get; init; }
    public required string Rows { get; init; }
    public required string OneRow { get; init; }
    public required string When { get; init; }
    public required string Who { get; init; }
    public required string What { get; init; }
    public required string From { get; init; }
    public required string CandidateCount { get; init; }
    public required string BadMonth { get; init; }
    public required string BadCandidate { get; init; }
    public required string System { get; init; }
    public required string Respondent { get; init; }
    public required string Coordinator { get; init; }
    public required string Coach { get; init; }

    public static AuditText For(string lang) => Table.For(lang);

    /// <summary>The key's label and role; a key since deleted shows its role only.</summary>
    public string WhoLabel(AuditEntry e) => e.Role switch
    {
        "coordinator" or "coach" =>
            (e.KeyLabel is null ? "" : e.KeyLabel + " ") + "(" + (e.Role == "coach" ? Coach : Coordinator) + ")",
        "respondent" => Respondent,
        "system" => System,
        _ => e.Actor,
    };

    public static readonly AuditText Nl = new()
    {
        Lang = Languages.Dutch,
        Culture = Languages.Culture(Languages.Dutch),
        Nav = "Audit",
        Title = "Audit",
        Intro = "Wie welke gegevens bekeek of veranderde, wanneer (Nederlandse tijd) en vanaf welk adres.",
        Month = "Maand",
        MonthHint = "Bijvoorbeeld 2026-11. Leeg laten met een kandidaat: alle maanden.",
        Candidate = "Kandidaat",
        CandidateHint = "De code van de kandidaat (niet verplicht).",
        Show = "Tonen",
        Export = "Download als CSV",
        Rows = "{0} regels",
        OneRow = "1 regel",
        When = "Wanneer",
        Who = "Wie",
        What = "Wat",
        From = "Vanaf",
        CandidateCount = "{0} kandidaten",
        BadMonth = "Vul de maand in als jaar-maand, bijvoorbeeld 2026-11.",
        BadCandidate = "Een kandidaatcode heeft alleen letters, cijfers, - en _.",
        System = "systeem",
        Respondent = "kandidaat of werkgever (via link)",
        Coordinator = "coördinator",
        Coach = "jobcoach",
    };

    public static readonly AuditText En = new()
    {
        Lang = Languages.English,
        Culture = Languages.Culture(Languages.English),
        Nav = "Audit",
        Title = "Audit",
        Intro = "Who viewed or changed which data, when (Dutch time) and from which address.",
        Month = "Month",
        MonthHint = "For example 2026-11. Leave empty with a candidate: all months.",
        Candidate = "Candidate",
        CandidateHint = "The candidate's code (optional).",
        Show = "Show",
        Export = "Download as CSV",
        Rows = "{0} rows",
        OneRow = "1 row",
        When = "When",
        Who = "Who",
        What = "What",
        From = "From",
        CandidateCount = "{0} candidates",
        BadMonth = "Enter the month as year-month, for example 2026-11.",
        BadCandidate = "A candidate code has only letters, digits, - and _.",
        System = "system",
        Respondent = "candidate or supervisor (via link)",
        Coordinator = "coordinator",
        Coach = "job coach",
    };

    // After the records it lists: static fields are set in the order they are written.
    internal static readonly TextTable<AuditText> Table = new(Languages.Staff, Nl, En);
}
