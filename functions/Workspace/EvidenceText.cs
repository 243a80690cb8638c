namespace IpsMonitor.Workspace;

/// <summary>
/// The words a signal's evidence is read in on the staff pages, one record per staff language: the answers by who gave
/// them, the job by employer and title, the adjustment by its name. Ids, item codes and the rule version are only named
/// under the technical details. Templates are composite formats in the reader's culture.
/// </summary>
/// <param name="Items">Names of the answered items as they read after "gaf", without article, by questionnaire item id.</param>
/// <param name="CandidateGave">{0} item, {1} the values with their dates: "Kandidaat gaf werkvermogen 7 (3 dec)".</param>
/// <param name="SupervisorGave">{0} item, {1} the values with their dates, when the candidate gave none.</param>
/// <param name="SupervisorToo">{0} the supervisor's values, after the candidate's: ", leidinggevende 3 (3 dec)".</param>
/// <param name="ValueOn">{0} value, {1} date.</param>
/// <param name="Hours">{0} hours per week; <paramref name="OneHour"/> for exactly one.</param>
/// <param name="Baseline">{0} the mean of the earlier answers a change was measured from.</param>
/// <param name="Referral">{0} referral date.</param>
/// <param name="JobStarted">{0} the job, {1} start date; <paramref name="JobEnded"/> and
/// <paramref name="TrialEnded"/> likewise with the end date.</param>
/// <param name="SomeJobEnded">{0} end date, when the job is not named in the evidence.</param>
/// <param name="Job">{0} job title, {1} employer.</param>
/// <param name="UnknownJob">What a job no longer known (erased) is called.</param>
/// <param name="AdjustmentReview">{0} the adjustment, {1} its review date: "Extra pauzes, evaluatie gepland 15 nov".</param>
/// <param name="MissedCandidate">{0} the due dates joined; <paramref name="MissedSupervisor"/> likewise.</param>
/// <param name="SupervisorRaisedConcerns">{0} the day of the supervisor check-in that raised a concern to discuss;
/// <paramref name="SupervisorRaisedAdjustments"/> likewise for adjustments that no longer fit; <paramref
/// name="SupervisorRaisedAdjustment"/> with {1} the one adjustment it rated "no longer fits".</param>
/// <param name="UnknownAdjustment">What an adjustment no longer on its job (the job's list was replaced) is called.</param>
/// <param name="ContactLogged">{0} the day of the latest contact with the candidate that the coach logged.</param>
/// <param name="AgreementDue">{0} the agreement as agreed, {1} its due date.</param>
/// <param name="NextDriegesprekPlanned">{0} the day the next driegesprek was planned.</param>
/// <param name="RuleVersion">{0} the rule version; <paramref name="SignalId"/> and <paramref name="CheckInId"/>
/// likewise with the ids.</param>
public sealed record EvidenceText(
    string Lang, IReadOnlyDictionary<string, string> Items, string CandidateGave, string SupervisorGave, string SupervisorToo,
    string ValueOn, string Yes, string No, string Hours, string OneHour, string Baseline, string Referral, string JobStarted, string JobEnded,
    string SomeJobEnded, string TrialEnded, string Job, string UnknownJob, string AdjustmentReview, string MissedCandidate,
    string MissedSupervisor, string SupervisorRaisedConcerns, string SupervisorRaisedAdjustments, string SupervisorRaisedAdjustment,
    string UnknownAdjustment, string ContactLogged,
    string And, string TechnicalDetails, string RuleVersion, string SignalId, string CheckInId,
    string AgreementDue, string NextDriegesprekPlanned)
    : Platform.ITextRecord
{
    public System.Globalization.CultureInfo Culture => Platform.Languages.Culture(Lang);

    public static EvidenceText For(string? lang) => Table.For(lang);

    internal static readonly Platform.TextTable<EvidenceText> Table = Platform.TextTable<EvidenceText>.Load(Platform.Languages.Staff);
}
