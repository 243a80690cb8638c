using Microsoft.AspNetCore.Components;

namespace IpsMonitor.Workspace;

/// <summary>
/// The confirmation pages of the candidate's destructive forms (<see cref="DestructiveAttribute"/>): ending a job,
/// discharge, withdrawing consent and stopping the "Mijn ontwikkeling" links. Each GET names the candidate by their local reference and the job by title and
/// employer, says what stops, and holds the form whose button says the action; the form posts to the same route
/// (<see cref="CandidateForms"/>), which shows this page again with the errors when a field is wrong. A page read is audited.
/// </summary>
internal sealed class CandidateConfirmations(StaffPages pages, StaffGate gate, AuditLog audit, TimeProvider time)
{
    [Function("ShowEndJob")]
    public Task<IResult> EndJob(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/candidates/{candidateId}/jobs/{jobId}/end")] HttpRequest request,
        string candidateId, string jobId, CancellationToken ct) =>
        ShowAsync(request, staff => gate.JobAsync(staff, candidateId, jobId, ct), a => EndJobAsync(request, a, null, null), ct);

    [Function("ShowDischarge")]
    public Task<IResult> Discharge(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/candidates/{candidateId}/discharge")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        ShowAsync(request, staff => gate.CandidateAsync(staff, candidateId, ct), a => DischargeAsync(request, a, null, null), ct);

    [Function("ShowWithdrawConsent")]
    public Task<IResult> WithdrawConsent(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/candidates/{candidateId}/jobs/{jobId}/consent/withdraw")]
        HttpRequest request, string candidateId, string jobId, CancellationToken ct) =>
        ShowAsync(request, staff => gate.JobAsync(staff, candidateId, jobId, ct), a => WithdrawAsync(request, a), ct);

    [Function("ShowStopDevelopmentLinks")]
    public Task<IResult> StopDevelopmentLinks(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/candidates/{candidateId}/development-links/stop")]
        HttpRequest request, string candidateId, CancellationToken ct) =>
        ShowAsync(request, staff => gate.CandidateAsync(staff, candidateId, ct), a => StopDevelopmentAsync(request, a, null), ct);

    /// <summary>"Links naar Mijn ontwikkeling stoppen?"; again with the failure after a refused try.</summary>
    public Task<string> StopDevelopmentAsync(HttpRequest request, Admission a, RenderFragment? outcome)
    {
        var (chrome, w, path) = Frame(request, a);
        return RenderAsync(new ConfirmView(
            chrome, w, w.StopDevelopmentTitle, w.StopDevelopment, path + "development-links/stop", path + "#development-title",
            Facts(w, chrome.Text, a.File.Candidate, null), w.StopDevelopmentEffect, null) { Outcome = outcome });
    }

    /// <summary>"Baan beëindigen?" with the end date and reason; again with the errors after a refused try.</summary>
    public Task<string> EndJobAsync(HttpRequest request, JobAdmission a, RenderFragment? outcome, PostedForm? posted)
    {
        var (chrome, w, path) = Frame(request, a);
        var formId = "jobend-" + a.Job.Id;
        // A job that has ended says so, in the words the refusal would use, rather than offering a form that cannot succeed.
        var ended = a.Job.EndDate is not null;
        if (ended)
            outcome = CandidateForms.Failure(chrome.Text.FormErrors.ByCode[ErrorCodes.JobAlreadyEnded]);
        return RenderAsync(new ConfirmView(
            chrome, w, ended ? w.EndedJobTitle : w.EndJobTitle, w.EndJob, path + "jobs/" + a.Job.Id + "/end", path + "#job-" + a.Job.Id,
            Facts(w, chrome.Text, a.File.Candidate, a.Job), w.EndJobEffect, null)
        {
            Fields = Fields(chrome.Text, formId, "endDate", chrome.Text.EndDate, StaffText.Choices(chrome.Text.JobEndReasonLabels), posted),
            Outcome = outcome,
            Done = ended,
        });
    }

    /// <summary>"Kandidaat uitschrijven?" with the discharge date and reason; again with the errors after a refused try.</summary>
    public Task<string> DischargeAsync(HttpRequest request, Admission a, RenderFragment? outcome, PostedForm? posted)
    {
        var (chrome, w, path) = Frame(request, a);
        // A discharged candidate's page says so, as an ended job's does, rather than offering the form again.
        var discharged = a.File.Candidate.IsDischarged;
        if (discharged)
            outcome = CandidateForms.Failure(chrome.Text.FormErrors.ByCode[ErrorCodes.CandidateDischarged]);
        return RenderAsync(new ConfirmView(
            chrome, w, discharged ? w.DischargedTitle : w.DischargeTitle, w.Discharge, path + "discharge", path,
            Facts(w, chrome.Text, a.File.Candidate, null), w.DischargeEffect, null)
        {
            Fields = Fields(chrome.Text, "discharge", "dischargeDate", chrome.Text.DischargeDate,
                StaffText.Choices(chrome.Text.DischargeReasonLabels), posted),
            Outcome = outcome,
            Done = discharged,
        });
    }

    private Task<string> WithdrawAsync(HttpRequest request, JobAdmission a)
    {
        var (chrome, w, path) = Frame(request, a);
        return RenderAsync(new ConfirmView(
            chrome, w, w.WithdrawTitle, w.Withdraw, path + "jobs/" + a.Job.Id + "/consent/withdraw", path + "#job-" + a.Job.Id,
            Facts(w, chrome.Text, a.File.Candidate, a.Job), w.WithdrawEffect, null));
    }

    private async Task<IResult> ShowAsync<TAdmission>(
        HttpRequest request, Func<Staff, Task<Gated<TAdmission>>> admit, Func<TAdmission, Task<string>> render,
        CancellationToken ct) where TAdmission : Admission
    {
        if (!(await pages.AdmittedAsync(request, admit, ct)).Passed(out var admission, out var refusal))
            return refusal;
        await audit.RecordAsync(admission.Staff, "view candidate page", admission.File.Candidate.Id, ct);
        return StaffPages.Page(await render(admission));
    }

    private (StaffChrome Chrome, ConfirmText Words, string CandidatePath) Frame(HttpRequest request, Admission a)
    {
        var t = StaffPages.Text(request);
        var chrome = pages.Chrome(request, t, a.Staff.IsCoordinator);
        return (chrome, ConfirmText.For(t.Lang), chrome.Base + "candidates/" + a.File.Candidate.Id + "/");
    }

    private static List<Fact> Facts(ConfirmText w, StaffText t, Candidate c, Job? job)
    {
        var facts = new List<Fact> { new(w.Candidate, w.CandidateShown(c.Id, c.LocalReference)) };
        if (job is not null)
            facts.Add(new(w.Job, string.Format(w.Culture, w.JobValue, job.JobTitle, job.Employer, StaffLayout.Date(job.StartDate, t))));
        return facts;
    }

    private RenderFragment Fields(
        StaffText t, string formId, string dateField, string dateLabel, IEnumerable<Choice> reasons, PostedForm? posted) =>
        Fragment.Of<DateReasonFields>(new Dictionary<string, object?>
        {
            [nameof(DateReasonFields.Text)] = t,
            [nameof(DateReasonFields.Choices)] = reasons,
            [nameof(DateReasonFields.FormId)] = formId,
            [nameof(DateReasonFields.DateField)] = dateField,
            [nameof(DateReasonFields.DateLabel)] = dateLabel,
            [nameof(DateReasonFields.Today)] = time.Today().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            [nameof(DateReasonFields.Posted)] = posted,
        });

    public static Task<string> RenderAsync(ConfirmView view) =>
        Views.RenderAsync<ConfirmPage>(new Dictionary<string, object?> { [nameof(ConfirmPage.View)] = view });
}
