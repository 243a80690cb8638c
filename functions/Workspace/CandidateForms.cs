using IpsMonitor.Questionnaires;
using IpsMonitor.Signals;
using Microsoft.AspNetCore.Components;

namespace IpsMonitor.Workspace;

/// <summary>
/// The forms on the candidate page. Each checks the antiforgery token before anything else, then hands the same request
/// the JSON API takes to the same code (the API function's Apply method), so validation and effects are the API's; errors
/// come back in Dutch (or English) next to the form, and a success redirects (303) so a reload never posts twice.
/// </summary>
internal sealed class CandidateForms(
    StaffPages pages, StaffGate gate, CandidatePage page, RecordConsent consent, RecordJobEnd jobEnd, RecordJobStart jobStart,
    UpdateJob jobUpdate, RecordDischarge discharge, RecordEducation education, CandidateSignals signals, IssueLink links,
    AuditLog audit, TimeProvider time, CandidateConfirmations confirm, RevealStore reveals)
{
    [Function("UpdateJobForm")]
    public Task<IResult> ChangeJob(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/jobs/{jobId}")] HttpRequest request,
        string candidateId, string jobId, CancellationToken ct) =>
        HandleAsync(request, staff => gate.JobAsync(staff, candidateId, jobId, ct), "job-" + jobId, "jobchange-" + jobId,
            f => new JobUpdateRequest(f.Number("contractHoursPerWeek"), f.Bool("fourPaidHoursConfirmed") == true ? true : null,
                f.Date("trialEndDate"), f.Text("trialGoals"), f.Choice<TrialOutcome>("trialDecision"), null,
                TrialDecisionDate: f.Date("trialDecisionDate")),
            (admission, r) => jobUpdate.ApplyAsync(admission, r, ct), ct, rules: jobUpdate.Rules);

    [Function("AcknowledgeSignalForm")]
    public Task<IResult> Acknowledge(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/signals/{signalId}/acknowledge")] HttpRequest request,
        string candidateId, string signalId, CancellationToken ct) =>
        HandleAsync(request, staff => gate.CandidateAsync(staff, candidateId, ct), "signal-" + signalId, "ack-" + signalId,
            f => new AcknowledgeRequest(f.Text("note")),
            (admission, r) => signals.AcknowledgeAsync(admission, signalId, r, ct), ct);

    [Function("RecordConsentForm")]
    public Task<IResult> Consent(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/jobs/{jobId}/consent")] HttpRequest request,
        string candidateId, string jobId, CancellationToken ct) =>
        HandleAsync(request, staff => gate.JobAsync(staff, candidateId, jobId, ct), "job-" + jobId, "consent-" + jobId, f =>
        {
            // An emptied name or first name removes it; an empty e-mail field keeps the known address (the form never shows it).
            var r = new ConsentRequest
            {
                Disclosure = f.Choice<Disclosure>("disclosure"), SupervisorConsent = f.Bool("supervisorConsent"), SupervisorName = f.Text("supervisorName"),
                CandidateFirstName = f.Text("candidateFirstName") ?? "",
            };
            if (f.Text("supervisorEmail") is { } email)
                r.SupervisorEmail = email;
            return r;
        }, (admission, r) => consent.ApplyAsync(admission, r, ct), ct, rules: (_, r) => RecordConsent.Rules(r));

    [Function("RecordJobEndForm"), Destructive]
    public Task<IResult> EndJob(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/jobs/{jobId}/end")] HttpRequest request,
        string candidateId, string jobId, CancellationToken ct) =>
        HandleAsync(request, staff => gate.JobAsync(staff, candidateId, jobId, ct), "job-" + jobId, "jobend-" + jobId,
            f => new JobEndRequest(f.Date("endDate"), f.Choice<JobEndReason>("reason"), f.Text("reasonNote")),
            (admission, r) => jobEnd.ApplyAsync(admission, r, ct), ct,
            (admission, outcome, posted) => confirm.EndJobAsync(request, admission, outcome, posted), jobEnd.Rules);

    [Function("WithdrawConsentForm"), Destructive]
    public Task<IResult> WithdrawConsent(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/jobs/{jobId}/consent/withdraw")]
        HttpRequest request, string candidateId, string jobId, CancellationToken ct) =>
        HandleAsync(request, staff => gate.JobAsync(staff, candidateId, jobId, ct), "job-" + jobId, "withdraw-" + jobId,
            _ => new ConsentRequest { SupervisorConsent = false },
            (admission, r) => consent.ApplyAsync(admission, WithDisclosure(r, admission.Job.Disclosure), ct), ct);

    [Function("RecordJobStartForm")]
    public Task<IResult> StartJob(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/jobs")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        HandleAsync(request, staff => gate.CandidateAsync(staff, candidateId, ct), "jobs-title", "jobstart",
            JobStartFields.Read,
            (admission, r) => jobStart.StartAsync(admission, r, ct), ct, rules: jobStart.Rules);

    [Function("RecordDischargeForm"), Destructive]
    public Task<IResult> Discharge(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/discharge")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        HandleAsync(request, staff => gate.CandidateAsync(staff, candidateId, ct), "discharge-title", "discharge",
            f => new DischargeRequest(f.Date("dischargeDate"), f.Choice<DischargeReason>("reason"), f.Text("reasonNote")),
            (admission, r) => discharge.DischargeAsync(admission, r, ct), ct,
            (admission, outcome, posted) => confirm.DischargeAsync(request, admission, outcome, posted), discharge.DischargeRules);

    [Function("RecordEducationStartForm")]
    public Task<IResult> StartEducation(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/education")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        HandleAsync(request, staff => gate.CandidateAsync(staff, candidateId, ct), "education-title", "educationstart",
            f => new EducationStartRequest(f.Choice<EducationKind>("kind"), f.Date("startDate"), f.Bool("isGoal")),
            (admission, r) => education.StartAsync(admission, r, ct), ct, rules: education.StartRules);

    [Function("RecordEducationEndForm")]
    public Task<IResult> EndEducation(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/education/{educationId}/end")]
        HttpRequest request, string candidateId, string educationId, CancellationToken ct) =>
        HandleAsync(request, staff => gate.CandidateAsync(staff, candidateId, ct), "education-" + educationId,
            "educationend-" + educationId, f => new EducationEndRequest(f.Date("endDate")),
            (admission, r) => education.EndAsync(admission, educationId, r, ct), ct,
            rules: (admission, r) => education.EndRules(admission, educationId, r));

    [Function("IssueLinkForm")]
    public Task<IResult> IssueLink(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/links")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        HandleAsync(request, staff => gate.CandidateAsync(staff, candidateId, ct), "handover-title", "handover",
            f => f.Raw("respondent") is var chosen && chosen.StartsWith(HandoverForm.SupervisorPrefix, StringComparison.Ordinal)
                ? new LinkRequest(Respondent.Supervisor, f.Bool("sendByEmail") == true, chosen[HandoverForm.SupervisorPrefix.Length..])
                : new LinkRequest(f.Choice<Respondent>("respondent"), f.Bool("sendByEmail") == true),
            (admission, r) => links.IssueAsync(admission, r, ct), ct);

    /// <summary>
    /// The one path of every candidate form (<see cref="CandidateRecordForms"/> and <see cref="AdjustmentForms"/> take it
    /// too): token, sign-in, admission; then the whole form is read and checked by the API's rules before the operation
    /// runs, so a form with any wrong field stores nothing. When a field does not read, the operation's own
    /// <paramref name="rules"/> still run on the rest, so every error shows at once. The outcome becomes the page:
    /// errors by field (400), a refusal or conflict in the reader's words, or a redirect (303): to the page, or for a new
    /// link to the page that shows it once. A destructive form shows its errors on its confirmation page (<paramref name="again"/>).
    /// </summary>
    internal async Task<IResult> HandleAsync<TAdmission, TRequest, TValue>(
        HttpRequest request, Func<Staff, Task<Gated<TAdmission>>> admit, string anchor, string formId,
        Func<FormReader, TRequest> read, Func<TAdmission, TRequest, Task<Outcome<TValue>>> apply, CancellationToken ct,
        Func<TAdmission, RenderFragment, PostedForm?, Task<string>>? again = null,
        Func<TAdmission, TRequest, IReadOnlyDictionary<string, ErrorCode[]>>? rules = null)
        where TAdmission : Admission where TRequest : class
    {
        if (await pages.RefuseForgedAsync(request.HttpContext) is { } forged)
            return forged;
        if (!(await pages.AdmittedAsync(request, admit, ct)).Passed(out var admission, out var refusal))
            return refusal;

        var t = StaffPages.Text(request);
        var form = await request.ReadFormAsync(ct);
        var reader = new FormReader(form);
        var input = read(reader);
        var readable = reader.Check(input, time.Today());
        if (!readable && rules is not null)
            reader.Also(rules(admission, input));
        var outcome = readable ? await apply(admission, input) : new Invalid(reader.Errors);
        var candidateId = admission.File.Candidate.Id;
        if (outcome.Succeeded(out var value, out var failure))
            return value switch
            {
                LinkDto link => await RevealPages.KeepLinkAsync(
                    reveals, request, new NewLink(candidateId, link, form["sendByEmail"] == "true"), ct),
                Development.DevelopmentLinkDto development => await RevealPages.KeepLinkAsync(
                    reveals, request, new NewLink(candidateId, null, false, development), ct),
                _ => AfterSaving.Redirect(request, "candidates/" + candidateId, anchor),
            };

        // What the page shows again is a read of the candidate's record, audited as one.
        await audit.RecordAsync(admission.Staff, "view candidate page", candidateId, ct);
        Task<string> Again(RenderFragment shown, PostedForm? posted = null) =>
            again?.Invoke(admission, shown, posted) ?? page.RenderAsync(request, admission.Staff, admission.File, shown, ct, posted);
        return failure is Invalid invalid
            ? StaffPages.Page(
                await Again(Errors(t, invalid.Errors, formId, form), PostedForm.From(formId, form, t.FieldMessages(invalid.Errors, formId, form))),
                StatusCodes.Status400BadRequest)
            // What was typed stays in the form: a refusal (a job recorded already, say) must not cost the coach their typing.
            : StaffPages.Page(await Again(Failure(t.Failed(failure)), PostedForm.From(formId, form, new Dictionary<string, string>())),
                ApiOutcome.Status(failure));
    }

    internal static RenderFragment Errors(StaffText t, IReadOnlyDictionary<string, ErrorCode[]> errors, string formId, IFormCollection sent) =>
        Fragment.Of<FormErrors>(new Dictionary<string, object?>
        {
            [nameof(FormErrors.Text)] = t,
            [nameof(FormErrors.FormId)] = formId,
            [nameof(FormErrors.Errors)] = t.FieldErrors(errors, formId, sent),
        });

    internal static RenderFragment Failure(string message) =>
        Fragment.Of<FailureNotice>(new Dictionary<string, object?> { [nameof(FailureNotice.Message)] = message });

    /// <summary>Withdrawing changes consent only: the disclosure stays as recorded.</summary>
    private static ConsentRequest WithDisclosure(ConsentRequest r, Disclosure disclosure)
    {
        r.Disclosure = disclosure;
        return r;
    }
}
