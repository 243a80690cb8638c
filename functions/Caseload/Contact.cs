namespace IpsMonitor.Caseload;

/// <summary>Whom the coach was in contact with about the candidate.</summary>
public enum ContactWith
{
    Candidate,
    Supervisor,
    Both,
    Other,
}

/// <summary>How the contact went: face to face, by phone, or by a written message.</summary>
public enum ContactMeans
{
    InPerson,
    Phone,
    Message,
}

/// <summary>What a contact was about: a small fixed catalogue, so a quarter can count topics without reading notes.</summary>
public enum ContactTopic
{
    WorkAndTasks,
    Adjustments,
    Disclosure,
    BenefitsAndIncome,
    Development,
    WellBeing,
    JobSearch,
}

/// <summary>
/// One contact in the coach's log (contactlog): the day, with whom, how, the topics and an optional note. The coach's own
/// record: shown to the coach and the coordinator only, never on a supervisor's or candidate's page. CoachId is who
/// logged it (null for a coordinator).
/// </summary>
public sealed record Contact(
    string Id, string CandidateId, DateOnly ContactedOn, ContactWith With, ContactMeans Means, IReadOnlyList<ContactTopic> Topics,
    string? Note, string? CoachId, DateTimeOffset RecordedAt)
{
    /// <summary>The candidate took part (alone or with the supervisor): the contact IPS fidelity counts after a job start or loss.</summary>
    public bool WithCandidate => With is ContactWith.Candidate or ContactWith.Both;
}

/// <summary>A contact as the coach's form or an integration sends it.</summary>
public sealed record ContactRequest(
    DateOnly? ContactedOn, ContactWith? With, ContactMeans? Means, IReadOnlyList<ContactTopic>? Topics,
    [property: MultiLine] string? Note);

internal static class ContactRules
{
    public const int NoteLength = 500;

    /// <summary>
    /// A contact lies from the current referral to today: a contact yet to come is a plan, not a contact, and one before
    /// the referral belongs to no trajectory. Every topic at most once.
    /// </summary>
    public static Dictionary<string, ErrorCode[]> Validate(ContactRequest r, Candidate candidate, DateOnly today)
    {
        var errors = new Dictionary<string, ErrorCode[]>();
        if (candidate.IsDischarged)
            errors["candidate"] = ["The candidate is discharged; refer them again first."];
        if (r.ContactedOn is not { } day)
            errors["contactedOn"] = ["The day of the contact is required."];
        else if (day > today || day < candidate.CurrentReferral.ReferralDate)
            errors["contactedOn"] =
                [$"The day of the contact lies from the referral ({candidate.CurrentReferral.ReferralDate:yyyy-MM-dd}) to today."];
        if (r.With is null)
            errors["with"] = ["Say with whom: candidate, supervisor, both or other."];
        if (r.Means is null)
            errors["means"] = ["Say how: inPerson, phone or message."];
        if (r.Topics is { } topics && topics.Distinct().Count() != topics.Count)
            errors["topics"] = ["Name every topic once."];
        if (r.Note is { Length: > NoteLength })
            errors["note"] = [$"The note is at most {NoteLength} characters."];
        return errors;
    }
}
