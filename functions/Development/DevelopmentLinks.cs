namespace IpsMonitor.Development;

/// <summary>A development link as the coach gets it: shown once, to hand over as a link or a QR code.</summary>
public sealed record DevelopmentLinkDto(string Id, string Link, DateTimeOffset ExpiresAt)
{
    /// <summary>The last day the link works, to the end of that day in Amsterdam.</summary>
    public DateOnly ValidThrough => ProgrammeTime.LastDay(ExpiresAt);
}

public sealed record RevokedLinksDto(int Revoked);

/// <summary>
/// The candidate's coach (or a coordinator) issues a personal link to "Mijn ontwikkeling", or stops every such link of the
/// candidate at once, for instance after a lost phone. Both are audited.
/// </summary>
internal sealed class DevelopmentLinks(StaffGate gate, DevelopmentLinkStore links, AuditLog audit, TimeProvider time, IOptions<DevelopmentOptions> options)
{
    [Function("IssueDevelopmentLink")]
    public Task<IResult> Issue(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "candidates/{candidateId}/development-links")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        gate.CandidateAsync(request, candidateId, ct).RespondAsync(async admission =>
        {
            var candidate = admission.File.Candidate;
            if (candidate.IsDischarged)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["candidate"] = ["The candidate is discharged."] });
            var now = time.GetUtcNow();
            var link = new DevelopmentLink("dl-" + Secrets.NewId(4), candidate.ProgrammeId, candidateId, now,
                ProgrammeTime.EndOf(ProgrammeTime.DateOf(now).AddDays(options.Value.LinkDays)), null);
            var token = await links.IssueAsync(link, ct);
            await audit.RecordAsync(admission.Staff, "issue development link", candidateId, ct);
            return TypedResults.Ok(new DevelopmentLinkDto(link.Id, options.Value.LinkBaseUrl + token, link.ExpiresAt));
        });

    [Function("RevokeDevelopmentLinks")]
    public Task<IResult> Revoke(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "candidates/{candidateId}/development-links")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        gate.CandidateAsync(request, candidateId, ct).RespondAsync(async admission =>
        {
            var revoked = await links.RevokeAsync(admission.File.Candidate.ProgrammeId, candidateId, time.GetUtcNow(), ct);
            await audit.RecordAsync(admission.Staff, "revoke development links", candidateId, ct);
            return TypedResults.Ok(new RevokedLinksDto(revoked));
        });
}
