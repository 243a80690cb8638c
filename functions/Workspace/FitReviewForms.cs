namespace IpsMonitor.Workspace;

/// <summary>
/// "Passendheid besproken": the coach marks that the fit of a job was reviewed at the end of its onboarding, which takes
/// its line on "Vandaag" down among the handled ones. Through the candidate forms' one path, so a success redirects to
/// the agenda and a second send does nothing again.
/// </summary>
internal sealed class FitReviewForms(CandidateForms forms, StaffGate gate, FitReviewStore reviews, AuditLog audit, TimeProvider time)
{
    [Function("MarkFitReviewed")]
    public Task<IResult> Mark(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/jobs/{jobId}/fit-review")]
        HttpRequest request, string candidateId, string jobId, CancellationToken ct) =>
        forms.HandleAsync(request, staff => gate.JobAsync(staff, candidateId, jobId, ct), "driegesprek", "fit-" + jobId,
            _ => new NoFields(), (admission, _) => MarkAsync(admission, ct), ct);

    private async Task<Outcome<Done>> MarkAsync(JobAdmission admission, CancellationToken ct)
    {
        var (candidate, job) = (admission.File.Candidate, admission.Job);
        if (candidate.IsDischarged)
            return new Invalid("candidate", "The candidate is discharged.");
        if (await reviews.MarkAsync(candidate.ProgrammeId, candidate.Id, job.Id, time.GetUtcNow(), ct))
            await audit.RecordAsync(admission.Staff, "mark fit reviewed", candidate.Id, ct);
        return Outcome.NoContent();
    }

    /// <summary>The form sends no field: the route names the job.</summary>
    private sealed record NoFields;
}

/// <summary>
/// When a job's onboarding ends (the signal rules' OnboardingMonths after its start), the fit is reviewed: the line on
/// "Vandaag" shows from <see cref="DaysBefore"/> days before that day, and, until handled, up to <see cref="DaysAfter"/>
/// days after it.
/// </summary>
internal static class OnboardingEnd
{
    /// <summary>Two weeks ahead, to plan the talk (as the agenda's "near" does).</summary>
    public const int DaysBefore = DriegesprekPreparation.NearDays;

    /// <summary>A quarter after: by then the next check-ins ask again.</summary>
    public const int DaysAfter = 91;

    public static DateOnly Of(DateOnly jobStart, int onboardingMonths) => jobStart.AddMonths(onboardingMonths);

    public static bool IsNear(DateOnly end, DateOnly today) => today >= end.AddDays(-DaysBefore) && today <= end.AddDays(DaysAfter);
}
