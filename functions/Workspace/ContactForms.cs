namespace IpsMonitor.Workspace;

/// <summary>
/// The contact log's form on the candidate page: it takes the candidate forms' one path (token, sign-in, admission, every
/// field checked first), so a wrong field stores nothing, and a success redirects to the log.
/// </summary>
internal sealed class ContactForms(CandidateForms forms, StaffGate gate, RecordContact contacts)
{
    [Function("RecordContactForm")]
    public Task<IResult> Record(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/contacts")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        forms.HandleAsync(request, staff => gate.CandidateAsync(staff, candidateId, ct), "contacts-title", "contact",
            f => new ContactRequest(f.Date("contactedOn"), f.Choice<ContactWith>("with"), f.Choice<ContactMeans>("means"),
                f.Choices<ContactTopic>("topics"), f.Text("note")),
            (admission, r) => contacts.RecordAsync(admission, r, ct), ct, rules: contacts.Rules);
}
