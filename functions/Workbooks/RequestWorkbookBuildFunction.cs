namespace IpsMonitor.Workbooks;

/// <summary>
/// A coordinator asks for a rebuild of a past or the current quarter: the request is queued and answered with 202 and
/// the URL of its status. Asking again while one is still pending returns that one. The bounds (quarters since the first
/// referral, a few pending builds per programme: 400 or 429) are <see cref="WorkbookBuildQueue"/>'s, shared with the pages.
/// The external workbook of a closed quarter is frozen; the body <c>{ "externCorrection": true }</c> asks for its next, labelled version.
/// </summary>
internal sealed class RequestWorkbookBuildFunction(StaffGate gate, WorkbookBuildQueue requester)
{
    [Function("RequestWorkbookBuild")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "programmes/{programmeId}/workbooks/{quarter}/builds")] HttpRequest request,
        string programmeId, string quarter, CancellationToken ct)
    {
        if (!(await gate.QuarterAsync(request, programmeId, quarter, ct)).Passed(out var admission, out var refusal))
            return refusal;
        var (staff, workbookQuarter) = admission;

        var correction = false;
        if (request.ContentLength > 0 || request.HasJsonContentType())
        {
            if (!(await RequestBody.ReadJsonAsync<WorkbookBuildRequest>(request, ct)).Passed(out var body, out var problem))
                return problem;
            correction = body.ExternCorrection ?? false;
        }
        var outcome = await requester.RequestAsync(programmeId, workbookQuarter, correction, $"coordinator:{staff.KeyId}", ct);
        if (!outcome.Succeeded(out var build, out var failure))
        {
            if (failure is Refused { Kind: RefusalKind.TooMany })
                request.HttpContext.Response.Headers.RetryAfter = "60";
            return failure.ToResult();
        }

        var workbooks = WorkbookDtos.WorkbooksUrl(request, programmeId);
        var status = $"{workbooks}/{workbookQuarter}/builds/{build.RequestId}";
        return TypedResults.Accepted(status, build.AsDto(status, workbooks));
    }
}
