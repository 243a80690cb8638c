using System.Globalization;
using IpsMonitor.Access;
using IpsMonitor.Caseload;
using IpsMonitor.CheckIns;
using IpsMonitor.Questionnaires;
using IpsMonitor.Signals;
using Microsoft.AspNetCore.Components;
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
            var posted = PostedForm.From(formId ?? anchor, form, errors.Keys.ToList());
            return StaffPages.Page(await page.RenderAsync(request, staff, admission.File!, Errors(t, errors, posted.FormId), ct, posted), StatusCodes.Status400BadRequest);
        }
        return result switch
        {
            Ok<LinkDto> link => StaffPages.Page(await page.RenderAsync(request, staff, admission.File!, Handover(t, link.Value!, mailAsked: form["sendByEmail"] == "true"), ct)),
            IStatusCodeHttpResult { StatusCode: >= 400 } failed => StaffPages.Page(
                await page.RenderAsync(request, staff, admission.File!, Failure(t.FailedStatus(failed.StatusCode!.Value)), ct),
                failed.StatusCode!.Value),
            _ => RespondentPages.SeeOther($"{candidatePage}?saved=1#{anchor}"),
        };
    }

    private static RenderFragment Errors(StaffText t, IDictionary<string, string[]> errors, string formId) =>
        Fragment.Of<FormErrors>(new Dictionary<string, object?>
        {
            [nameof(FormErrors.Text)] = t,
            [nameof(FormErrors.FormId)] = formId,
            [nameof(FormErrors.Errors)] = errors
                .Select(e => new FieldErrorView(e.Key, t.FieldError(e.Key, e.Value.FirstOrDefault() ?? ""))).ToList(),
        });

    private static RenderFragment Failure(string message) =>
        Fragment.Of<FailureNotice>(new Dictionary<string, object?> { [nameof(FailureNotice.Message)] = message });

    private static RenderFragment Handover(StaffText t, LinkDto link, bool mailAsked) =>
        Fragment.Of<HandoverLink>(new Dictionary<string, object?>
        {
            [nameof(HandoverLink.Text)] = t,
            [nameof(HandoverLink.View)] = LinkHandover.View(t, link, mailAsked),
        });

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
}
