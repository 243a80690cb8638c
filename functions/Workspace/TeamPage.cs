using IpsMonitor.Workbooks;
using Microsoft.Extensions.Options;
using System.Globalization;
using IpsMonitor.Access;
using IpsMonitor.Caseload;
using IpsMonitor.CheckIns;
using IpsMonitor.Questionnaires;
using IpsMonitor.Platform;
using Microsoft.Azure.Functions.Worker;

namespace IpsMonitor.Workspace;

/// <summary>
/// "Team en sleutels", for coordinators: coaches with their caseload against the fidelity norm (20 per full-time coach),
/// add or change a coach, move candidates and deactivate a coach, issue a key (shown once) and revoke one. The forms use
/// the same code as the JSON API, so validation and audit are the same.
/// </summary>
internal sealed class TeamPage(StaffPages pages, AccessStore access, CaseloadStore caseload, ManageProgramme programme, ManageTeam team, AuditLog audit, IOptions<OutcomeOptions> outcomes, TimeProvider time)
{
    /// <summary>The IPS fidelity norm: at most 20 candidates per full-time coach.</summary>

    [Function("ShowTeam")]
    public async Task<IResult> Show([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/team")] HttpRequest request, CancellationToken ct)
    {
        if (!(await pages.CoordinatorAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        return StaffPages.Page(await RenderAsync(request, staff, null, ct));
    }

    [Function("SaveCoachForm")]
    public Task<IResult> SaveCoach(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/team/coaches")] HttpRequest request,
        CancellationToken ct) =>
        HandleAsync(request, f => (Id: f.Raw("coachId").Trim(), Coach: new CoachRequest(f.Number("fte"), null, null, f.Choice<CoachModel>("model"))),
            (staff, r) => programme.SaveCoachAsync(staff, r.Id, r.Coach, ct), ct);

    [Function("CreateStaffKeyForm")]
    public Task<IResult> CreateKey([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/team/keys")] HttpRequest request, CancellationToken ct) =>
        HandleAsync(request, f => new KeyRequest(f.Choice<StaffRole>("role"), f.Text("coachId"), f.Raw("label"), f.Date("expiresOn")),
            (staff, r) => programme.CreateKeyAsync(staff, r, ct), ct);

    [Function("RevokeStaffKeyForm")]
    public Task<IResult> RevokeKey(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/team/keys/{keyId}/revoke")] HttpRequest request,
        string keyId, CancellationToken ct) =>
        HandleAsync(request, _ => Done.Instance, (staff, _) => team.RevokeAsync(staff, keyId, ct), ct);

    [Function("ReassignCandidatesForm")]
    public Task<IResult> Reassign(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/team/reassignments")] HttpRequest request,
        CancellationToken ct) =>
        HandleAsync(request, f => new ReassignRequest(f.Raw("fromCoachId"), f.Raw("toCoachId"), f.All("candidateIds")),
            (staff, r) => team.ReassignAsync(staff, r, ct), ct);

    [Function("DeactivateCoachForm")]
    public Task<IResult> Deactivate(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/team/coaches/{coachId}/deactivate")] HttpRequest request,
        string coachId, CancellationToken ct) =>
        HandleAsync(request, _ => Done.Instance, (staff, _) => team.DeactivateAsync(staff, coachId, ct), ct);

    /// <summary>
    /// The one path of every team form: token, coordinator, the whole form read and checked by the API's rules before the
    /// operation runs (a wrong field stores nothing), then the outcome as the page: errors, a refusal, a key shown once, or a redirect.
    /// </summary>
    private async Task<IResult> HandleAsync<TRequest, TValue>(
        HttpRequest request, Func<FormReader, TRequest> read, Func<Staff, TRequest, Task<Outcome<TValue>>> apply, CancellationToken ct)
        where TRequest : notnull
    {
        if (await pages.RefuseForgedAsync(request.HttpContext) is { } forged)
            return forged;
        if (!(await pages.CoordinatorAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        var t = StaffText.For(StaffPages.Language(request));
        var reader = new FormReader(await request.ReadFormAsync(ct));
        var input = read(reader);
        var outcome = reader.Check(input, time.Today()) ? await apply(staff, input) : new Invalid(reader.Errors);
        if (outcome.Succeeded(out var value, out var failure))
            return value is KeyCreated created
                ? StaffPages.Page(await RenderAsync(request, staff, KeyShownOnce(t, created), ct))
                : RespondentPages.SeeOther(StaffPages.Base(request) + "team?saved=1");
        return failure is Invalid invalid
            ? StaffPages.Page(await RenderAsync(request, staff, Errors(t, invalid.Errors), ct), StatusCodes.Status400BadRequest)
            : StaffPages.Page(await RenderAsync(request, staff,
                $"""<div class="errors" role="alert"><p class="error">{Html.Encode(t.Failed(failure))}</p></div>""", ct),
                ApiOutcome.Status(failure));
    }

    private async Task<string> RenderAsync(HttpRequest request, Staff staff, string? outcome, CancellationToken ct)
    {
        var t = StaffText.For(StaffPages.Language(request));
        var chrome = new StaffChrome(t, StaffPages.Base(request), pages.FormToken(request.HttpContext), staff.IsCoordinator) { Self = StaffPages.Base(request) + "team" };
        var form = chrome.AntiforgeryField;
        var coaches = (await access.CoachesAsync(staff.ProgrammeId, ct)).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        var caseloads = new Dictionary<string, List<Candidate>>();
        await foreach (var file in caseload.ListAsync(staff.ProgrammeId, ct))
            if (!file.Candidate.IsDischarged)
                (caseloads.TryGetValue(file.Candidate.CoachId, out var list) ? list : caseloads[file.Candidate.CoachId] = []).Add(file.Candidate);
        var keys = await access.KeysAsync(staff.ProgrammeId, ct);
        // The reassign form lists candidates: a read of each of them.
        await audit.RecordListAsync(staff, "view team page", caseloads.Values.SelectMany(c => c).Select(c => c.Id), ct);
        var action = chrome.Base + "team/";

        string CoachRow(Coach c)
        {
            var count = caseloads.GetValueOrDefault(c.Id)?.Count ?? 0;
            // The norm of the coach's own model (IPS-A 20, IPS-A+O 25, IPS-O 35 per full-time coach), as on the quarter page.
            var norm = (int)Math.Floor(outcomes.Value.Policy(null).Norms.For(c.Model) * c.Fte);
            var deactivate = !c.Active ? t.Inactive : count > 0 ? t.MoveCaseloadFirst
                : $"""<form method="post" action="{Html.Url(action + "coaches/" + c.Id + "/deactivate")}" class="inline">{form}<button type="submit" class="secondary">{t.Deactivate}</button></form>""";
            return $"""<tr><td data-label="{t.Coach}">{Html.Encode(c.Id)}</td><td data-label="FTE">{c.Fte.ToString("0.##", t.Culture)}</td><td data-label="{t.CaseloadCount}">{count} / {norm}{(count > norm ? " <strong>(" + t.AboveNorm + ")</strong>" : "")}</td><td data-label="{t.Actions}">{deactivate}</td></tr>""";
        }
        string KeyRow(StaffKey k) => $"""
            <tr><td data-label="{t.KeyLabelColumn}">{Html.Encode(k.Label)}</td><td data-label="{t.Role}">{(k.Role == StaffRole.Coordinator ? t.RoleCoordinator : t.RoleCoach)}</td><td data-label="{t.Coach}">{Html.Encode(k.CoachId ?? "–")}</td>
            <td data-label="{t.Created}">{StaffLayout.Date(k.CreatedAt, t)}</td><td data-label="{t.LastUsed}">{StaffLayout.Date(k.LastUsedAt, t)}</td><td data-label="{t.Expires}">{StaffLayout.Date(k.ExpiresAt, t)}</td>
            <td data-label="{t.Actions}">{(k.Revoked ? t.Revoked : $"""<form method="post" action="{Html.Url(action + "keys/" + k.KeyId + "/revoke")}" class="inline">{form}<button type="submit" class="secondary">{t.Revoke}</button></form>""")}</td></tr>
            """;
        string Option(string value, string label) => $"""<option value="{Html.Encode(value)}">{Html.Encode(label)}</option>""";
        var active = coaches.Where(c => c.Active).ToList();
        var movable = caseloads.Where(x => x.Value.Count > 0).OrderBy(x => x.Key, StringComparer.Ordinal).ToList();
        var reassign = movable.Count == 0 || active.Count < 2 ? "" : $"""
            <h2 id="reassign-title">{t.ReassignTitle}</h2>
            <form method="post" action="{Html.Url(action + "reassignments")}">{form}
            <label for="fromCoachId">{t.FromCoach}</label><select id="fromCoachId" name="fromCoachId">{string.Concat(movable.Select(x => Option(x.Key, x.Key)))}</select>
            <fieldset><legend>{t.WhichCandidates}</legend>
            {string.Concat(movable.SelectMany(x => x.Value.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => $"""<label class="choice"><input type="checkbox" name="candidateIds" value="{Html.Encode(c.Id)}"> {Html.Encode(c.Id)}{(c.LocalReference is null ? "" : " (" + Html.Encode(c.LocalReference) + ")")} · {Html.Encode(x.Key)}</label>""")))}
            </fieldset>
            <label for="toCoachId">{t.ToCoach}</label><select id="toCoachId" name="toCoachId">{string.Concat(active.Select(c => Option(c.Id, c.Id)))}</select>
            <p><button type="submit">{t.Move}</button></p>
            </form>
            """;
        var body = $"""
            <h1>{t.TeamTitle}</h1>
            {outcome ?? (request.Query.ContainsKey("saved") ? $"<p class=\"notice\" role=\"status\">{t.Saved}</p>" : "")}
            <h2>{t.Coaches}</h2>
            <table class="stack"><caption class="visually-hidden">{t.Coaches}</caption><thead><tr><th scope="col">{t.Coach}</th><th scope="col">FTE</th><th scope="col">{t.CaseloadCount}</th><th scope="col">{t.Actions}</th></tr></thead>
            <tbody>{string.Concat(coaches.Select(CoachRow))}</tbody></table>
            <h2 id="coach-form-title">{t.AddOrChangeCoach}</h2>
            <form method="post" action="{Html.Url(action + "coaches")}">{form}
            <label for="coachId">{t.CoachCode}</label><p class="hint" id="coachId-hint">{t.CoachCodeHint}</p><input id="coachId" name="coachId" maxlength="20" required aria-describedby="coachId-hint">
            <label for="fte">FTE</label><input id="fte" name="fte" inputmode="decimal" size="5" value="1" required>
            <label for="model">Model</label><select id="model" name="model">{string.Concat(Enum.GetValues<CoachModel>().Select(m => $"<option value=\"{m}\">{Workbooks.CaseloadNorms.Label(m)}</option>"))}</select>
            <p><button type="submit">{t.Save}</button></p>
            </form>
            {reassign}
            <h2>{t.Keys}</h2>
            <table class="stack"><caption class="visually-hidden">{t.Keys}</caption><thead><tr><th scope="col">{t.KeyLabelColumn}</th><th scope="col">{t.Role}</th><th scope="col">{t.Coach}</th><th scope="col">{t.Created}</th><th scope="col">{t.LastUsed}</th><th scope="col">{t.Expires}</th><th scope="col">{t.Actions}</th></tr></thead>
            <tbody>{string.Concat(keys.Select(KeyRow))}</tbody></table>
            <h2 id="key-form-title">{t.IssueKey}</h2>
            <form method="post" action="{Html.Url(action + "keys")}">{form}
            <label for="label">{t.KeyLabelColumn}</label><input id="label" name="label" maxlength="60" required>
            <label for="role">{t.Role}</label><select id="role" name="role"><option value="Coach">{t.RoleCoach}</option><option value="Coordinator">{t.RoleCoordinator}</option></select>
            <label for="keyCoach">{t.CoachForKey}</label><select id="keyCoach" name="coachId">{Option("", "–")}{string.Concat(active.Select(c => Option(c.Id, c.Id)))}</select>
            <label for="expiresOn">{t.Expires}</label><input id="expiresOn" name="expiresOn" type="date" value="{Platform.ProgrammeTime.Today(time).AddYears(1):yyyy-MM-dd}">
            <p><button type="submit">{t.IssueKey}</button></p>
            </form>
            """;
        return StaffLayout.Document(t, t.TeamTitle, body, chrome);
    }

    private static string KeyShownOnce(StaffText t, KeyCreated created) => $"""
        <section class="notice" aria-labelledby="new-key-title"><h2 id="new-key-title">{t.NewKeyTitle}</h2>
        <p>{t.NewKeyOnce}</p><p class="link-text" data-key>{Html.Encode(created.Key)}</p>
        <p>{string.Format(t.Culture, t.LinkValidUntil, StaffLayout.Date(created.ExpiresOn, t))}</p></section>
        """;

    private static string Errors(StaffText t, IReadOnlyDictionary<string, ErrorCode[]> errors) => $"""
        <div class="errors" role="alert"><h2>{t.FormErrorsTitle}</h2><ul>{string.Concat(errors.Select(e => $"<li data-field=\"{Html.Encode(e.Key)}\">{Html.Encode(t.FieldError(e.Key, e.Value.FirstOrDefault()))}</li>"))}</ul></div>
        """;
}
