using Microsoft.Azure.Functions.Worker;

namespace IpsMonitor.Development;

/// <summary>"Mijn ontwikkeling" behind the personal link a coach handed over; reusable until it expires or is revoked.</summary>
internal sealed class ShowDevelopment(DevelopmentLinkStore links, DevelopmentView view, TimeProvider time)
{
    [Function("ShowDevelopment")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "d/{token}")] HttpRequest request, string token, CancellationToken ct)
    {
        var lang = DevelopmentView.Language(request);
        var link = await links.FindByTokenAsync(DevelopmentView.CleanToken(token), ct);
        if (link is null || !link.WorksAt(time.GetUtcNow()))
            return await view.NotWorkingAsync(request.HttpContext, link, lang, ct);
        return await view.ShowAsync(request.HttpContext, link.ProgrammeId, link.CandidateId, link.Id, lang,
            DevelopmentView.CleanToken(token), ct);
    }
}
