using Azure.Data.Tables;

namespace IpsMonitor.Caseload;

/// <summary>Maps candidates and jobs to table rows and back; lists go in JSON columns because they are read whole.</summary>
internal static class CandidateRows
{
    public static TableEntity ToRow(Candidate c, string? email) => new(c.ProgrammeId, c.Id)
    {
        ["CoachId"] = c.CoachId,
        ["LocalReference"] = c.LocalReference,
        ["Language"] = c.Language,
        ["Email"] = email,
        ["Referrals"] = Json.Write(c.Referrals),
        ["Cadence"] = c.Cadence is null ? null : Json.Write(c.Cadence),
        ["Education"] = c.Education.Count == 0 ? null : Json.Write(c.Education),
    };

    /// <summary>
    /// What the quarterly figures read of a candidate (<see cref="ToCandidate"/> reads such a row as it is): no e-mail,
    /// local reference or cadence. A build reads every candidate, so what it leaves out it never holds.
    /// </summary>
    public static readonly string[] FigureColumns = ["PartitionKey", "RowKey", "CoachId", "Language", "Referrals", "Education"];

    /// <summary>
    /// What the quarterly figures read of a job (see <see cref="ToFigureJob"/>): dates, hours, kind, sector, ending, trial,
    /// and for the loop figures the adjustments and the recorded driegesprekken.
    /// </summary>
    public static readonly string[] JobFigureColumns =
    [
        "RowKey", "Sector", "StartDate", "ContractHours", "Competitive", "Kind", "FourPaidHoursConfirmed", "TrialDecision",
        "TrialDecisionDate", "EndDate", "EndReason", "EndReasonNote", "HoursHistory", "Adjustments",
        .. Enumerable.Range(0, FigureTalkColumns).Select(TalkColumn),
    ];

    /// <summary>
    /// The talk columns the figures read: the quarter's loop figures need the recorded driegesprekken and the adjustments'
    /// review history, the largest values of a job. Ten columns hold 300,000 characters of talks, far beyond a job's years.
    /// </summary>
    private const int FigureTalkColumns = 10;

    public static Candidate ToCandidate(TableEntity row) => new(
        row.RowKey, row.PartitionKey, row.GetString("CoachId"), row.GetString("LocalReference"), row.GetString("Language"),
        Json.Read<List<Referral>>(row.GetString("Referrals")))
    {
        Cadence = row.GetString("Cadence") is { } cadence ? Json.Read<Cadence>(cadence) : null,
        Education = row.GetString("Education") is { } education ? Json.Read<List<Education>>(education) : [],
    };

    public static TableEntity ToRow(string programmeId, Job j) => new TableEntity(programmeId, JobKey(j.CandidateId, j.Id))
    {
        ["Employer"] = j.Employer,
        ["JobTitle"] = j.JobTitle,
        ["Sector"] = j.Sector,
        ["StartDate"] = j.StartDate.ToString("O"),
        ["ContractHours"] = (double)j.ContractHoursPerWeek,
        ["Competitive"] = j.Competitive,
        ["Kind"] = j.Kind.ToString(),
        ["FourPaidHoursConfirmed"] = j.FourPaidHoursConfirmed,
        ["TrialEndDate"] = j.TrialEndDate?.ToString("O"),
        ["TrialGoals"] = j.TrialGoals,
        ["TrialDecision"] = j.TrialDecision,
        ["EndDate"] = j.EndDate?.ToString("O"),
        ["EndReason"] = j.EndReason,
        ["EndReasonNote"] = j.EndReasonNote,
        ["TrialDecisionDate"] = j.TrialDecisionDate?.ToString("O"),
        ["Adjustments"] = Json.Write(j.Adjustments),
        ["Disclosure"] = j.Disclosure.ToString(),
        ["Supervisor"] = Json.Write(j.Supervisor),
        ["HoursHistory"] = j.HoursHistory.Count == 0 ? null : Json.Write(j.HoursHistory),
    }.WithTalks(j.Driegesprekken);

    /// <summary>
    /// A table text column holds at most 32K characters, and the recorded talks of a long job can pass that: their JSON
    /// is split over numbered columns (Driegesprekken, Driegesprekken1, …), read back joined. A job without talks has none.
    /// </summary>
    private const int TalkColumnChars = 30_000;

    private static TableEntity WithTalks(this TableEntity row, IReadOnlyList<Driegesprek> talks)
    {
        if (talks.Count == 0)
            return row;
        var json = Json.Write(talks);
        for (int i = 0, at = 0; at < json.Length; i++, at += TalkColumnChars)
            row[TalkColumn(i)] = json.Substring(at, Math.Min(TalkColumnChars, json.Length - at));
        return row;
    }

    private static List<Driegesprek> Talks(TableEntity row)
    {
        if (row.GetString(TalkColumn(0)) is not { } first)
            return [];
        var json = new System.Text.StringBuilder(first);
        for (var i = 1; row.GetString(TalkColumn(i)) is { } next; i++)
            json.Append(next);
        return Json.Read<List<Driegesprek>>(json.ToString());
    }

    private static string TalkColumn(int i) => i == 0 ? "Driegesprekken" : "Driegesprekken" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static Job ToJob(TableEntity row) => ReadJob(row, whole: true);

    /// <summary>
    /// A job read from its <see cref="JobFigureColumns"/> only: employer, title, trial goals, openheid and supervisor are
    /// left empty (the figures never read them), so neither their size nor their faults reach a build.
    /// </summary>
    public static Job ToFigureJob(TableEntity row) => ReadJob(row, whole: false);

    private static Job ReadJob(TableEntity row, bool whole) => new(
        Id: row.RowKey[(row.RowKey.IndexOf('|', StringComparison.Ordinal) + 1)..],
        CandidateId: row.RowKey[..row.RowKey.IndexOf('|', StringComparison.Ordinal)],
        Employer: whole ? row.GetString("Employer") : "",
        JobTitle: whole ? row.GetString("JobTitle") : "",
        Sector: row.GetString("Sector"),
        StartDate: DateOnly.Parse(row.GetString("StartDate"), System.Globalization.CultureInfo.InvariantCulture),
        ContractHoursPerWeek: (decimal)(row.GetDouble("ContractHours") ?? 0),
        Competitive: row.GetBoolean("Competitive") ?? false,
        Kind: Enum.Parse<PlacementKind>(row.GetString("Kind")),
        FourPaidHoursConfirmed: row.GetBoolean("FourPaidHoursConfirmed") ?? false,
        TrialEndDate: whole ? Date(row.GetString("TrialEndDate")) : null,
        TrialGoals: whole ? row.GetString("TrialGoals") : null,
        TrialDecision: row.GetString("TrialDecision"),
        EndDate: Date(row.GetString("EndDate")),
        EndReason: row.GetString("EndReason"),
        Adjustments: whole || row.GetString("Adjustments") is not null
            ? AdjustmentIds.Identified(Json.Read<List<Adjustment>>(row.GetString("Adjustments"))) : [],
        Disclosure: whole ? Enum.Parse<Disclosure>(row.GetString("Disclosure")) : Disclosure.None,
        Supervisor: whole ? Json.Read<SupervisorContact>(row.GetString("Supervisor")) : SupervisorContact.None)
    {
        HoursHistory = row.GetString("HoursHistory") is { } history ? Json.Read<List<HoursChange>>(history) : [],
        EndReasonNote = row.GetString("EndReasonNote"),
        TrialDecisionDate = Date(row.GetString("TrialDecisionDate")),
        Driegesprekken = Talks(row),
    };

    /// <summary>Rows of one candidate sort together under their id, so a candidate's history is one range query.</summary>
    public static string JobKey(string candidateId, string jobId) => $"{candidateId}|{jobId}";

    public static string CandidateRange(string programmeId, string candidateId) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {programmeId} and RowKey gt {candidateId + "|"} and RowKey lt {candidateId + "}"}");

    private static DateOnly? Date(string? value) =>
        value is null ? null : DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
