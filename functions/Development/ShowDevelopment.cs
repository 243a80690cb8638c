namespace IpsMonitor.Development;

/// <summary>"Mijn ontwikkeling" behind the personal link a coach handed over; reusable until it expires or is revoked.</summary>
internal sealed class ShowDevelopment(DevelopmentLinkStore links, DevelopmentView view)
{
    [Function("ShowDevelopment")]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "d/{token}")] HttpRequest request, string token, CancellationToken ct) =>
        view.ShowByLinkAsync(request, token, cleaned => links.FindByTokenAsync(cleaned, ct),
            (link, now) => link.WorksAt(now) ? new DevelopmentTarget(link.ProgrammeId, link.CandidateId, link.Id) : null, ct);
}
