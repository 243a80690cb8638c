using IpsMonitor.Workbooks;
using System.Globalization;

namespace IpsMonitor.Workspace;

/// <summary>
/// "Team en sleutels", for coordinators: coaches with their caseload against the fidelity norm (20 per full-time coach),
/// add or change a coach, move candidates and deactivate a coach, issue a key (shown once) and revoke one. The forms use
/// the same code as the JSON API, so validation and audit are the same. The page reads per coach, not per candidate:
/// each caseload is its coach's count row (<see cref="CaseloadSummaryStore"/>), and the reassign form lists the
/// candidates of one coach at a time (<c>?from=coach-a</c>), read from that coach's summaries.
/// </summary>
internal sealed class TeamPage(
    StaffPages pages, AccessStore access, CaseloadSummaryStore summaries, ManageProgramme programme, ManageTeam team, AuditLog audit,
    IOptions<OutcomeOptions> outcomes, TimeProvider time, RevealStore reveals)
{
    [Function("ShowTeam")]
    public Task<IResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/team")] HttpRequest request,
        CancellationToken ct) =>
        pages.CoordinatorAsync(request, ct).RespondAsync(staff => RenderAsync(request, staff, null, ct, from: request.Query["from"].FirstOrDefault()));

    [Function("SaveCoachForm")]
    public Task<IResult> SaveCoach(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/team/coaches")] HttpRequest request,
        CancellationToken ct) =>
        HandleAsync(request, f => (Id: f.Raw("coachId").Trim(), Coach: new CoachRequest(
            f.Number("fte"), f.Text("name"), f.Text("phone"), f.Choice<CoachModel>("model"), f.Text("email"))),
            (staff, r) => programme.SaveCoachAsync(staff, r.Id, r.Coach, ct, contactRequired: true), ct,
            rules: (staff, r) => programme.CoachRulesAsync(staff, r.Id, r.Coach, ct, contactRequired: true));

    [Function("CreateStaffKeyForm")]
    public Task<IResult> CreateKey([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/team/keys")] HttpRequest request, CancellationToken ct) =>
        HandleAsync(request, f => new KeyRequest(f.Choice<StaffRole>("role"), f.Text("coachId"), f.Raw("label"), f.Date("expiresOn")),
            (staff, r) => programme.CreateKeyAsync(staff, r, ct), ct,
            rules: (_, r) => Task.FromResult<IReadOnlyDictionary<string, ErrorCode[]>>(programme.KeyRules(r)));

    [Function("RevokeStaffKeyForm"), Destructive]
    public Task<IResult> RevokeKey(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/team/keys/{keyId}/revoke")] HttpRequest request,
        string keyId, CancellationToken ct) =>
        HandleAsync(request, _ => Done.Instance, (staff, _) => team.RevokeAsync(staff, keyId, ct), ct,
            staff => keyId == staff.KeyId ? SignedOutByRevoking(request) : null);

    [Function("ReassignCandidatesForm")]
    public Task<IResult> Reassign(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/team/reassignments")] HttpRequest request,
        CancellationToken ct) =>
        HandleAsync(request, f => new ReassignRequest(f.Raw("fromCoachId"), f.Raw("toCoachId"), f.All("candidateIds")),
            (staff, r) => team.ReassignAsync(staff, r, ct), ct);

    [Function("DeactivateCoachForm"), Destructive]
    public Task<IResult> Deactivate(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/team/coaches/{coachId}/deactivate")] HttpRequest request,
        string coachId, CancellationToken ct) =>
        HandleAsync(request, _ => Done.Instance, (staff, _) => team.DeactivateAsync(staff, coachId, ct), ct);

    /// <summary>
    /// The one path of every team form: token, coordinator, the whole form read and checked by the API's rules before the
    /// operation runs (a wrong field stores nothing), then the outcome as the page: errors or a refusal; else a redirect (303),
    /// for a new key to the page that shows it once.
    /// </summary>
    private async Task<IResult> HandleAsync<TRequest, TValue>(
        HttpRequest request, Func<FormReader, TRequest> read, Func<Staff, TRequest, Task<Outcome<TValue>>> apply, CancellationToken ct,
        Func<Staff, IResult?>? afterSaving = null, Func<Staff, TRequest, Task<IReadOnlyDictionary<string, ErrorCode[]>>>? rules = null)
        where TRequest : notnull
    {
        if (await pages.RefuseForgedAsync(request.HttpContext) is { } forged)
            return forged;
        if (!(await pages.CoordinatorAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        var t = StaffPages.Text(request);
        var form = await request.ReadFormAsync(ct);
        var reader = new FormReader(form);
        var input = read(reader);
        // A field that does not read hides no other error: the operation's own rules run on the rest.
        var readable = reader.Check(input, time.Today());
        if (!readable && rules is not null)
            reader.Also(await rules(staff, input));
        var outcome = readable ? await apply(staff, input) : new Invalid(reader.Errors);
        if (outcome.Succeeded(out var value, out var failure))
            return value is KeyCreated created
                ? await RevealPages.KeepKeyAsync(reveals, request, created, ct)
                : afterSaving?.Invoke(staff) ?? AfterSaving.Redirect(request, "team");
        // A refused move comes back with the same coach's candidates to choose from.
        var from = form["fromCoachId"].FirstOrDefault();
        return failure is Invalid invalid
            ? await RenderAsync(request, staff, Errors(t, invalid.Errors, FormId(request), form) with
            {
                Posted = PostedForm.From(FormId(request), form, t.FieldMessages(invalid.Errors, FormId(request), form)),
            }, ct, StatusCodes.Status400BadRequest, from)
            : await RenderAsync(request, staff, new TeamOutcome { Failure = t.Failed(failure) }, ct, ApiOutcome.Status(failure), from);
    }

    /// <param name="from">The coach whose candidates the reassign form lists; none: the form offers a link per coach.</param>
    public async Task<IResult> RenderAsync(
        HttpRequest request, Staff staff, TeamOutcome? outcome, CancellationToken ct, int status = StatusCodes.Status200OK,
        string? from = null)
    {
        var t = StaffPages.Text(request);
        var chrome = pages.Chrome(request, t, staff.IsCoordinator, "team");
        var coaches = (await access.CoachesAsync(staff.ProgrammeId, ct)).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        // Each coach's candidates in IPS, from the count row of their summaries: one row per coach, whatever the caseload.
        var counts = await Task.WhenAll(coaches.Select(async c => (c.Id, Count: (await summaries.CountsAsync(
            CaseloadSummaryStore.CoachPartition(staff.ProgrammeId, c.Id), ct)).Of(CaseloadStatuses.InIps, null))));
        var caseloads = counts.ToDictionary(c => c.Id, c => c.Count, StringComparer.Ordinal);
        var keys = await access.KeysAsync(staff.ProgrammeId, ct);
        var names = StaffNames.Of(coaches, keys);
        var people = PeopleText.For(t.Lang);
        var moving = from is not null && caseloads.GetValueOrDefault(from) > 0 ? coaches.Find(c => c.Id == from) : null;
        IReadOnlyList<CaseloadSummary> movable = [];
        if (moving is not null)
        {
            var count = caseloads[moving.Id];
            (movable, _) = await summaries.PageAsync(CaseloadSummaryStore.CoachPartition(staff.ProgrammeId, moving.Id),
                CaseloadOrder.Due + "|" + CaseloadOrder.InIpsGroup + "|", null, null, 0, count, count, ct);
        }
        // The reassign form lists one coach's candidates: a read of each of them.
        await audit.RecordListAsync(staff, moving is null ? "view team page" : $"view team page (candidates of {moving.Id})",
            movable.Select(c => c.Id), ct);

        TeamCoachRow CoachRow(Coach c)
        {
            var count = caseloads.GetValueOrDefault(c.Id);
            // The norm of the coach's own model (IPS-A 20, IPS-A+O 25, IPS-O 35 per full-time coach), as on the quarter page.
            var norm = (int)Math.Floor(outcomes.Value.Policy(null).Norms.For(c.Model) * c.Fte);
            return new(c.Id, c.Fte.ToString("0.##", t.Culture), count, norm, c.Active)
            {
                Name = names.Coach(c.Id) is var name && name == c.Id ? c.Id
                    : string.Format(t.Culture, people.CoachWithCode, name, c.Id),
                NoContact = c.Active && (string.IsNullOrWhiteSpace(c.Name) || string.IsNullOrWhiteSpace(c.Phone)),
            };
        }
        TeamKeyRow KeyRow(StaffKey k) => new(
            k.KeyId, k.Label, k.Role == StaffRole.Coordinator, k.CoachId is { } id ? names.Coach(id) : "–",
            StaffLayout.Date(k.CreatedAt, t),
            StaffLayout.Date(k.LastUsedAt, t), StaffLayout.Date(k.ValidThrough, t), k.Revoked);
        // Coordinators know coaches by name and candidates by their own reference; codes stand beside them.
        var moveFrom = coaches.Where(c => caseloads.GetValueOrDefault(c.Id) > 0 && coaches.Any(o => o.Active && o.Id != c.Id))
            .Select(c => new Choice(c.Id, StaffText.CoachLabel(c, c.Id))).ToList();
        var moved = moving is null ? null : new MovableCaseload(moving.Id, StaffText.CoachLabel(moving, moving.Id),
            movable.Select(s => s.Candidate).OrderBy(c => c.LocalReference is null).ThenBy(c => c.LocalReference, StringComparer.CurrentCulture)
                .ThenBy(c => c.Id, StringComparer.Ordinal).Select(c => new MovableCandidate(c.Id, c.LocalReference)).ToList(),
            coaches.Where(c => c.Active && c.Id != moving.Id).Select(c => new Choice(c.Id, StaffText.CoachLabel(c, c.Id))).ToList());
        var model = new TeamModel(
            coaches.Select(CoachRow).ToList(), keys.Select(KeyRow).ToList(),
            coaches.Where(c => c.Active).Select(c => new Choice(c.Id, StaffText.CoachLabel(c, c.Id))).ToList(),
            moveFrom, moved, Enum.GetValues<CoachModel>().Select(m => new ModelOption(m.ToString(), CaseloadNorms.Label(m))).ToList(),
            ProgrammeTime.Today(time).AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), outcome,
            request.Query.ContainsKey("saved"));
        return await Views.PageAsync<TeamView>(new Dictionary<string, object?>
        {
            [nameof(TeamView.Chrome)] = chrome,
            [nameof(TeamView.Model)] = model,
        }, status);
    }

    /// <summary>
    /// The reader revoked their own key, and with it this session: to the sign-in page, which says why, instead of a team
    /// page that would only send them there without a word.
    /// </summary>
    private static IResult SignedOutByRevoking(HttpRequest request)
    {
        request.HttpContext.Response.Cookies.Delete(StaffPages.SessionCookie, StaffPages.CookieOptions(request, DateTimeOffset.UnixEpoch));
        return RespondentPages.SeeOther(StaffPages.Base(request) + "sign-in?revoked=1");
    }

    public static TeamOutcome KeyShownOnce(StaffText t, KeyCreated created) => new()
    {
        NewKey = created.Key,
        NewKeyValidUntil = string.Format(t.Culture, t.LinkValidUntil, StaffLayout.Date(created.ExpiresOn, t)),
    };

    private static TeamOutcome Errors(StaffText t, IReadOnlyDictionary<string, ErrorCode[]> errors, string formId, IFormCollection sent) => new()
    {
        Errors = t.FieldErrors(errors, formId, sent),
    };

    /// <summary>A team form's id: the last part of its address ("coaches", "keys", "reassignments").</summary>
    private static string FormId(HttpRequest request) => request.Path.Value?.Split('/')[^1] ?? "";
}
