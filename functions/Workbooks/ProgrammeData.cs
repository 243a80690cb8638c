using IpsMonitor.Signals;

namespace IpsMonitor.Workbooks;

/// <summary>
/// Everything one programme's quarterly figures are computed from, as loaded by the caller. Records of another programme
/// or of a candidate not in Candidates (erased, say) are ignored, so a loose query can never leak into the workbook.
/// </summary>
internal sealed record ProgrammeData(
    string ProgrammeId,
    IReadOnlyList<Coach> Coaches,
    IReadOnlyList<Candidate> Candidates,
    IReadOnlyList<Job> Jobs,
    IReadOnlyList<Invitation> Invitations,
    IReadOnlyList<SignalHistory> Signals)
{
    /// <summary>The signal rule set version in force, stated on the Definitions sheet; the signal history does not carry it.</summary>
    public string? SignalRuleVersion { get; init; }

    /// <summary>Stored rows left out because they could not be read or broke the stored-record rules; reported with the build.</summary>
    public IReadOnlyList<SkippedRow> SkippedRows { get; init; } = [];

    /// <summary>The coach's logged contacts, day and candidate only: of the quarter and the one before when read for a quarter.</summary>
    public IReadOnlyList<LoggedContact> Contacts { get; init; } = [];

    /// <summary>The candidates' development goals from "Mijn ontwikkeling": state and days only.</summary>
    public IReadOnlyList<GoalFact> Goals { get; init; } = [];
}
