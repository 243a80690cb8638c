namespace IpsMonitor.Workspace;

/// <summary>
/// The coach's observation form on the candidate page, on the candidate forms' one path (token, sign-in, admission, every
/// field checked first); a success redirects to the page.
/// </summary>
internal sealed class ObservationForms(CandidateForms forms, StaffGate gate, RecordObservation observations)
{
    [Function("RecordObservationForm")]
    public Task<IResult> Record(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/observations")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        forms.HandleAsync(request, staff => gate.CandidateAsync(staff, candidateId, ct), "observations-title", "observation",
            f => new ObservationRequest(f.Date("observedOn"), f.Whole("workAbility"), f.Whole("fit"), f.Bool("taskGrowth"),
                f.Whole("independence"), f.Choice<ObservedNextStep>("nextStep"), f.Text("note")),
            (admission, r) => observations.RecordAsync(admission, r, ct), ct, rules: observations.Rules);
}
