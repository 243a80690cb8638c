using System.Globalization;

namespace IpsMonitor.Workspace;

/// <summary>
/// The words of the staff pages, Dutch by default and English: one record per language, its words in StaffText.nl.json
/// and StaffText.en.json. Labels of stored values (statuses, signal types, kinds) are looked up here, never shown raw;
/// a field without its own English error text shows the API's English message, which already reads as form help.
/// </summary>
public sealed partial record StaffText : ITextRecord
{
    public required string Lang { get; init; }
    public CultureInfo Culture => Languages.Culture(Lang);
    public required string SkipToContent { get; init; }
    public required string Navigation { get; init; }
    public required string CaseloadMine { get; init; }
    public required string CaseloadProgramme { get; init; }
    /// <summary>The language's own name, for the switch to it.</summary>
    public required string LanguageName { get; init; }
    public required string SignOut { get; init; }
    public required string Continue { get; init; }
    public required string FormExpiredTitle { get; init; }
    public required string FormExpired { get; init; }
    public required string FormSentTitle { get; init; }
    public required string FormSent { get; init; }
    public required string SignInTitle { get; init; }
    public required string SignInIntro { get; init; }
    public required string KeyLabel { get; init; }
    public required string KeyHint { get; init; }
    public required string SignIn { get; init; }
    public required string SignedOut { get; init; }

    /// <summary>On the sign-in page after a coordinator revoked the key they were signed in with.</summary>
    public required string OwnKeyRevoked { get; init; }
    public required string WrongKey { get; init; }
    public required string SessionGone { get; init; }
    public required string TooManyAttemptsTitle { get; init; }
    public required string TooManyAttempts { get; init; }

    /// <summary>An address longer than any real one, such as a whole text pasted into a search.</summary>
    public required string AddressTooLongTitle { get; init; }
    public required string AddressTooLong { get; init; }
    public required string NoAccessTitle { get; init; }
    public required string NoAccess { get; init; }
    public required string CoordinatorsOnly { get; init; }
    /// <summary>Said at the top of a page that left out stored rows it could not read ({0}: how many).</summary>
    public required string OneUnreadableRow { get; init; }
    public required string UnreadableRows { get; init; }
    public required string UnreadableRecordTitle { get; init; }
    public required string UnreadableRecord { get; init; }
    public required string UnreadableExport { get; init; }
    public required string Filters { get; init; }
    public required string Status { get; init; }
    public required string SignalType { get; init; }
    public required string AnySignal { get; init; }
    public required string Coach { get; init; }
    public required string AllCoaches { get; init; }
    public required string Filter { get; init; }
    public required string CandidatesShown { get; init; }
    public required string NoCandidates { get; init; }
    public required string CaseloadCaption { get; init; }
    public required string Candidate { get; init; }
    public required string CurrentJob { get; init; }
    public required string LastCheckIn { get; init; }
    public required string NextCheckIn { get; init; }
    public required string OpenSignals { get; init; }
    public required string NoOpenSignals { get; init; }
    public required string CandidateTitle { get; init; }
    public required string BackToCaseload { get; init; }
    public required string LocalReference { get; init; }
    public required string Referral { get; init; }
    public required string ReferredOn { get; init; }
    public required string ReferredAndDischarged { get; init; }
    public required string EmployedAtReferral { get; init; }
    public required string HandOverTitle { get; init; }
    public required string LinkFor { get; init; }
    public required string ForCandidate { get; init; }
    public required string ForSupervisor { get; init; }
    public required string ForSupervisorAt { get; init; }
    public required string AlsoMail { get; init; }
    public required string PrepareQuestionnaire { get; init; }
    public required string LinkReadyCandidate { get; init; }
    public required string LinkReadySupervisor { get; init; }
    public required string QrLabel { get; init; }
    public required string LinkMailed { get; init; }
    public required string LinkNotMailed { get; init; }
    public required string LinkValidUntil { get; init; }
    public required string Jobs { get; init; }
    public required string NoJobs { get; init; }
    public required string Kind { get; init; }
    public required string Competitive { get; init; }
    public required string Sector { get; init; }
    public required string Period { get; init; }
    public required string Ongoing { get; init; }
    public required string ContractHours { get; init; }
    public required string TrialEnd { get; init; }
    public required string TrialGoals { get; init; }
    public required string TrialDecision { get; init; }
    public required string NoDecisionYet { get; init; }
    public required string Adjustments { get; init; }
    public required string NoAdjustments { get; init; }
    public required string Since { get; init; }
    public required string ReviewOn { get; init; }
    public required string ReviewDue { get; init; }
    public required string Disclosure { get; init; }
    public required string SupervisorConsent { get; init; }
    public required string HasEmail { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string ChangeConsent { get; init; }
    public required string SupervisorConsentQuestion { get; init; }
    public required string SupervisorName { get; init; }
    public required string SupervisorEmail { get; init; }
    public required string Save { get; init; }
    public required string EndJob { get; init; }
    public required string ChangeJob { get; init; }
    public required string EndDate { get; init; }
    public required string Reason { get; init; }
    public required string NewJob { get; init; }
    public required string Employer { get; init; }
    public required string JobTitle { get; init; }
    public required string StartDate { get; init; }
    public required string CompetitiveQuestion { get; init; }
    public required string FourPaidHours { get; init; }
    public required string Discharge { get; init; }
    public required string DischargeCandidate { get; init; }
    public required string DischargeDate { get; init; }
    public required string Signals { get; init; }
    public required string SignalsAreAdvice { get; init; }
    public required string ResolvedSignals { get; init; }
    public required string OneResolvedSignal { get; init; }
    public required string Evidence { get; init; }
    public required string AcknowledgedBy { get; init; }
    public required string AcknowledgeNote { get; init; }
    public required string Acknowledge { get; init; }
    public required string OpenedOn { get; init; }
    public required string ResolvedOn { get; init; }

    /// <summary>Why a signal resolved, by <see cref="Signals.SignalResolution"/> name: its subject gone, or its condition cleared.</summary>
    public required IReadOnlyDictionary<string, string> ResolvedBecause { get; init; }
    public required string RuleVersion { get; init; }
    public required string CheckInHistory { get; init; }
    public required string NoCheckIns { get; init; }
    public required string Due { get; init; }
    public required string Respondent { get; init; }
    public required string State { get; init; }
    public required string AnsweredOn { get; init; }

    /// <summary>The column with the days a check-in was reminded by mail.</summary>
    public required string RemindedOn { get; init; }
    public required string DriegesprekTitle { get; init; }
    public required string DriegesprekIntro { get; init; }
    public required string NoAnswersYet { get; init; }
    public required string CandidateSide { get; init; }

    /// <summary>The coach's own perspective in the driegesprek charts and their tables.</summary>
    public required string CoachSide { get; init; }
    public required string SupervisorSide { get; init; }
    public required string ReliableChange { get; init; }
    public required string ValuesAsTable { get; init; }
    public required string Date { get; init; }
    public required string Perspective { get; init; }
    public required string Value { get; init; }
    public required string Divergences { get; init; }
    public required string DivergenceLine { get; init; }
    public required string NoDivergences { get; init; }
    public required string AdjustmentsToReview { get; init; }
    public required string NoAdjustmentsDue { get; init; }
    public required string TrialsEnding { get; init; }
    public required string NoTrialsEnding { get; init; }
    public required string HelpNowAnswers { get; init; }
    public required string NoHelpNowAnswers { get; init; }
    public required string PrintHint { get; init; }
    public required string FormErrorsTitle { get; init; }
    public required string TeamTitle { get; init; }
    public required string Coaches { get; init; }
    public required string CaseloadCount { get; init; }
    public required string AboveNorm { get; init; }
    public required string Actions { get; init; }
    public required string Inactive { get; init; }
    public required string MoveCaseloadFirst { get; init; }
    public required string Deactivate { get; init; }
    public required string AddOrChangeCoach { get; init; }
    public required string CoachCode { get; init; }
    public required string CoachCodeHint { get; init; }
    public required string ReassignTitle { get; init; }
    public required string FromCoach { get; init; }
    public required string ToCoach { get; init; }
    public required string WhichCandidates { get; init; }
    public required string Move { get; init; }
    public required string Keys { get; init; }
    public required string KeyLabelColumn { get; init; }
    public required string Role { get; init; }
    public required string RoleCoach { get; init; }
    public required string RoleCoordinator { get; init; }
    public required string Created { get; init; }
    public required string LastUsed { get; init; }
    public required string Expires { get; init; }
    public required string Revoked { get; init; }
    public required string Revoke { get; init; }
    public required string IssueKey { get; init; }
    public required string CoachForKey { get; init; }
    public required string NewKeyTitle { get; init; }
    public required string NewKeyOnce { get; init; }
    public required string TeamNav { get; init; }
    public required string DisclosureHint { get; init; }
    public required string TrialOnly { get; init; }
    public required string ForCoachOnly { get; init; }
    public required string Saved { get; init; }
    public required string EnterKey { get; init; }
    public required string SessionEnded { get; init; }
    public required string LinkNotMailedAsked { get; init; }
    public required string OneCandidateShown { get; init; }

    /// <summary>The pager under a long list: its name, the two links, and "page 2 of 5".</summary>
    public required string Pages { get; init; }
    public required string Previous { get; init; }
    public required string Next { get; init; }
    public required string PageOf { get; init; }
}
