namespace IpsMonitor.Workspace;

/// <summary>
/// The adjustment forms on a job card: add one to a running job, and decide on one (keep, extend, reverse). Each runs
/// the API operation through the candidate forms' one path (token, sign-in, admission, every field checked first), so
/// validation, effects and audit are the API's, and a success redirects.
/// </summary>
internal sealed class AdjustmentForms(CandidateForms forms, StaffGate gate, AddAdjustment add, DecideAdjustment decide)
{
    [Function("AddAdjustmentForm")]
    public Task<IResult> Add(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/jobs/{jobId}/adjustments")] HttpRequest request,
        string candidateId, string jobId, CancellationToken ct) =>
        forms.HandleAsync(request, staff => gate.JobAsync(staff, candidateId, jobId, ct), "job-" + jobId, "adjust-" + jobId,
            f => new NewAdjustmentFields(JobStartFields.Adjustments(f, 1) is [var row] ? [row] : [Empty]),
            (admission, r) => AsRow(add.AddAsync(admission, r.Request, ct)), ct,
            rules: (admission, r) => AsRow(AdjustmentValidation.Validate(r.Request, admission.Job)));

    [Function("DecideAdjustmentForm")]
    public Task<IResult> Decide(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post",
            Route = "staff/candidates/{candidateId}/jobs/{jobId}/adjustments/{adjustmentId}/decisions")] HttpRequest request,
        string candidateId, string jobId, string adjustmentId, CancellationToken ct) =>
        forms.HandleAsync(request, staff => gate.JobAsync(staff, candidateId, jobId, ct), "job-" + jobId,
            $"decide-{jobId}-{adjustmentId}",
            f => new AdjustmentDecisionRequest(f.Choice<AdjustmentDecisionKind>("decision"), f.Text("effect"), f.Date("newReviewDate"),
                f.Date("decidedOn")),
            (admission, r) => decide.DecideAsync(admission, adjustmentId, r, ct), ct,
            rules: (admission, r) => decide.Rules(admission, adjustmentId, r));

    private static readonly AdjustmentInput Empty = new(null, null, null, null, null);

    /// <summary>
    /// The add form's one row, named as a job start's first row ("adjustments[0].kind"), so both forms share their
    /// fields and words; the body rules name its fields the same way.
    /// </summary>
    private sealed record NewAdjustmentFields(IReadOnlyList<AdjustmentInput> Adjustments)
    {
        public AdjustmentRequest Request =>
            new(Adjustments[0].Kind, Adjustments[0].Description, Adjustments[0].StartDate, Adjustments[0].ReviewDate);
    }

    /// <summary>The operation's errors ("kind") named as the row's fields ("adjustments[0].kind").</summary>
    private static async Task<Outcome<JobDto>> AsRow(Task<Outcome<JobDto>> operation)
    {
        var outcome = await operation;
        return outcome is Failed<JobDto> { Failure: Invalid invalid } ? Invalid.Of(AsRow(invalid.Errors)) : outcome;
    }

    private static Dictionary<string, ErrorCode[]> AsRow(IReadOnlyDictionary<string, ErrorCode[]> errors) =>
        errors.ToDictionary(e => "adjustments[0]." + e.Key, e => e.Value);
}
