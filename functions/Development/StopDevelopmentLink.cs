using IpsMonitor.Workspace;

namespace IpsMonitor.Development;

/// <summary>
/// The candidate stops their own "Mijn ontwikkeling" link from its page, say after forwarding it by mistake: a
/// confirmation step, then a form that posts (with the antiforgery field, so another site cannot make a browser do it),
/// then a redirect to the link itself, which from then on answers that it is stopped. Audited as the link's holder.
/// </summary>
internal sealed class StopDevelopmentLink(
    DevelopmentLinkStore links, DevelopmentView view, StaffPages forms, AuditLog audit, TimeProvider time)
{
    [Function("ShowStopDevelopmentLink")]
    public Task<IResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "d/{token}/stop")] HttpRequest request, string token,
        CancellationToken ct) =>
        view.OpenAsync(request, token, ct).RespondAsync(open => ConfirmationAsync(request, open.Token, open.Lang, StatusCodes.Status200OK));

    [Function("StopDevelopmentLink")]
    public Task<IResult> Stop(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "d/{token}/stop")] HttpRequest request, string token,
        CancellationToken ct) =>
        view.OpenAsync(request, token, ct).RespondAsync(open => StopAsync(request, open, ct));

    private async Task<IResult> StopAsync(HttpRequest request, OpenLink open, CancellationToken ct)
    {
        var (link, clean, lang) = open;
        // A form without a valid antiforgery field stops nothing: the question is asked again, with a fresh field.
        if (await forms.RefuseForgedAsync(request.HttpContext) is not null)
            return await ConfirmationAsync(request, clean, lang, StatusCodes.Status400BadRequest);
        await links.StopAsync(link, time.GetUtcNow(), ct);
        await audit.RecordRespondentAsync(link.ProgrammeId, link.Id, "stop development link", link.CandidateId, ct);
        return RespondentPages.SeeOther($"../{clean}?lang={lang ?? Languages.Default}");
    }

    private async Task<IResult> ConfirmationAsync(HttpRequest request, string token, string? lang, int status) =>
        RespondentPages.Html(await Views.RenderAsync<DevelopmentStop>(new Dictionary<string, object?>
        {
            [nameof(DevelopmentStop.Text)] = DevelopmentText.For(lang),
            [nameof(DevelopmentStop.Action)] = $"stop?lang={lang ?? Languages.Default}",
            [nameof(DevelopmentStop.Back)] = $"../{token}?lang={lang ?? Languages.Default}",
            [nameof(DevelopmentStop.Token)] = forms.FormToken(request.HttpContext),
        }), status);
}
