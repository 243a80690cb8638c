namespace IpsMonitor.Access;

/// <summary>
/// The programme's audit for coordinators: <c>?month=yyyy-MM</c> (default the current month in Amsterdam) and
/// <c>?candidate=</c>; a candidate without a month reads every month. Paged (<c>page</c>, <c>pageSize</c> up to
/// <see cref="Paging.MaxPageSize"/>), newest first. Reading the audit is itself audited.
/// </summary>
internal sealed class ReadAudit(StaffGate gate, AuditTrail trail, AuditLog audit, TimeProvider time)
{
    [Function("ReadAudit")]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "programmes/{programmeId}/audit")] HttpRequest request,
        string programmeId, CancellationToken ct) =>
        gate.ProgrammeAsync(request, programmeId, coordinatorOnly: true, ct).RespondAsync(async staff =>
        {
            var errors = new Dictionary<string, string[]>();
            var filter = AuditFilter.Read(request.Query, time, errors);
            var paging = Paging.Read(request.Query, errors);
            if (errors.Count > 0)
                return TypedResults.ValidationProblem(errors);

            var entries = await trail.ReadAsync(programmeId, filter.Month, filter.Candidate, ct);
            var page = paging.Of(entries).ToList();
            await audit.RecordListAsync(staff, $"read audit ({filter})", AuditTrail.CandidatesIn(page, filter.Candidate), ct);
            paging.Describe(request, entries.Count);
            request.HttpContext.Response.Headers.CacheControl = "no-store";
            request.HttpContext.Response.Headers["X-Content-Type-Options"] = "nosniff";
            return TypedResults.Ok(page);
        });
}

/// <summary>The audit's filters as both the API and the page read them.</summary>
internal sealed record AuditFilter(DateOnly? Month, string? Candidate)
{
    public static AuditFilter Read(IQueryCollection query, TimeProvider time, Dictionary<string, string[]> errors)
    {
        string? candidate = null;
        if (query["candidate"].FirstOrDefault() is { Length: > 0 } c)
        {
            if (query["candidate"].Count == 1 && Keys.IsSafe(c.Trim()))
                candidate = c.Trim();
            else
                errors["candidate"] = ["candidate is one candidate id: letters, digits, - and _, at most 64."];
        }
        DateOnly? month = null;
        if (query["month"].FirstOrDefault() is { Length: > 0 } m)
        {
            if (query["month"].Count == 1 && AuditTrail.TryMonth(m, out var parsed))
                month = parsed;
            else
                errors["month"] = ["month is a month written yyyy-mm (2026-11), from 2000-01 on."];
        }
        else if (candidate is null)
        {
            var today = time.Today();
            month = new DateOnly(today.Year, today.Month, 1);
        }
        return new AuditFilter(month, candidate);
    }

    public override string ToString() =>
        (Month is { } m ? $"month {m:yyyy-MM}" : "all months") + (Candidate is null ? "" : $", candidate {Candidate}");
}
