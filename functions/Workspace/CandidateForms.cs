using System.Globalization;
using IpsMonitor.Access;
using IpsMonitor.Caseload;
using IpsMonitor.CheckIns;
using IpsMonitor.Questionnaires;
using IpsMonitor.Signals;
using IpsMonitor.Platform;
using Microsoft.Azure.Functions.Worker;

namespace IpsMonitor.Workspace;

/// <summary>
/// The forms on the candidate page. Each checks the antiforgery token before anything else, then hands the same request
/// the JSON API takes to the same code (the API function's Apply method), so validation and effects are the API's; errors
/// come back in Dutch (or English) next to the form, and a success redirects (303) so a reload never posts twice.
/// </summary>
internal sealed class CandidateForms(
    StaffPages pages, StaffGate gate, CandidatePage page, RecordConsent consent, RecordJobEnd jobEnd, RecordJobStart jobStart,
    UpdateJob jobUpdate, RecordDischarge discharge, CandidateSignals signals, IssueLink links, AuditLog audit, TimeProvider time)
{
    [Function("UpdateJobForm")]
    public Task<IResult> ChangeJob(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/jobs/{jobId}")] HttpRequest request,
        string candidateId, string jobId, CancellationToken ct) =>
        HandleAsync(request, staff => gate.JobAsync(staff, candidateId, jobId, ct), "job-" + jobId, "jobchange-" + jobId,
            f => new JobUpdateRequest(f.Number("contractHoursPerWeek"), f.Bool("fourPaidHoursConfirmed") == true ? true : null,
                f.Date("trialEndDate"), f.Text("trialGoals"), f.Text("trialDecision"), null),
            (admission, r) => jobUpdate.ApplyAsync(admission, r, ct), ct);

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
            // An emptied name removes it; an empty e-mail field keeps the known address (the form never shows it).
            var r = new ConsentRequest
            {
                Disclosure = f.Choice<Disclosure>("disclosure"), SupervisorConsent = f.Bool("supervisorConsent"), SupervisorName = f.Text("supervisorName"),
            };
            if (f.Text("supervisorEmail") is { } email)
                r.SupervisorEmail = email;
            return r;
        }, (admission, r) => consent.ApplyAsync(admission, r, ct), ct);

    [Function("RecordJobEndForm")]
    public Task<IResult> EndJob(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/jobs/{jobId}/end")] HttpRequest request,
        string candidateId, string jobId, CancellationToken ct) =>
        HandleAsync(request, staff => gate.JobAsync(staff, candidateId, jobId, ct), "job-" + jobId, "jobend-" + jobId,
            f => new JobEndRequest(f.Date("endDate"), f.Text("reason")),
            (admission, r) => jobEnd.ApplyAsync(admission, r, ct), ct);

    [Function("RecordJobStartForm")]
    public Task<IResult> StartJob(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/jobs")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        HandleAsync(request, staff => gate.CandidateAsync(staff, candidateId, ct), "jobs-title", "jobstart",
            f => new JobStartRequest(f.Text("employer"), f.Text("jobTitle"), f.Text("sector"), f.Date("startDate"),
                f.Number("contractHoursPerWeek"), f.Bool("competitive"), f.Choice<PlacementKind>("kind"), f.Bool("fourPaidHoursConfirmed") == true,
                f.Date("trialEndDate"), f.Text("trialGoals"), [], null),
            (admission, r) => jobStart.StartAsync(admission, r, ct), ct);

    [Function("RecordDischargeForm")]
    public Task<IResult> Discharge(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/discharge")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        HandleAsync(request, staff => gate.CandidateAsync(staff, candidateId, ct), "discharge-title", "discharge",
            f => new DischargeRequest(f.Date("dischargeDate"), f.Text("reason")),
            (admission, r) => discharge.DischargeAsync(admission, r, ct), ct);

    [Function("IssueLinkForm")]
    public Task<IResult> IssueLink(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/links")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        HandleAsync(request, staff => gate.CandidateAsync(staff, candidateId, ct), "handover-title", "handover",
            f => new LinkRequest(f.Choice<Respondent>("respondent"), f.Bool("sendByEmail") == true),
            (admission, r) => links.IssueAsync(admission, r, ct), ct);

    /// <summary>
    /// The one path of every candidate form: token, sign-in, admission; then the whole form is read and checked by the
    /// API's rules before the operation runs, so a form with any wrong field stores nothing. The outcome becomes the page:
    /// errors by field (400), a refusal or conflict in the reader's words, a link to hand over, or a redirect (303).
    /// </summary>
    private async Task<IResult> HandleAsync<TAdmission, TRequest, TValue>(
        HttpRequest request, Func<Staff, Task<Gated<TAdmission>>> admit, string anchor, string formId,
        Func<FormReader, TRequest> read, Func<TAdmission, TRequest, Task<Outcome<TValue>>> apply, CancellationToken ct)
        where TAdmission : Admission where TRequest : class
    {
        if (await pages.RefuseForgedAsync(request.HttpContext) is { } forged)
            return forged;
        if (!(await pages.SignedInAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        if (!(await admit(staff)).Passed(out var admission, out _))
            return CandidatePage.NoAccess(request);

        var t = StaffText.For(StaffPages.Language(request));
        var form = await request.ReadFormAsync(ct);
        var reader = new FormReader(form);
        var input = read(reader);
        var outcome = reader.Check(input, time.Today()) ? await apply(admission, input) : new Invalid(reader.Errors);
        var candidateId = admission.File.Candidate.Id;
        var succeeded = outcome.Succeeded(out var value, out var failure);
        if (succeeded && value is not LinkDto)
            return RespondentPages.SeeOther($"{StaffPages.Base(request)}candidates/{candidateId}?saved=1#{anchor}");

        // What the page shows again is a read of the candidate's record, audited as one.
        await audit.RecordAsync(staff, "view candidate page", candidateId, ct);
        var file = admission.File;
        if (value is LinkDto link)
            return StaffPages.Page(await page.RenderAsync(request, staff, file, LinkHandover.Render(t, link, mailAsked: form["sendByEmail"] == "true"), ct));
        return failure switch
        {
            Invalid invalid => StaffPages.Page(await page.RenderAsync(request, staff, file, Errors(t, invalid.Errors, formId), ct,
                new Posted(formId, form, invalid.Errors.Keys.ToList())), StatusCodes.Status400BadRequest),
            _ => StaffPages.Page(await page.RenderAsync(request, staff, file,
                $"""<div class="errors" role="alert"><p class="error">{t.Failed(failure)}</p></div>""", ct), ApiOutcome.Status(failure)),
        };
    }

    private static string Errors(StaffText t, IReadOnlyDictionary<string, ErrorCode[]> errors, string formId) => $"""
        <div class="errors" role="alert" tabindex="-1" id="form-errors"><h2>{t.FormErrorsTitle}</h2><ul>
        {string.Concat(errors.Select(e => $"<li data-field=\"{Html.Encode(e.Key)}\"><a href=\"#{Html.Encode(formId)}-{Html.Encode(e.Key)}\">{Html.Encode(t.FieldError(e.Key, e.Value.FirstOrDefault()))}</a></li>"))}
        </ul></div>
        """;

    /// <summary>What a form sent that came back with errors: it opens again with the values typed and the bad fields marked.</summary>
    internal sealed record Posted(string FormId, IFormCollection Values, IReadOnlyCollection<string> Invalid)
    {
        public static string Value(Posted? posted, string formId, string field, string? current) =>
            Html.Encode(posted?.FormId == formId ? posted.Values[field].ToString() : current ?? "");

        public static string Marks(Posted? posted, string formId, string field) =>
            posted?.FormId == formId && posted.Invalid.Contains(field) ? $" aria-invalid=\"true\" aria-describedby=\"form-errors\"" : "";

        public static string Open(Posted? posted, string formId) => posted?.FormId == formId ? " open" : "";

        public static bool Checked(Posted? posted, string formId, string field, string value, bool current) =>
            posted?.FormId == formId ? posted.Values[field].ToString() == value : current;
    }

    /// <summary>A labelled input whose id is "{form}-{field}", so an error in the summary links straight to it.</summary>
    private static string Field(StaffText t, Posted? posted, string formId, string field, string label, string attributes, string? current) =>
        $"""<label for="{Html.Encode(formId)}-{field}">{label}</label><input id="{Html.Encode(formId)}-{field}" name="{field}" {attributes} value="{Posted.Value(posted, formId, field, current)}"{Posted.Marks(posted, formId, field)}>""";

    public static string ConsentForm(StaffText t, string action, string form, Job j, Posted? posted)
    {
        var formId = "consent-" + j.Id;
        var disclosure = posted?.FormId == formId ? posted.Values["disclosure"].ToString() : j.Disclosure.ToString();
        string Option(Disclosure d) => $"""<option value="{d}"{(d.ToString() == disclosure ? " selected" : "")}>{t.DisclosureLabel(d)}</option>""";
        string Radio(bool value) => $"""<label class="choice"><input type="radio" name="supervisorConsent" value="{(value ? "true" : "false")}"{(Posted.Checked(posted, formId, "supervisorConsent", value ? "true" : "false", j.Supervisor.Consent == value) ? " checked" : "")}> {(value ? t.Yes : t.No)}</label>""";
        return $"""
            <details class="no-print"{Posted.Open(posted, formId)}><summary>{t.ChangeConsent}</summary>
            <form method="post" action="{Html.Url(action + "jobs/" + j.Id + "/consent")}">{form}
            <label for="{Html.Encode(formId)}-disclosure">{t.Disclosure}</label>
            <p class="hint">{t.DisclosureHint}</p>
            <select id="{Html.Encode(formId)}-disclosure" name="disclosure"{Posted.Marks(posted, formId, "disclosure")}>{string.Concat(Enum.GetValues<Disclosure>().Select(Option))}</select>
            <fieldset id="{Html.Encode(formId)}-supervisorConsent"><legend>{t.SupervisorConsentQuestion}</legend>{Radio(true)}{Radio(false)}</fieldset>
            {Field(t, posted, formId, "supervisorName", t.SupervisorName, "maxlength=\"100\"", j.Supervisor.Name)}
            {Field(t, posted, formId, "supervisorEmail", t.SupervisorEmail, "type=\"email\" maxlength=\"254\" autocomplete=\"off\"", null)}
            <p><button type="submit">{t.Save}</button></p>
            </form></details>
            """;
    }

    public static string JobChangeForm(StaffText t, string action, string form, Job j, Posted? posted)
    {
        var formId = "jobchange-" + j.Id;
        var trial = j.Kind != PlacementKind.Proefplaatsing ? "" : $"""
            {Field(t, posted, formId, "trialEndDate", t.TrialEnd, "type=\"date\"", j.TrialEndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}
            <label for="{Html.Encode(formId)}-trialGoals">{t.TrialGoals}</label><textarea id="{Html.Encode(formId)}-trialGoals" name="trialGoals" maxlength="500" rows="2"{Posted.Marks(posted, formId, "trialGoals")}>{Posted.Value(posted, formId, "trialGoals", j.TrialGoals)}</textarea>
            {Field(t, posted, formId, "trialDecision", t.TrialDecision, "maxlength=\"200\"", j.TrialDecision)}
            """;
        return $"""
            <details class="no-print"{Posted.Open(posted, formId)}><summary>{t.ChangeJob}</summary>
            <form method="post" action="{Html.Url(action + "jobs/" + j.Id)}">{form}
            {Field(t, posted, formId, "contractHoursPerWeek", t.ContractHours, "inputmode=\"decimal\" size=\"6\"", j.ContractHoursPerWeek.ToString("0.#", t.Culture))}
            {(j.FourPaidHoursConfirmed ? "" : $"<label class=\"choice\"><input type=\"checkbox\" name=\"fourPaidHoursConfirmed\" value=\"true\"> {t.FourPaidHours}</label>")}
            {trial}
            <p><button type="submit">{t.Save}</button></p>
            </form></details>
            """;
    }

    public static string JobEndForm(StaffText t, string action, string form, Job j, DateOnly today, Posted? posted)
    {
        var formId = "jobend-" + j.Id;
        return $"""
            <details class="no-print"{Posted.Open(posted, formId)}><summary>{t.EndJob}</summary>
            <form method="post" action="{Html.Url(action + "jobs/" + j.Id + "/end")}">{form}
            {Field(t, posted, formId, "endDate", t.EndDate, "type=\"date\" required", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}
            {Field(t, posted, formId, "reason", t.Reason, "maxlength=\"200\" required", null)}
            <p><button type="submit">{t.Save}</button></p>
            </form></details>
            """;
    }

    public static string JobStartForm(StaffText t, string action, string form, Posted? posted)
    {
        const string formId = "jobstart";
        var kind = posted?.FormId == formId ? posted.Values["kind"].ToString() : "";
        string Kind(PlacementKind k) => $"""<option value="{k}"{(k.ToString() == kind ? " selected" : "")}>{t.KindLabel(k)}</option>""";
        string Radio(string value, string label) => $"""<label class="choice"><input type="radio" name="competitive" value="{value}"{(Posted.Checked(posted, formId, "competitive", value, false) ? " checked" : "")}> {label}</label>""";
        return $"""
            <details class="no-print"{Posted.Open(posted, formId)}><summary>{t.NewJob}</summary>
            <form method="post" action="{Html.Url(action + "jobs")}">{form}
            {Field(t, posted, formId, "employer", t.Employer, "maxlength=\"100\" required", null)}
            {Field(t, posted, formId, "jobTitle", t.JobTitle, "maxlength=\"100\" required", null)}
            <label for="jobstart-sector">{t.Sector}</label><select id="jobstart-sector" name="sector"{Posted.Marks(posted, formId, "sector")}>{string.Concat(SectorCatalogue.All.Select(x => $"<option value=\"{Html.Encode(x.Code)}\"{(posted?.FormId == formId && posted.Values["sector"] == x.Code ? " selected" : "")}>{Html.Encode(x.Label)}</option>"))}</select>
            {Field(t, posted, formId, "startDate", t.StartDate, "type=\"date\" required", null)}
            {Field(t, posted, formId, "contractHoursPerWeek", t.ContractHours, "inputmode=\"decimal\" size=\"6\" required", null)}
            <label for="jobstart-kind">{t.Kind}</label><select id="jobstart-kind" name="kind"{Posted.Marks(posted, formId, "kind")}>{string.Concat(Enum.GetValues<PlacementKind>().Select(Kind))}</select>
            <fieldset id="jobstart-competitive"><legend>{t.CompetitiveQuestion}</legend>{Radio("true", t.Yes)}{Radio("false", t.No)}</fieldset>
            <label class="choice"><input type="checkbox" name="fourPaidHoursConfirmed" value="true"{(Posted.Checked(posted, formId, "fourPaidHoursConfirmed", "true", false) ? " checked" : "")}> {t.FourPaidHours}</label>
            <p class="hint">{t.TrialOnly}</p>
            {Field(t, posted, formId, "trialEndDate", t.TrialEnd, "type=\"date\"", null)}
            <label for="jobstart-trialGoals">{t.TrialGoals}</label><textarea id="jobstart-trialGoals" name="trialGoals" maxlength="500" rows="2"{Posted.Marks(posted, formId, "trialGoals")}>{Posted.Value(posted, formId, "trialGoals", null)}</textarea>
            <p><button type="submit">{t.Save}</button></p>
            </form></details>
            """;
    }

    public static string DischargeForm(StaffText t, string action, string form, DateOnly today, Posted? posted)
    {
        const string formId = "discharge";
        return $"""
            <section class="no-print" aria-labelledby="discharge-title"><h2 id="discharge-title">{t.Discharge}</h2>
            <details{Posted.Open(posted, formId)}><summary>{t.DischargeCandidate}</summary>
            <form method="post" action="{Html.Url(action + "discharge")}">{form}
            {Field(t, posted, formId, "dischargeDate", t.DischargeDate, "type=\"date\" required", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}
            {Field(t, posted, formId, "reason", t.Reason, "maxlength=\"200\" required", null)}
            <p><button type="submit">{t.Save}</button></p>
            </form></details></section>
            """;
    }
}
