using System.Globalization;
using IpsMonitor.Access;
using IpsMonitor.Caseload;
using IpsMonitor.CheckIns;
using IpsMonitor.Questionnaires;
using IpsMonitor.Signals;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;

namespace IpsMonitor.Workspace;

/// <summary>
/// The forms on the candidate page. Each checks the antiforgery token before anything else, then hands the same request
/// the JSON API takes to the same code (the API function's Apply method), so validation and effects are the API's; errors
/// come back in Dutch (or English) next to the form, and a success redirects (303) so a reload never posts twice.
/// </summary>
internal sealed class CandidateForms(
    StaffPages pages, StaffGate gate, CandidatePage page, RecordConsent consent, RecordJobEnd jobEnd, RecordJobStart jobStart,
    UpdateJob jobUpdate, RecordDischarge discharge, CandidateSignals signals, IssueLink links, AuditLog audit)
{
    [Function("UpdateJobForm")]
    public Task<IResult> ChangeJob([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/jobs/{jobId}")] HttpRequest request, string candidateId, string jobId, CancellationToken ct) =>
        HandleAsync(request, candidateId, jobId, "job-" + jobId, (admission, form, errors) =>
            jobUpdate.ApplyAsync(admission, new JobUpdateRequest(Number(form, "contractHoursPerWeek", errors), form["fourPaidHoursConfirmed"] == "true" ? true : null,
                Date(form, "trialEndDate", errors), Text(form["trialGoals"]), Text(form["trialDecision"]), null), ct), ct, "jobchange-" + jobId);

    [Function("AcknowledgeSignalForm")]
    public Task<IResult> Acknowledge([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/signals/{signalId}/acknowledge")] HttpRequest request, string candidateId, string signalId, CancellationToken ct) =>
        HandleAsync(request, candidateId, null, "signal-" + signalId, (admission, form, _) =>
            signals.AcknowledgeAsync(admission, signalId, new AcknowledgeRequest(form["note"].ToString()), ct), ct, "ack-" + signalId);

    [Function("RecordConsentForm")]
    public Task<IResult> Consent([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/jobs/{jobId}/consent")] HttpRequest request, string candidateId, string jobId, CancellationToken ct) =>
        HandleAsync(request, candidateId, jobId, "job-" + jobId, (admission, form, errors) =>
        {
            var disclosure = Enum.TryParse<Disclosure>(form["disclosure"], ignoreCase: true, out var d) && Enum.IsDefined(d) ? d : (Disclosure?)null;
            // An emptied name removes it; an empty e-mail field keeps the known address (the form never shows it).
            var request = new ConsentRequest { Disclosure = disclosure, SupervisorConsent = Bool(form["supervisorConsent"]), SupervisorName = Text(form["supervisorName"]) };
            if (Text(form["supervisorEmail"]) is { } email)
                request.SupervisorEmail = email;
            return consent.ApplyAsync(admission, request, ct);
        }, ct, "consent-" + jobId);

    [Function("RecordJobEndForm")]
    public Task<IResult> EndJob([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/jobs/{jobId}/end")] HttpRequest request, string candidateId, string jobId, CancellationToken ct) =>
        HandleAsync(request, candidateId, jobId, "job-" + jobId, (admission, form, errors) =>
            jobEnd.ApplyAsync(admission, new JobEndRequest(Date(form, "endDate", errors), Text(form["reason"])), ct), ct, "jobend-" + jobId);

    [Function("RecordJobStartForm")]
    public Task<IResult> StartJob([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/jobs")] HttpRequest request, string candidateId, CancellationToken ct) =>
        HandleAsync(request, candidateId, null, "jobs-title", (admission, form, errors) =>
        {
            var kind = Enum.TryParse<PlacementKind>(form["kind"], ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : (PlacementKind?)null;
            var start = new JobStartRequest(Text(form["employer"]), Text(form["jobTitle"]), Text(form["sector"]), Date(form, "startDate", errors),
                Number(form, "contractHoursPerWeek", errors), Bool(form["competitive"]), kind, form["fourPaidHoursConfirmed"] == "true",
                Date(form, "trialEndDate", errors), Text(form["trialGoals"]), [], null);
            return jobStart.StartAsync(admission, start, ct);
        }, ct, "jobstart");

    [Function("RecordDischargeForm")]
    public Task<IResult> Discharge([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/discharge")] HttpRequest request, string candidateId, CancellationToken ct) =>
        HandleAsync(request, candidateId, null, "discharge-title", (admission, form, errors) =>
            discharge.DischargeAsync(admission, new DischargeRequest(Date(form, "dischargeDate", errors), Text(form["reason"])), ct), ct, "discharge");

    [Function("IssueLinkForm")]
    public Task<IResult> IssueLink([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/links")] HttpRequest request, string candidateId, CancellationToken ct) =>
        HandleAsync(request, candidateId, null, "handover-title", (admission, form, errors) =>
        {
            var respondent = Enum.TryParse<Respondent>(form["respondent"], ignoreCase: true, out var r) && Enum.IsDefined(r) ? r : (Respondent?)null;
            return links.IssueAsync(admission, new LinkRequest(respondent, form["sendByEmail"] == "true"), ct);
        }, ct, "handover");

    private async Task<IResult> HandleAsync(
        HttpRequest request, string candidateId, string? jobId, string anchor,
        Func<Admission, IFormCollection, Dictionary<string, string[]>, Task<IResult>> apply, CancellationToken ct, string? formId = null)
    {
        if (await pages.RefuseForgedAsync(request.HttpContext) is { } forged)
            return forged;
        var (staff, refusal) = await pages.SignedInAsync(request, ct);
        if (staff is null)
            return refusal!;
        var admission = jobId is null ? await gate.CandidateAsync(staff, candidateId, ct) : await gate.JobAsync(staff, candidateId, jobId, ct);
        if (admission.Denied is not null)
            return CandidatePage.NoAccess(request);

        var t = StaffText.For(StaffPages.Language(request));
        var form = await request.ReadFormAsync(ct);
        var unreadable = new Dictionary<string, string[]>();
        var result = await apply(admission, form, unreadable);
        var candidatePage = StaffPages.Base(request) + "candidates/" + candidateId;
        var errors = unreadable.Count > 0 ? unreadable : (result as ValidationProblem)?.ProblemDetails.Errors;
        if (errors is { Count: > 0 } || result is Ok<LinkDto> || result is IStatusCodeHttpResult { StatusCode: >= 400 })
            await audit.RecordAsync(staff, "view candidate page", candidateId, ct);
        if (errors is { Count: > 0 })
        {
            var posted = new Posted(formId ?? anchor, form, errors.Keys.ToList());
            return StaffPages.Page(await page.RenderAsync(request, staff, admission.File!, Errors(t, errors, posted.FormId), ct, posted), StatusCodes.Status400BadRequest);
        }
        return result switch
        {
            Ok<LinkDto> link => StaffPages.Page(await page.RenderAsync(request, staff, admission.File!, LinkHandover.Render(t, link.Value!, mailAsked: form["sendByEmail"] == "true"), ct)),
            IStatusCodeHttpResult { StatusCode: >= 400 } failed => StaffPages.Page(
                await page.RenderAsync(request, staff, admission.File!, $"""<div class="errors" role="alert"><p class="error">{t.FailedStatus(failed.StatusCode!.Value)}</p></div>""", ct),
                failed.StatusCode!.Value),
            _ => RespondentPages.SeeOther($"{candidatePage}?saved=1#{anchor}"),
        };
    }

    private static string Errors(StaffText t, IDictionary<string, string[]> errors, string formId) => $"""
        <div class="errors" role="alert" tabindex="-1" id="form-errors"><h2>{t.FormErrorsTitle}</h2><ul>
        {string.Concat(errors.Select(e => $"<li data-field=\"{Html.Encode(e.Key)}\"><a href=\"#{Html.Encode(formId)}-{Html.Encode(e.Key)}\">{Html.Encode(t.FieldError(e.Key, e.Value.FirstOrDefault() ?? ""))}</a></li>"))}
        </ul></div>
        """;

    private static string? Text(Microsoft.Extensions.Primitives.StringValues value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.ToString();

    private static bool? Bool(Microsoft.Extensions.Primitives.StringValues value) =>
        value == "true" ? true : value == "false" ? false : null;

    private static DateOnly? Date(IFormCollection form, string field, Dictionary<string, string[]> errors)
    {
        var text = form[field].ToString().Trim();
        if (text.Length == 0)
            return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || DateOnly.TryParseExact(text, ["d-M-yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return date;
        errors[field] = ["dateFormat"];
        return null;
    }

    /// <summary>A number as people type it: 7,5 and 7.5 are the same.</summary>
    private static decimal? Number(IFormCollection form, string field, Dictionary<string, string[]> errors)
    {
        var text = form[field].ToString().Trim().Replace(',', '.');
        if (text.Length == 0)
            return null;
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return number;
        errors[field] = ["numberFormat"];
        return null;
    }

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
