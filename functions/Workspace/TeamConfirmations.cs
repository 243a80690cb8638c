namespace IpsMonitor.Workspace;

/// <summary>
/// The confirmation pages of the team page's destructive forms (<see cref="DestructiveAttribute"/>): revoking a key and
/// deactivating a coach. Each names the key (label, role, coach) or the coach, says what stops, and warns first when the
/// key is the reader's own, for revoking it signs them out. The button posts to the same route (<see cref="TeamPage"/>).
/// </summary>
internal sealed class TeamConfirmations(StaffPages pages, AccessStore access)
{
    [Function("ShowRevokeStaffKey")]
    public async Task<IResult> RevokeKey(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/team/keys/{keyId}/revoke")] HttpRequest request,
        string keyId, CancellationToken ct)
    {
        if (!(await pages.CoordinatorAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        var key = Keys.IsSafe(keyId)
            ? (await access.KeysAsync(staff.ProgrammeId, ct)).FirstOrDefault(k => k.KeyId == keyId && !k.Revoked)
            : null;
        if (key is null)
            return RevealPages.NotFound(request);
        var (chrome, t, w) = Frame(request, staff);
        var role = key.Role == StaffRole.Coordinator ? t.RoleCoordinator : t.RoleCoach;
        List<Fact> facts = [new(w.Key, key.Label), new(t.Role, role), new(t.Expires, StaffLayout.Date(key.ValidThrough, t))];
        if (key.CoachId is { } coach)
            facts.Add(new(w.Coach, coach));
        var view = new ConfirmView(chrome, w, w.RevokeTitle, w.Revoke, chrome.Base + "team/keys/" + keyId + "/revoke",
            chrome.Base + "team", facts, w.RevokeEffect, key.KeyId == staff.KeyId ? w.RevokeOwn : null);
        return StaffPages.Page(await CandidateConfirmations.RenderAsync(view));
    }

    [Function("ShowDeactivateCoach")]
    public async Task<IResult> DeactivateCoach(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/team/coaches/{coachId}/deactivate")] HttpRequest request,
        string coachId, CancellationToken ct)
    {
        if (!(await pages.CoordinatorAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        var coach = Keys.IsSafe(coachId) ? await access.GetCoachAsync(staff.ProgrammeId, coachId, ct) : null;
        if (coach is not { Active: true })
            return RevealPages.NotFound(request);
        var (chrome, t, w) = Frame(request, staff);
        List<Fact> facts = [new(w.Coach, coach.Name is { Length: > 0 } name ? name + " (" + coach.Id + ")" : coach.Id)];
        var keys = (await access.KeysAsync(staff.ProgrammeId, ct)).Count(k => k.CoachId == coachId && !k.Revoked);
        facts.Add(new(t.Keys, keys.ToString(t.Culture)));
        var view = new ConfirmView(chrome, w, w.DeactivateTitle, w.Deactivate, chrome.Base + "team/coaches/" + coachId + "/deactivate",
            chrome.Base + "team", facts, w.DeactivateEffect, coachId == staff.CoachId ? w.RevokeOwn : null);
        return StaffPages.Page(await CandidateConfirmations.RenderAsync(view));
    }

    private (StaffChrome Chrome, StaffText Text, ConfirmText Words) Frame(HttpRequest request, Staff staff)
    {
        var t = StaffText.For(StaffPages.Language(request));
        return (pages.Chrome(request, t, staff.IsCoordinator), t, ConfirmText.For(t.Lang));
    }
}
