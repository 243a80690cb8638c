namespace IpsMonitor.Workspace;

/// <summary>
/// The confirmation pages of the team page's destructive forms (<see cref="DestructiveAttribute"/>): revoking a key and
/// deactivating a coach. Each names the key (label, role, coach) or the coach, says what stops, and warns first when the
/// key is the reader's own, for revoking it signs them out. The button posts to the same route (<see cref="TeamPage"/>).
/// Something unknown, already revoked or inactive gets the not-found page.
/// </summary>
internal sealed class TeamConfirmations(StaffPages pages, AccessStore access, TimeProvider time)
{
    [Function("ShowRevokeStaffKey")]
    public Task<IResult> RevokeKey(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/team/keys/{keyId}/revoke")] HttpRequest request,
        string keyId, CancellationToken ct) => ConfirmAsync(request, async (staff, chrome, t, w) =>
        {
            var keys = Keys.IsSafe(keyId) ? await access.KeysAsync(staff.ProgrammeId, ct) : [];
            var key = keys.FirstOrDefault(k => k.KeyId == keyId && !k.Revoked);
            if (key is null)
                return null;
            // The programme's last coordinator key is never revoked: the page says why and offers no button.
            var last = ManageTeam.IsLastCoordinatorKey(key, keys, time.GetUtcNow());
            var role = key.Role == StaffRole.Coordinator ? t.RoleCoordinator : t.RoleCoach;
            List<Fact> facts = [new(w.Key, key.Label), new(t.Role, role), new(t.Expires, StaffLayout.Date(key.ValidThrough, t))];
            if (key.CoachId is { } coach)
                facts.Add(new(w.Coach, coach));
            return new ConfirmView(chrome, w, w.RevokeTitle, w.Revoke, chrome.Base + "team/keys/" + keyId + "/revoke",
                chrome.Base + "team", facts, w.RevokeEffect, key.KeyId == staff.KeyId ? w.RevokeOwn : null)
            {
                Outcome = last ? CandidateForms.Failure(t.FormErrors.ByCode[ErrorCodes.LastCoordinatorKey]) : null,
                Done = last,
            };
        }, ct);

    [Function("ShowDeactivateCoach")]
    public Task<IResult> DeactivateCoach(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/team/coaches/{coachId}/deactivate")] HttpRequest request,
        string coachId, CancellationToken ct) => ConfirmAsync(request, async (staff, chrome, t, w) =>
        {
            var coach = Keys.IsSafe(coachId) ? await access.GetCoachAsync(staff.ProgrammeId, coachId, ct) : null;
            if (coach is not { Active: true })
                return null;
            var keys = (await access.KeysAsync(staff.ProgrammeId, ct)).Count(k => k.CoachId == coachId && !k.Revoked);
            List<Fact> facts = [new(w.Coach, coach.Name is { Length: > 0 } name ? name + " (" + coach.Id + ")" : coach.Id)];
            facts.Add(new(t.Keys, keys.ToString(t.Culture)));
            var action = chrome.Base + "team/coaches/" + coachId + "/deactivate";
            return new ConfirmView(chrome, w, w.DeactivateTitle, w.Deactivate, action, chrome.Base + "team", facts,
                w.DeactivateEffect, coachId == staff.CoachId ? w.RevokeOwn : null);
        }, ct);

    /// <summary>For a coordinator: the page <paramref name="view"/> makes, or the not-found page when it makes none.</summary>
    private async Task<IResult> ConfirmAsync(
        HttpRequest request, Func<Staff, StaffChrome, StaffText, ConfirmText, Task<ConfirmView?>> view, CancellationToken ct)
    {
        if (!(await pages.CoordinatorAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        var t = StaffPages.Text(request);
        var chrome = pages.Chrome(request, t, staff.IsCoordinator);
        return await view(staff, chrome, t, ConfirmText.For(t.Lang)) is { } shown
            ? StaffPages.Page(await CandidateConfirmations.RenderAsync(shown))
            : RevealPages.NotFound(request);
    }
}
