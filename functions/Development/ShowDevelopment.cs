using Microsoft.Azure.Functions.Worker;

namespace IpsMonitor.Development;

/// <summary>"Mijn ontwikkeling" behind the personal link a coach handed over; reusable until it expires or is revoked.</summary>
internal sealed class ShowDevelopment(DevelopmentLinkStore links, DevelopmentView view, Access.GuessThrottle throttle, TimeProvider time)
{
    [Function("ShowDevelopment")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "d/{token}")] HttpRequest request, string token, CancellationToken ct)
    {
        var lang = Platform.Languages.Supported(request.Query["lang"].FirstOrDefault(), Platform.Languages.Respondent);
        var link = await links.FindByTokenAsync(DevelopmentView.CleanToken(token), ct);
        if (link is null)
            return await CheckIns.LinkRefusal.AfterWrongTokenAsync(throttle, request.HttpContext, lang, ct)
                ?? await DevelopmentView.UnavailableAsync(lang);
        if (!link.WorksAt(time.GetUtcNow()))
            return link.StoppedByHolder ? await DevelopmentView.StoppedAsync(lang) : await DevelopmentView.UnavailableAsync(lang);
        return await view.ShowAsync(request.HttpContext, link.ProgrammeId, link.CandidateId, link.Id, lang,
            DevelopmentView.CleanToken(token), ct);
    }
}
