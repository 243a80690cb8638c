using Microsoft.AspNetCore.Components;

namespace IpsMonitor.Workspace;

/// <summary>
/// A new link as kept for the page that shows it once, with the candidate it was made for: a check-in link, or the
/// "Mijn ontwikkeling" link (<paramref name="Development"/>).
/// </summary>
public sealed record NewLink(string CandidateId, LinkDto? Link, bool MailAsked, Development.DevelopmentLinkDto? Development = null);

/// <summary>
/// The pages that show a new link or a new key once (post/redirect/get). The form keeps what it made in the
/// <see cref="RevealStore"/> and redirects here; this GET takes it, so a reload shows that it was shown already and
/// issues nothing: no second key, and no new link that would stop the one just scanned.
/// </summary>
internal sealed class RevealPages(
    StaffPages pages, StaffGate gate, CandidatePage candidatePage, TeamPage team, RevealStore reveals, AuditLog audit)
{
    public static async Task<IResult> KeepLinkAsync(RevealStore reveals, HttpRequest request, NewLink link, CancellationToken ct)
    {
        var id = await reveals.KeepAsync(request, link, ct);
        return RespondentPages.SeeOther($"{StaffPages.Base(request)}candidates/{link.CandidateId}/links/{id}#handover");
    }

    public static async Task<IResult> KeepKeyAsync(RevealStore reveals, HttpRequest request, KeyCreated key, CancellationToken ct)
    {
        var id = await reveals.KeepAsync(request, key, ct);
        return RespondentPages.SeeOther($"{StaffPages.Base(request)}team/new-key/{id}#new-key-title");
    }

    [Function("ShowNewLink")]
    public async Task<IResult> ShowLink(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/candidates/{candidateId}/links/{revealId}")] HttpRequest request,
        string candidateId, string revealId, CancellationToken ct)
    {
        if (!RevealStore.IsWellFormed(revealId))
            return NotFound(request);
        if (!(await pages.AdmittedAsync(request, staff => gate.CandidateAsync(staff, candidateId, ct), ct)).Passed(out var admission, out var refusal))
            return refusal;
        await audit.RecordAsync(admission.Staff, "view candidate page", candidateId, ct);
        var t = StaffPages.Text(request);
        var link = await reveals.TakeAsync<NewLink>(request, revealId, ct);
        var shown = (link is not null && link.CandidateId == candidateId ? Handover(t, link) : null)
            ?? Fragment.Of<SavedNotice>(new Dictionary<string, object?>
            {
                [nameof(SavedNotice.Message)] = ConfirmText.For(t.Lang).LinkShownAlready,
            });
        return StaffPages.Page(await candidatePage.RenderAsync(request, admission.Staff, admission.File, shown, ct));
    }

    [Function("ShowNewStaffKey")]
    public async Task<IResult> ShowKey(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/team/new-key/{revealId}")] HttpRequest request,
        string revealId, CancellationToken ct)
    {
        if (!RevealStore.IsWellFormed(revealId))
            return NotFound(request);
        if (!(await pages.CoordinatorAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        var t = StaffPages.Text(request);
        var key = await reveals.TakeAsync<KeyCreated>(request, revealId, ct);
        var outcome = key is null
            ? new TeamOutcome { Failure = ConfirmText.For(t.Lang).KeyShownAlready }
            : TeamPage.KeyShownOnce(t, key);
        return await team.RenderAsync(request, staff, outcome, ct);
    }

    /// <summary>An address no reveal could have: the same page as for any unknown thing.</summary>
    public static IResult NotFound(HttpRequest request)
    {
        var t = StaffPages.Text(request);
        var w = ConfirmText.For(t.Lang);
        return StaffLayout.Message(t, w.NotFoundTitle, w.NotFound, StaffPages.Base(request) + "caseload", StatusCodes.Status404NotFound);
    }

    private static RenderFragment? Handover(StaffText t, NewLink link) => link switch
    {
        { Development: { } development } => CandidateRecordForms.Handover(t, development),
        { Link: { } checkIn } => Fragment.Of<HandoverLink>(new Dictionary<string, object?>
        {
            [nameof(HandoverLink.Text)] = t,
            [nameof(HandoverLink.View)] = LinkHandover.View(t, checkIn, link.MailAsked),
        }),
        _ => null,
    };
}
