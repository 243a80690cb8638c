using IpsMonitor.Workspace;

namespace IpsMonitor.Development;

/// <summary>"Mijn ontwikkeling" behind the personal link a coach handed over; reusable until it expires or is revoked.</summary>
internal sealed class ShowDevelopment(DevelopmentView view, StaffPages forms)
{
    [Function("ShowDevelopment")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "d/{token}")] HttpRequest request, string token, CancellationToken ct)
    {
        if (!(await view.OpenAsync(request, token, ct)).Passed(out var open, out var refusal))
            return refusal;
        var (link, clean, lang) = open;
        // After a send (post/redirect/get) the page says what was done, in the section it was done in.
        var words = DevelopmentText.For(lang).Voice;
        var (saved, removed) = (request.Query["saved"].FirstOrDefault(), request.Query["removed"].FirstOrDefault());
        var (status, section) = saved is "goals" or "points" ? (words.Saved, saved)
            : removed is "goals" or "points" ? (words.Removed, removed) : (null, null);
        return await view.ShowAsync(request.HttpContext, link.ProgrammeId, link.CandidateId, link.Id, lang, clean, ct,
            new VoiceForms(forms.FormToken(request.HttpContext), status, section));
    }
}
