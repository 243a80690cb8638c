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
internal sealed class DevelopmentLinks(
    StaffGate gate, DevelopmentLinkStore links, CheckInStore checkIns, AuditLog audit, TimeProvider time, IOptions<DevelopmentOptions> options)
{
    [Function("IssueDevelopmentLink")]
    public Task<IResult> Issue(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "candidates/{candidateId}/development-links")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        gate.CandidateAsync(request, candidateId, ct).AnswerAsync(admission => IssueAsync(admission, ct));

    /// <summary>A new link for the candidate, for the API and the candidate page alike; shown once, only its hash is kept.</summary>
    public async Task<Outcome<DevelopmentLinkDto>> IssueAsync(Admission admission, CancellationToken ct)
    {
        var candidate = admission.File.Candidate;
        if (candidate.IsDischarged)
            return new Invalid("candidate", "The candidate is discharged.");
        var now = time.GetUtcNow();
        var link = new DevelopmentLink("dl-" + Secrets.NewId(4), candidate.ProgrammeId, candidate.Id, now,
            ProgrammeTime.EndOf(ProgrammeTime.DateOf(now).AddDays(options.Value.LinkDays)), null);
        var token = await links.IssueAsync(link, ct);
        await audit.RecordAsync(admission.Staff, "issue development link", candidate.Id, ct);
        return Outcome.Saved(new DevelopmentLinkDto(link.Id, options.Value.LinkBaseUrl + token, link.ExpiresAt));
    }

    [Function("RevokeDevelopmentLinks")]
    public Task<IResult> Revoke(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "candidates/{candidateId}/development-links")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        gate.CandidateAsync(request, candidateId, ct).AnswerAsync(admission => RevokeAsync(admission, ct));

    /// <summary>Stops every link of the candidate at once, for the API and the candidate page alike.</summary>
    public async Task<Outcome<RevokedLinksDto>> RevokeAsync(Admission admission, CancellationToken ct)
    {
        var candidate = admission.File.Candidate;
        var revoked = await links.RevokeAsync(candidate.ProgrammeId, candidate.Id, time.GetUtcNow(), ct)
            + await AnsweredCheckInLinks.StopAsync(checkIns, candidate, ct);
        // Sent twice, the second stops nothing and writes no second row.
        if (revoked > 0)
            await audit.RecordAsync(admission.Staff, "revoke development links", candidate.Id, ct);
        return Outcome.Saved(new RevokedLinksDto(revoked));
    }
}
