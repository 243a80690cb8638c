using IpsMonitor.Platform;
using IpsMonitor.Caseload;
using Microsoft.Net.Http.Headers;

namespace IpsMonitor.Access;

/// <summary>
/// The door of the staff API. No key or an unknown key: 401. A key of another programme, a coach outside their caseload,
/// or a candidate that does not exist: the same 403, so a caller learns nothing, not even whether a candidate exists.
/// </summary>
internal sealed class StaffGate(AccessStore access, CaseloadStore caseload, GuessThrottle throttle)
{
    public async Task<Admission> ProgrammeAsync(HttpRequest request, string programmeId, bool coordinatorOnly, CancellationToken ct)
    {
        var (staff, denied) = await AuthenticateAsync(request, ct);
        if (staff is null)
            return Admission.Deny(denied!);
        if (staff.ProgrammeId != programmeId || (coordinatorOnly && !staff.IsCoordinator) || !Keys.IsSafe(programmeId))
            return Admission.Deny(Forbidden());
        return new Admission(staff, null, null);
    }

    public async Task<Admission> CandidateAsync(HttpRequest request, string candidateId, CancellationToken ct)
    {
        var (staff, denied) = await AuthenticateAsync(request, ct);
        return staff is null ? Admission.Deny(denied!) : await CandidateAsync(staff, candidateId, ct);
    }

    /// <summary>The same check for a caller already known (a signed-in browser session): their own programme and caseload only.</summary>
    public async Task<Admission> CandidateAsync(Staff staff, string candidateId, CancellationToken ct)
    {
        var file = Keys.IsSafe(candidateId) ? await caseload.FindAsync(candidateId, ct) : null;
        if (file is null || !staff.MaySee(file.Candidate.ProgrammeId, file.Candidate.CoachId))
            return Admission.Deny(Forbidden());
        return new Admission(staff, file, null);
    }

    /// <summary>A candidate route about one job: the candidate's admission, then 404 when the job is not theirs.</summary>
    public async Task<Admission> JobAsync(HttpRequest request, string candidateId, string jobId, CancellationToken ct) =>
        await WithJobAsync(await CandidateAsync(request, candidateId, ct), jobId, ct);

    public async Task<Admission> JobAsync(Staff staff, string candidateId, string jobId, CancellationToken ct) =>
        await WithJobAsync(await CandidateAsync(staff, candidateId, ct), jobId, ct);

    private async Task<Admission> WithJobAsync(Admission admission, string jobId, CancellationToken ct)
    {
        if (admission.Denied is not null)
            return admission;
        var candidateId = admission.File!.Candidate.Id;
        var job = Keys.IsSafe(jobId) ? await caseload.JobWithVersionAsync(admission.File!.Candidate.ProgrammeId, candidateId, jobId, ct) : null;
        return job is not { } found
            ? Admission.Deny(TypedResults.Problem(title: "Job not found", statusCode: StatusCodes.Status404NotFound))
            : admission with { Job = found.Job, JobVersion = found.Version };
    }

    /// <summary>
    /// The key's holder, or the refusal: 401 without a key or with a wrong one (counted as a guess), 429 while this client
    /// is refused for guessing (before the key is looked up, so a refusal says nothing about the key).
    /// </summary>
    private async Task<(Staff? Staff, IResult? Denied)> AuthenticateAsync(HttpRequest request, CancellationToken ct)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        var key = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : "";
        if (key.Length == 0)
            return (null, Unauthenticated(request));
        if (throttle.Refusal(Guess.Key, request.HttpContext) is { } refused)
            return (null, TooManyWrongKeys(request, refused));
        var staff = key.Length <= 200 ? await access.FindKeyAsync(key, ct) : null;
        if (staff is null)
        {
            await throttle.FailedAsync(Guess.Key, request.HttpContext, ct);
            return (null, Unauthenticated(request));
        }
        return (staff, null);
    }

    private static IResult TooManyWrongKeys(HttpRequest request, TimeSpan after)
    {
        GuessThrottle.SetRetryAfter(request.HttpContext, after);
        return TypedResults.Problem(title: "Too many wrong keys",
            detail: $"This client sent too many wrong keys. Try again in {Math.Ceiling(after.TotalMinutes)} minutes (see Retry-After).",
            statusCode: StatusCodes.Status429TooManyRequests);
    }

    private static IResult Unauthenticated(HttpRequest request)
    {
        request.HttpContext.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return TypedResults.Problem(title: "Authentication required", detail: "Send a staff API key as 'Authorization: Bearer <key>'.", statusCode: StatusCodes.Status401Unauthorized);
    }

    private static IResult Forbidden() =>
        TypedResults.Problem(title: "No access", detail: "This key gives no access to this resource.", statusCode: StatusCodes.Status403Forbidden);
}

/// <summary>The gate's answer: the caller (and the candidate, for candidate routes), or the response that refuses them.</summary>
internal sealed record Admission(Staff? Staff, CandidateFile? File, IResult? Denied)
{
    public Job? Job { get; init; }

    public Azure.ETag JobVersion { get; init; }

    /// <summary>The answer when the record changed between reading and writing: nothing was written, try again.</summary>
    public static IResult Conflict() =>
        TypedResults.Problem(title: "Changed meanwhile", detail: "Someone else changed this record at the same moment; nothing was saved. Reload and try again.", statusCode: StatusCodes.Status409Conflict);

    public static Admission Deny(IResult result) => new(null, null, result);
}
