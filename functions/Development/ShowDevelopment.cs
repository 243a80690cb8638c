using Microsoft.Azure.Functions.Worker;

namespace IpsMonitor.Development;

/// <summary>"Mijn ontwikkeling" behind the personal link a coach handed over; reusable until it expires or is revoked.</summary>
internal sealed class ShowDevelopment(DevelopmentLinkStore links, DevelopmentView view, Access.GuessThrottle throttle, TimeProvider time)
{
    [Function("ShowDevelopment")]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "d/{token}")] HttpRequest request, string token, CancellationToken ct)
    {
        var lang = request.Query["lang"].FirstOrDefault() is "nl" or "en" ? request.Query["lang"].FirstOrDefault() : null;
        if (CheckIns.LinkRefusal.For(throttle, request.HttpContext, lang) is { } refused)
            return refused;
        var link = await links.FindByTokenAsync(DevelopmentView.CleanToken(token), ct);
        if (link is null)
            await throttle.FailedAsync(Access.Guess.Link, request.HttpContext, ct);
        if (link is null || !link.WorksAt(time.GetUtcNow()))
            return DevelopmentView.Unavailable(lang);
        return await view.ShowAsync(link.ProgrammeId, link.CandidateId, link.Id, lang, ct);
    }
}
