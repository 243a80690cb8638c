namespace IpsMonitor.Development;

/// <summary>"Mijn ontwikkeling" behind the personal link a coach handed over; reusable until it expires or is revoked.</summary>
internal sealed class ShowDevelopment(DevelopmentView view)
{
    [Function("ShowDevelopment")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "d/{token}")] HttpRequest request, string token, CancellationToken ct)
    {
        if (!(await view.OpenAsync(request, token, ct)).Passed(out var open, out var refusal))
            return refusal;
        var (link, clean, lang) = open;
        return await view.ShowAsync(request.HttpContext, link.ProgrammeId, link.CandidateId, link.Id, lang, clean, ct);
    }
}
