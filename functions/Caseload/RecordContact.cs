namespace IpsMonitor.Caseload;

/// <summary>
/// Logs a contact of the coach about a candidate. Each send is a new contact (two calls on one day are two contacts);
/// a double send of the form is answered once by the staff forms' send guard. The signals follow at once: a contact with
/// the candidate resolves "job ended: make contact" and "no contact".
/// </summary>
internal sealed class RecordContact(ContactStore contacts, CaseloadChanges changes, TimeProvider time)
{
    public async Task<Outcome<Contact>> RecordAsync(Admission admission, ContactRequest r, CancellationToken ct)
    {
        var errors = Rules(admission, r);
        if (errors.Count > 0 || r is not { ContactedOn: { } day, With: { } with, Means: { } means })
            return Invalid.Of(errors);
        var candidate = admission.File.Candidate;
        var contact = new Contact("c-" + Secrets.NewId(5), candidate.Id, day, with, means, r.Topics ?? [], r.Note?.Trim(),
            admission.Staff.CoachId, time.GetUtcNow());
        await contacts.AddAsync(candidate.ProgrammeId, contact, ct);
        await changes.RecordAsync(admission.Staff, candidate, "record contact", ct);
        return Outcome.Saved(contact);
    }

    /// <summary>The rules of a contact, reading nothing and writing nothing: a form with an unreadable field lists these too.</summary>
    public Dictionary<string, ErrorCode[]> Rules(Admission admission, ContactRequest r) =>
        ContactRules.Validate(r, admission.File.Candidate, time.Today());
}
