using Microsoft.Net.Http.Headers;

namespace IpsMonitor.Access;

/// <summary>
/// The door of the staff API. No key or an unknown key: 401. A key of another programme, a coach outside their caseload,
/// or a candidate that does not exist: the same 403, so a caller learns nothing, not even whether a candidate exists.
/// </summary>
internal sealed class StaffGate(AccessStore access, CaseloadStore caseload, GuessThrottle throttle)
{
    public async Task<Gated<Staff>> ProgrammeAsync(HttpRequest request, string programmeId, bool coordinatorOnly, CancellationToken ct)
    {
        if (!(await AuthenticateAsync(request, ct)).Passed(out var staff, out var refusal))
            return Gated<Staff>.Refuse(refusal);
        if (staff.ProgrammeId != programmeId || (coordinatorOnly && !staff.IsCoordinator) || !Keys.IsSafe(programmeId))
            return Gated<Staff>.Refuse(Forbidden());
        return Gated<Staff>.Pass(staff);
    }

    public async Task<Gated<Admission>> CandidateAsync(HttpRequest request, string candidateId, CancellationToken ct) =>
        await (await AuthenticateAsync(request, ct)).ThenAsync(staff => CandidateAsync(staff, candidateId, ct));

    /// <summary>The same check for a caller already known (a signed-in browser session): their own programme and caseload only.</summary>
    public async Task<Gated<Admission>> CandidateAsync(Staff staff, string candidateId, CancellationToken ct)
    {
        var file = Keys.IsSafe(candidateId) ? await caseload.FindAsync(candidateId, ct) : null;
        if (file is null && Unreadable(staff, candidateId))
            return Gated<Admission>.Refuse(new Refused(RefusalKind.NotNow, "Record not readable",
                "The candidate's stored record could not be read, so nothing was read or changed. The log names the row.").ToResult());
        if (file is null || !staff.MaySee(file.Candidate.ProgrammeId, file.Candidate.CoachId))
            return Gated<Admission>.Refuse(Forbidden());
        return Gated<Admission>.Pass(new Admission(staff, file));
    }

    /// <summary>
    /// The candidate's row is in the caller's programme but could not be read: the caller learns that much, and no more
    /// than a 403 tells about a candidate of another programme.
    /// </summary>
    public static bool Unreadable(Staff staff, string candidateId) =>
        UnreadableRows.LeftOut(CaseloadStore.CandidatesTable, staff.ProgrammeId, candidateId);

    /// <summary>A candidate route about one job: the candidate's admission, then 404 when the job is not theirs.</summary>
    public async Task<Gated<JobAdmission>> JobAsync(HttpRequest request, string candidateId, string jobId, CancellationToken ct) =>
        await (await CandidateAsync(request, candidateId, ct)).ThenAsync(admission => WithJobAsync(admission, jobId, ct));

    public async Task<Gated<JobAdmission>> JobAsync(Staff staff, string candidateId, string jobId, CancellationToken ct) =>
        await (await CandidateAsync(staff, candidateId, ct)).ThenAsync(admission => WithJobAsync(admission, jobId, ct));

    private async Task<Gated<JobAdmission>> WithJobAsync(Admission admission, string jobId, CancellationToken ct)
    {
        var candidate = admission.File.Candidate;
        var job = Keys.IsSafe(jobId) ? await caseload.JobWithVersionAsync(candidate.ProgrammeId, candidate.Id, jobId, ct) : null;
        return job is not { } found
            ? Gated<JobAdmission>.Refuse(new Refused(RefusalKind.NotFound, "Job not found").ToResult())
            : Gated<JobAdmission>.Pass(new JobAdmission(admission.Staff, admission.File, found.Job, found.Version));
    }

    /// <summary>
    /// The key's holder, or the refusal: 401 without a key or with a wrong one (counted as a guess), 429 for a wrong key
    /// while this client is over the guess limit. A right key is let in at once, whatever this client guessed before.
    /// </summary>
    private async Task<Gated<Staff>> AuthenticateAsync(HttpRequest request, CancellationToken ct)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        var key = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : "";
        if (key.Length == 0)
            return Gated<Staff>.Refuse(Unauthenticated(request));
        var staff = key.Length <= 200 ? await access.FindKeyAsync(key, ct) : null;
        if (staff is null)
            return Gated<Staff>.Refuse(await throttle.FailedAsync(Guess.Key, request.HttpContext, ct) is { } refused
                ? TooManyWrongKeys(request, refused) : Unauthenticated(request));
        return Gated<Staff>.Pass(staff);
    }

    private static IResult TooManyWrongKeys(HttpRequest request, TimeSpan after)
    {
        GuessThrottle.SetRetryAfter(request.HttpContext, after);
        return new Refused(RefusalKind.TooMany, "Too many wrong keys",
            $"This client sent too many wrong keys. Try again in {Math.Ceiling(after.TotalMinutes)} minutes (see Retry-After).").ToResult();
    }

    private static IResult Unauthenticated(HttpRequest request)
    {
        request.HttpContext.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return new Refused(RefusalKind.Unauthenticated, "Authentication required",
            "Send a staff API key as 'Authorization: Bearer <key>'.").ToResult();
    }

    private static IResult Forbidden() =>
        new Refused(RefusalKind.Forbidden, "No access", "This key gives no access to this resource.").ToResult();
}

/// <summary>A caller the gate let in, with the candidate the route is about.</summary>
internal record Admission(Staff Staff, VersionedCandidate File);

/// <summary>A caller let in to one job of the candidate, with the job's row version for an optimistic write.</summary>
internal sealed record JobAdmission(Staff Staff, VersionedCandidate File, Job Job, Azure.ETag JobVersion) : Admission(Staff, File);
