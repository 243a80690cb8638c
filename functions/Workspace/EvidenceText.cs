using System.Globalization;
using IpsMonitor.Platform;

namespace IpsMonitor.Workspace;

/// <summary>
/// The words a signal's evidence is read in on the staff pages, one record per staff language: the answers by who gave
/// them, the job by employer and title, the adjustment by its name. Ids, item codes and the rule version are only named
/// under the technical details.
/// </summary>
public sealed record EvidenceText : ITextRecord
{
    public required string Lang { get; init; }
    public CultureInfo Culture => Languages.Culture(Lang);

    /// <summary>Names of the answered items as they read after "gaf", without article, by questionnaire item id.</summary>
    public required IReadOnlyDictionary<string, string> Items { get; init; }
    /// <summary>{0} item, {1} the values with their dates: "Kandidaat gaf werkvermogen 7 (3 dec)".</summary>
    public required string CandidateGave { get; init; }
    /// <summary>{0} item, {1} the values with their dates, when the candidate gave none.</summary>
    public required string SupervisorGave { get; init; }
    /// <summary>{0} the supervisor's values, after the candidate's: ", leidinggevende 3 (3 dec)".</summary>
    public required string SupervisorToo { get; init; }
    /// <summary>{0} value, {1} date.</summary>
    public required string ValueOn { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    /// <summary>{0} hours per week.</summary>
    public required string Hours { get; init; }
    /// <summary>{0} the mean of the earlier answers a change was measured from.</summary>
    public required string Baseline { get; init; }
    /// <summary>{0} referral date.</summary>
    public required string Referral { get; init; }
    /// <summary>{0} the job, {1} start date.</summary>
    public required string JobStarted { get; init; }
    /// <summary>{0} the job, {1} end date.</summary>
    public required string JobEnded { get; init; }
    /// <summary>{0} end date, when the job is no longer known.</summary>
    public required string SomeJobEnded { get; init; }
    /// <summary>{0} the job, {1} agreed end of the trial.</summary>
    public required string TrialEnded { get; init; }
    /// <summary>{0} job title, {1} employer.</summary>
    public required string Job { get; init; }
    /// <summary>What a job no longer known (erased, or from before) is called.</summary>
    public required string UnknownJob { get; init; }
    /// <summary>{0} the adjustment, {1} its review date: "Extra pauzes, evaluatie gepland 15 nov".</summary>
    public required string AdjustmentReview { get; init; }
    /// <summary>{0} the due dates joined.</summary>
    public required string MissedCandidate { get; init; }
    /// <summary>{0} the due dates joined.</summary>
    public required string MissedSupervisor { get; init; }
    public required string And { get; init; }
    public required string TechnicalDetails { get; init; }
    /// <summary>{0} the rule version.</summary>
    public required string RuleVersion { get; init; }
    /// <summary>{0} the signal's id.</summary>
    public required string SignalId { get; init; }
    /// <summary>{0} the check-in's id.</summary>
    public required string CheckInId { get; init; }

    public static EvidenceText For(string? lang) => Table.For(lang);

    internal static readonly TextTable<EvidenceText> Table = TextTable<EvidenceText>.Load(Languages.Staff);
}
