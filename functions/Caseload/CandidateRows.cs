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

    public static Candidate ToCandidate(TableEntity row) => new(
        row.RowKey, row.PartitionKey, row.GetString("CoachId"), row.GetString("LocalReference"), row.GetString("Language"),
        Json.Read<List<Referral>>(row.GetString("Referrals")))
    {
        Cadence = row.GetString("Cadence") is { } cadence ? Json.Read<Cadence>(cadence) : null,
        Education = row.GetString("Education") is { } education ? Json.Read<List<Education>>(education) : [],
    };

    public static TableEntity ToRow(string programmeId, Job j) => new(programmeId, JobKey(j.CandidateId, j.Id))
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
    };

    public static Job ToJob(TableEntity row) => new(
        Id: row.RowKey[(row.RowKey.IndexOf('|', StringComparison.Ordinal) + 1)..],
        CandidateId: row.RowKey[..row.RowKey.IndexOf('|', StringComparison.Ordinal)],
        Employer: row.GetString("Employer"),
        JobTitle: row.GetString("JobTitle"),
        Sector: row.GetString("Sector"),
        StartDate: DateOnly.Parse(row.GetString("StartDate"), System.Globalization.CultureInfo.InvariantCulture),
        ContractHoursPerWeek: (decimal)(row.GetDouble("ContractHours") ?? 0),
        Competitive: row.GetBoolean("Competitive") ?? false,
        Kind: Enum.Parse<PlacementKind>(row.GetString("Kind")),
        FourPaidHoursConfirmed: row.GetBoolean("FourPaidHoursConfirmed") ?? false,
        TrialEndDate: Date(row.GetString("TrialEndDate")),
        TrialGoals: row.GetString("TrialGoals"),
        TrialDecision: row.GetString("TrialDecision"),
        EndDate: Date(row.GetString("EndDate")),
        EndReason: row.GetString("EndReason"),
        Adjustments: AdjustmentIds.Identified(Json.Read<List<Adjustment>>(row.GetString("Adjustments"))),
        Disclosure: Enum.Parse<Disclosure>(row.GetString("Disclosure")),
        Supervisor: Json.Read<SupervisorContact>(row.GetString("Supervisor")))
    {
        HoursHistory = row.GetString("HoursHistory") is { } history ? Json.Read<List<HoursChange>>(history) : [],
        EndReasonNote = row.GetString("EndReasonNote"),
        TrialDecisionDate = Date(row.GetString("TrialDecisionDate")),
    };

    /// <summary>Rows of one candidate sort together under their id, so a candidate's history is one range query.</summary>
    public static string JobKey(string candidateId, string jobId) => $"{candidateId}|{jobId}";

    public static string CandidateRange(string programmeId, string candidateId) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {programmeId} and RowKey gt {candidateId + "|"} and RowKey lt {candidateId + "}"}");

    private static DateOnly? Date(string? value) =>
        value is null ? null : DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
