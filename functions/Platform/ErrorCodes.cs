namespace IpsMonitor.Platform;

/// <summary>
/// The error codes that carry more than "this field's value is refused" (<see cref="ErrorCode.General"/>): a page words
/// each one in its reader's language, looked up by code, never by the English message.
/// </summary>
internal static class ErrorCodes
{
    /// <summary>Consent to supervisor contact with disclosure "none": contact would reveal IPS.</summary>
    public const string ContactNeedsDisclosure = "contactNeedsDisclosure";

    /// <summary>A regular job marked not competitive.</summary>
    public const string RegularIsCompetitive = "regularIsCompetitive";

    /// <summary>A proefplaatsing, werkervaringsplek or other placement marked competitive.</summary>
    public const string NeverCompetitive = "neverCompetitive";

    /// <summary>A coach key for a coach id that is not an active coach of the programme.</summary>
    public const string CoachKeyNeedsCoach = "coachKeyNeedsCoach";

    /// <summary>Candidates to move that are not in the chosen coach's caseload.</summary>
    public const string NotInCaseload = "notInCaseload";

    /// <summary>A coach who still has candidates in IPS cannot be deactivated.</summary>
    public const string CaseloadNotEmpty = "caseloadNotEmpty";

    /// <summary>The programme's last working coordinator key: revoking it would leave nobody to make a new one.</summary>
    public const string LastCoordinatorKey = "lastCoordinatorKey";

    /// <summary>A job that has ended: its hours, trial and adjustments are kept as they were.</summary>
    public const string JobEnded = "jobEnded";

    /// <summary>A job start sent again with the same employer, title and start date but other values.</summary>
    public const string JobStartedAlready = "jobStartedAlready";

    /// <summary>An education start sent again with the same kind and start date but another goal.</summary>
    public const string EducationStartedAlready = "educationStartedAlready";

    /// <summary>A discharged candidate: their record is history until they are referred again.</summary>
    public const string CandidateDischarged = "candidateDischarged";

    /// <summary>A candidate in IPS again after a referral: an old referral form sent again changes nothing.</summary>
    public const string ReferralOpen = "referralOpen";

    /// <summary>A job that has an end already: ending it again would overwrite its end date and reason.</summary>
    public const string JobAlreadyEnded = "jobAlreadyEnded";

    /// <summary>A job start before the referral of a candidate who had no paid work at referral.</summary>
    public const string JobStartBeforeReferral = "jobStartBeforeReferral";

    /// <summary>An education start before the referral: education is recorded from the referral on.</summary>
    public const string EducationStartBeforeReferral = "educationStartBeforeReferral";

    /// <summary>A referral correction that would put a recorded job or education start before the referral without work at referral.</summary>
    public const string ReferralAfterStart = "referralAfterStart";

    /// <summary>A date before 2000 or more than two years ahead (<see cref="BodyRules.EarliestDate"/>): a typing slip.</summary>
    public const string DateRange = "dateRange";

    /// <summary>A form field that is not a date as the form accepts one.</summary>
    public const string DateFormat = "dateFormat";

    /// <summary>A form field that is not a number as the form accepts one.</summary>
    public const string NumberFormat = "numberFormat";

    /// <summary>A form choice that is not one of the offered values (by name; no numbers, no combinations).</summary>
    public const string UnknownChoice = "unknownChoice";

    /// <summary>One of the fidelity scale's education parts (5b, 9b) scored without the other.</summary>
    public const string EducationPair = "educationPair";

    /// <summary>Text that breaks the text rule: control or bidirectional characters, separators, only invisible characters.</summary>
    public const string TextRule = "textRule";

    /// <summary>Text with a bidirectional control (U+202E and kin): said apart, as it is invisible and makes text read otherwise.</summary>
    public const string TextDirection = "textDirection";
}
