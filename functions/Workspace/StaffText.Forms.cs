namespace IpsMonitor.Workspace;

/// <summary>
/// The words of the forms that enrol a candidate, refer them again, correct their record or a check-in, set their
/// check-in rhythm, hand over "Mijn ontwikkeling", and name coaches on the team page.
/// </summary>
public sealed partial record StaffText
{
    /// <summary>A coach as a coordinator knows them: by name, with the code beside it; the code alone when no name is known.</summary>
    public static string CoachLabel(Coach? coach, string coachId) => coach?.Name is { } name ? $"{name} ({coachId})" : coachId;

    /// <summary>The respondent languages by code, each in the reader's language.</summary>
    public required IReadOnlyDictionary<string, string> LanguageLabels { get; init; }

    public required string EnrolLink { get; init; }
    public required string EnrolTitle { get; init; }
    public required string EnrolIntro { get; init; }
    public required string ReferralDate { get; init; }
    public required string EmployedQuestion { get; init; }
    public required string LocalReferenceHint { get; init; }
    public required string Language { get; init; }
    public required string Email { get; init; }
    public required string EmailHint { get; init; }
    public required string Enrol { get; init; }
    public required string AlreadyEnrolled { get; init; }
    public required string AskCoordinator { get; init; }
    public required string FormSentAlready { get; init; }
    public required string ReferAgainTitle { get; init; }
    public required string ReferAgainIntro { get; init; }
    public required string ReferAgain { get; init; }
    public required string CorrectionTitle { get; init; }
    public required string CorrectionSummary { get; init; }
    public required string EmailKnown { get; init; }
    public required string EmailUnknown { get; init; }
    public required string NewEmail { get; init; }
    public required string NewEmailHint { get; init; }
    public required string RemoveEmail { get; init; }
    public required string CadenceTitle { get; init; }
    public required string CadenceSummary { get; init; }
    public required string CadenceIntro { get; init; }

    /// <summary>What an empty rhythm field means: the programme's own weeks ({0} onboarding, {1} after, {2} looking).</summary>
    public required string ProgrammeRhythm { get; init; }
    public required string OnboardingWeeks { get; init; }
    public required string RegularWeeks { get; init; }
    public required string LookingWeeks { get; init; }
    public required string CheckInTitle { get; init; }
    public required string CheckInSummary { get; init; }
    public required string CheckInIntro { get; init; }
    public required string WhichCheckIn { get; init; }
    public required string ForWhom { get; init; }
    public required string DevelopmentTitle { get; init; }
    public required string DevelopmentIntro { get; init; }
    public required string IssueDevelopmentLink { get; init; }
    public required string StopDevelopmentLinks { get; init; }
    public required string StopDevelopmentHint { get; init; }
    public required string DevelopmentLinkReady { get; init; }
    public required string DevelopmentLinkNote { get; init; }

    public required string CoachName { get; init; }
    public required string CoachPhone { get; init; }
    public required string CoachEmail { get; init; }
    public required string CoachEmailHint { get; init; }
    public required string ContactHint { get; init; }
    public required string KeepHint { get; init; }
    public required string ReassignIntro { get; init; }

    /// <summary>"Kandidaten van {0}": the coach whose candidates a reassign form moves.</summary>
    public required string CandidatesOf { get; init; }
    public required string MoveTo { get; init; }
    public required string MoveFrom { get; init; }
}
