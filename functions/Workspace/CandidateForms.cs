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
                Date(form, "trialEndDate", errors), Text(form["trialGoals"]), Text(form["trialDecision"]), null), ct), ct);

    [Function("AcknowledgeSignalForm")]
    public Task<IResult> Acknowledge([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/signals/{signalId}/acknowledge")] HttpRequest request, string candidateId, string signalId, CancellationToken ct) =>
        HandleAsync(request, candidateId, null, "signal-" + signalId, (admission, form, _) =>
            signals.AcknowledgeAsync(admission, signalId, new AcknowledgeRequest(form["note"].ToString()), ct), ct);

    [Function("RecordConsentForm")]
    public Task<IResult> Consent([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/jobs/{jobId}/consent")] HttpRequest request, string candidateId, string jobId, CancellationToken ct) =>
        HandleAsync(request, candidateId, jobId, "job-" + jobId, (admission, form, errors) =>
        {
            var disclosure = Enum.TryParse<Disclosure>(form["disclosure"], ignoreCase: true, out var d) && Enum.IsDefined(d) ? d : (Disclosure?)null;
            var request = new ConsentRequest(disclosure, Bool(form["supervisorConsent"]), Text(form["supervisorName"]), Text(form["supervisorEmail"]));
            return consent.ApplyAsync(admission, request, ct);
        }, ct);

    [Function("RecordJobEndForm")]
    public Task<IResult> EndJob([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/jobs/{jobId}/end")] HttpRequest request, string candidateId, string jobId, CancellationToken ct) =>
        HandleAsync(request, candidateId, jobId, "job-" + jobId, (admission, form, errors) =>
            jobEnd.ApplyAsync(admission, new JobEndRequest(Date(form, "endDate", errors), Text(form["reason"])), ct), ct);

    [Function("RecordJobStartForm")]
    public Task<IResult> StartJob([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/jobs")] HttpRequest request, string candidateId, CancellationToken ct) =>
        HandleAsync(request, candidateId, null, "jobs-title", (admission, form, errors) =>
        {
            var kind = Enum.TryParse<PlacementKind>(form["kind"], ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : (PlacementKind?)null;
            var start = new JobStartRequest(Text(form["employer"]), Text(form["jobTitle"]), Text(form["sector"]), Date(form, "startDate", errors),
                Number(form, "contractHoursPerWeek", errors), Bool(form["competitive"]), kind, form["fourPaidHoursConfirmed"] == "true",
                Date(form, "trialEndDate", errors), Text(form["trialGoals"]), [], null);
            return jobStart.StartAsync(admission, start, ct);
        }, ct);

    [Function("RecordDischargeForm")]
    public Task<IResult> Discharge([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/discharge")] HttpRequest request, string candidateId, CancellationToken ct) =>
        HandleAsync(request, candidateId, null, "discharge-title", (admission, form, errors) =>
            discharge.DischargeAsync(admission, new DischargeRequest(Date(form, "dischargeDate", errors), Text(form["reason"])), ct), ct);

    [Function("IssueLinkForm")]
    public Task<IResult> IssueLink([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/links")] HttpRequest request, string candidateId, CancellationToken ct) =>
        HandleAsync(request, candidateId, null, "handover-title", (admission, form, errors) =>
        {
            var respondent = Enum.TryParse<Respondent>(form["respondent"], ignoreCase: true, out var r) && Enum.IsDefined(r) ? r : (Respondent?)null;
            return links.IssueAsync(admission, new LinkRequest(respondent, form["sendByEmail"] == "true"), ct);
        }, ct);

    private async Task<IResult> HandleAsync(
        HttpRequest request, string candidateId, string? jobId, string anchor,
        Func<Admission, IFormCollection, Dictionary<string, string[]>, Task<IResult>> apply, CancellationToken ct)
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
            return StaffPages.Page(await page.RenderAsync(request, staff, admission.File!, Errors(t, errors), ct), StatusCodes.Status400BadRequest);
        return result switch
        {
            Ok<LinkDto> link => StaffPages.Page(await page.RenderAsync(request, staff, admission.File!, LinkHandover.Render(t, link.Value!), ct)),
            IStatusCodeHttpResult { StatusCode: >= 400 } failed => StaffPages.Page(
                await page.RenderAsync(request, staff, admission.File!, $"""<div class="errors" role="alert"><p class="error">{t.FailedStatus(failed.StatusCode!.Value)}</p></div>""", ct),
                failed.StatusCode!.Value),
            _ => RespondentPages.SeeOther($"{candidatePage}?saved=1#{anchor}"),
        };
    }

    private static string Errors(StaffText t, IDictionary<string, string[]> errors) => $"""
        <div class="errors" role="alert" tabindex="-1" id="form-errors"><h2>{t.FormErrorsTitle}</h2><ul>
        {string.Concat(errors.Select(e => $"<li data-field=\"{Html.Encode(e.Key)}\">{Html.Encode(t.FieldError(e.Key, e.Value.FirstOrDefault() ?? ""))}</li>"))}
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

    public static string ConsentForm(StaffText t, string action, string form, Job j)
    {
        string Option(Disclosure d) => $"""<option value="{d}"{(d == j.Disclosure ? " selected" : "")}>{t.DisclosureLabel(d)}</option>""";
        string Radio(bool value) => $"""<label class="choice"><input type="radio" name="supervisorConsent" value="{(value ? "true" : "false")}"{(j.Supervisor.Consent == value ? " checked" : "")}> {(value ? t.Yes : t.No)}</label>""";
        var id = Html.Encode(j.Id);
        return $"""
            <details class="no-print"><summary>{t.ChangeConsent}</summary>
            <form method="post" action="{Html.Url(action + "jobs/" + j.Id + "/consent")}">{form}
            <label for="disclosure-{id}">{t.Disclosure}</label>
            <select id="disclosure-{id}" name="disclosure">{string.Concat(Enum.GetValues<Disclosure>().Select(Option))}</select>
            <fieldset><legend>{t.SupervisorConsentQuestion}</legend>{Radio(true)}{Radio(false)}</fieldset>
            <label for="sname-{id}">{t.SupervisorName}</label><input id="sname-{id}" name="supervisorName" maxlength="100" value="{Html.Encode(j.Supervisor.Name)}">
            <label for="semail-{id}">{t.SupervisorEmail}</label><input id="semail-{id}" name="supervisorEmail" type="email" maxlength="254" autocomplete="off">
            <p><button type="submit">{t.Save}</button></p>
            </form></details>
            """;
    }

    public static string JobChangeForm(StaffText t, string action, string form, Job j)
    {
        var id = Html.Encode(j.Id);
        var trial = j.Kind != PlacementKind.Proefplaatsing ? "" : $"""
            <label for="trialEnd-{id}">{t.TrialEnd}</label><input id="trialEnd-{id}" name="trialEndDate" type="date" value="{j.TrialEndDate:yyyy-MM-dd}">
            <label for="trialGoals-{id}">{t.TrialGoals}</label><textarea id="trialGoals-{id}" name="trialGoals" maxlength="500" rows="2">{Html.Encode(j.TrialGoals)}</textarea>
            <label for="trialDecision-{id}">{t.TrialDecision}</label><input id="trialDecision-{id}" name="trialDecision" maxlength="200" value="{Html.Encode(j.TrialDecision)}">
            """;
        return $"""
            <details class="no-print"><summary>{t.ChangeJob}</summary>
            <form method="post" action="{Html.Url(action + "jobs/" + j.Id)}">{form}
            <label for="hours-{id}">{t.ContractHours}</label><input id="hours-{id}" name="contractHoursPerWeek" inputmode="decimal" size="6" value="{j.ContractHoursPerWeek.ToString("0.#", t.Culture)}">
            {(j.FourPaidHoursConfirmed ? "" : $"<label class=\"choice\"><input type=\"checkbox\" name=\"fourPaidHoursConfirmed\" value=\"true\"> {t.FourPaidHours}</label>")}
            {trial}
            <p><button type="submit">{t.Save}</button></p>
            </form></details>
            """;
    }

    public static string JobEndForm(StaffText t, string action, string form, Job j, DateOnly today)
    {
        var id = Html.Encode(j.Id);
        return $"""
            <details class="no-print"><summary>{t.EndJob}</summary>
            <form method="post" action="{Html.Url(action + "jobs/" + j.Id + "/end")}">{form}
            <label for="end-{id}">{t.EndDate}</label><input id="end-{id}" name="endDate" type="date" value="{today:yyyy-MM-dd}" required>
            <label for="reason-{id}">{t.Reason}</label><input id="reason-{id}" name="reason" maxlength="200" required>
            <p><button type="submit">{t.Save}</button></p>
            </form></details>
            """;
    }

    public static string JobStartForm(StaffText t, string action, string form)
    {
        string Kind(PlacementKind k) => $"""<option value="{k}">{t.KindLabel(k)}</option>""";
        return $"""
            <details class="no-print"><summary>{t.NewJob}</summary>
            <form method="post" action="{Html.Url(action + "jobs")}">{form}
            <label for="employer">{t.Employer}</label><input id="employer" name="employer" maxlength="100" required>
            <label for="jobTitle">{t.JobTitle}</label><input id="jobTitle" name="jobTitle" maxlength="100" required>
            <label for="sector">{t.Sector}</label><input id="sector" name="sector" maxlength="60" required>
            <label for="startDate">{t.StartDate}</label><input id="startDate" name="startDate" type="date" required>
            <label for="contractHoursPerWeek">{t.ContractHours}</label><input id="contractHoursPerWeek" name="contractHoursPerWeek" inputmode="decimal" size="6" required>
            <label for="kind">{t.Kind}</label><select id="kind" name="kind">{string.Concat(Enum.GetValues<PlacementKind>().Select(Kind))}</select>
            <fieldset><legend>{t.CompetitiveQuestion}</legend>
            <label class="choice"><input type="radio" name="competitive" value="true"> {t.Yes}</label>
            <label class="choice"><input type="radio" name="competitive" value="false"> {t.No}</label></fieldset>
            <label class="choice"><input type="checkbox" name="fourPaidHoursConfirmed" value="true"> {t.FourPaidHours}</label>
            <label for="trialEndDate">{t.TrialEnd}</label><input id="trialEndDate" name="trialEndDate" type="date">
            <label for="trialGoals">{t.TrialGoals}</label><textarea id="trialGoals" name="trialGoals" maxlength="500" rows="2"></textarea>
            <p><button type="submit">{t.Save}</button></p>
            </form></details>
            """;
    }

    public static string DischargeForm(StaffText t, string action, string form, DateOnly today) => $"""
        <section class="no-print" aria-labelledby="discharge-title"><h2 id="discharge-title">{t.Discharge}</h2>
        <details><summary>{t.DischargeCandidate}</summary>
        <form method="post" action="{Html.Url(action + "discharge")}">{form}
        <label for="dischargeDate">{t.DischargeDate}</label><input id="dischargeDate" name="dischargeDate" type="date" value="{today:yyyy-MM-dd}" required>
        <label for="dischargeReason">{t.Reason}</label><input id="dischargeReason" name="reason" maxlength="200" required>
        <p><button type="submit">{t.Save}</button></p>
        </form></details></section>
        """;
}
