namespace IpsMonitor.Access;

/// <summary>
/// A coach's FTE, name and phone, their IPS model (ipsA, ipsAO, ipsO; omitted keeps IPS-A), which sets the caseload norm,
/// and optionally the e-mail address supervisors see beside the phone.
/// </summary>
public sealed record CoachRequest(decimal? Fte, string? Name, string? Phone, CoachModel? Model = null, string? Email = null);

/// <summary>A new key; it works to the end of <paramref name="ExpiresOn"/> (Amsterdam), by default one year ahead, at most two.</summary>
public sealed record KeyRequest(StaffRole? Role, string? CoachId, string? Label, DateOnly? ExpiresOn = null);

public sealed record KeyCreated(string Key, StaffRole Role, string? CoachId, string Label, DateOnly ExpiresOn);

/// <summary>Coordinators add coaches and hand out personal API keys. A key is shown once; only its hash is kept.</summary>
internal sealed class ManageProgramme(StaffGate gate, AccessStore access, AuditLog audit, TimeProvider time)
{
    [Function("SaveCoach")]
    public Task<IResult> SaveCoach(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "programmes/{programmeId}/coaches/{coachId}")] HttpRequest request,
        string programmeId, string coachId, CancellationToken ct) =>
        gate.ProgrammeAsync(request, programmeId, coordinatorOnly: true, ct).RespondAsync(async staff =>
        {
            if (!(await RequestBody.ReadJsonAsync<CoachRequest>(request, ct)).Passed(out var body, out var problem))
                return problem;
            return (await SaveCoachAsync(staff, coachId, body, ct)).ToResult();
        });

    /// <summary>
    /// Adds a coach or changes them; a deactivated coach saved again is active again. For the API and the team page.
    /// A field left out keeps what is stored (an empty name or phone clears it): candidates see the name and phone as
    /// their urgent-help contact, so changing the FTE must never wipe them.
    /// </summary>
    /// <param name="contactRequired">
    /// The team page's rule: the coach must end up with a name, a phone and a model, as the candidate's urgent-help box
    /// names them; the API keeps them optional, as documented.
    /// </param>
    public async Task<Outcome<Coach>> SaveCoachAsync(Staff staff, string coachId, CoachRequest r, CancellationToken ct, bool contactRequired = false)
    {
        var programmeId = staff.ProgrammeId;
        var stored = CoachIdError(coachId) is null ? await access.GetCoachAsync(programmeId, coachId, ct) : null;
        var errors = CoachRules(coachId, r, stored?.Fte);
        if (contactRequired)
            ContactRules(r, stored, errors);
        if (errors.Count > 0 || (r.Fte ?? stored?.Fte) is not { } validFte)
            return Invalid.Of(errors);
        var coach = new Coach(coachId, programmeId, validFte)
        {
            Name = r.Name is null ? stored?.Name : string.IsNullOrWhiteSpace(r.Name) ? null : r.Name.Trim(),
            Phone = r.Phone is null ? stored?.Phone : string.IsNullOrWhiteSpace(r.Phone) ? null : r.Phone.Trim(),
            Model = r.Model ?? stored?.Model ?? CoachModel.IpsA,
            Email = r.Email is null ? stored?.Email : string.IsNullOrWhiteSpace(r.Email) ? null : r.Email.Trim(),
        };
        await access.SaveCoachAsync(coach, ct);
        await audit.RecordAsync(staff, $"save coach {coachId}", null, ct);
        return Outcome.Saved(coach);
    }

    /// <summary>
    /// The rules of a coach, reading nothing and writing nothing (a form with an unreadable field lists these too); the
    /// FTE already stored counts for a coach saved again without one.
    /// </summary>
    public static Dictionary<string, ErrorCode[]> CoachRules(string coachId, CoachRequest r, decimal? storedFte)
    {
        var errors = new Dictionary<string, ErrorCode[]>();
        if (CoachIdError(coachId) is { } codeError)
            errors["coachId"] = [codeError];
        if ((r.Fte ?? storedFte) is not { } f || f <= 0 || f > 1.5m)
            errors["fte"] = ["The FTE lies between 0 and 1.5 (1 is full time)."];
        if (r.Name is not null && TextRule.Error(r.Name, multiLine: false) is { } nameError)
            errors["name"] = [nameError];
        else if (!Validation.IsShortText(r.Name, 100))
            errors["name"] = ["At most 100 characters, on one line."];
        if (r.Phone is not null && TextRule.Error(r.Phone, multiLine: false) is { } phoneError)
            errors["phone"] = [phoneError];
        else if (r.Phone is { Length: > 0 } phone && (!Validation.IsShortText(phone, 30) || !phone.Any(char.IsAsciiDigit)
            || phone.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '-' or '+' or '(' or ')'))))
            errors["phone"] = ["A phone number of at most 30 characters: digits, spaces, '-', '+' and brackets."];
        if (r.Email is not null && TextRule.Error(r.Email, multiLine: false) is { } emailError)
            errors["email"] = [emailError];
        else if (r.Email is { Length: > 0 } email && !Validation.IsEmail(email.Trim()))
            errors["email"] = ["Not a valid e-mail address."];
        return errors;
    }

    /// <summary>The rules of a coach with the FTE stored for this id, if any (an empty FTE field keeps it); writing nothing.</summary>
    public async Task<IReadOnlyDictionary<string, ErrorCode[]>> CoachRulesAsync(
        Staff staff, string coachId, CoachRequest r, CancellationToken ct, bool contactRequired = false)
    {
        var stored = CoachIdError(coachId) is null ? await access.GetCoachAsync(staff.ProgrammeId, coachId, ct) : null;
        var errors = CoachRules(coachId, r, stored?.Fte);
        if (contactRequired)
            ContactRules(r, stored, errors);
        return errors;
    }

    /// <summary>
    /// A coach as the team page saves them has a name and a phone (what the request leaves out keeps what is stored) and a
    /// model, never IPS-A taken for granted: candidates see the name and phone as their urgent-help contact.
    /// </summary>
    private static void ContactRules(CoachRequest r, Coach? stored, Dictionary<string, ErrorCode[]> errors)
    {
        if (string.IsNullOrWhiteSpace(r.Name ?? stored?.Name))
            errors.TryAdd("name", ["A coach has a name: candidates see it as their urgent-help contact."]);
        if (string.IsNullOrWhiteSpace(r.Phone ?? stored?.Phone))
            errors.TryAdd("phone", ["A coach has a phone number: candidates see it as their urgent-help contact."]);
        if (r.Model is null && stored is null)
            errors.TryAdd("model", ["Choose the coach's IPS model: it sets the caseload norm."]);
    }

    private static ErrorCode? CoachIdError(string coachId) =>
        TextRule.Error(coachId, multiLine: false) is { } codeError ? codeError
        : !IsCode(coachId) ? (ErrorCode)"A coach id is a short code: 1 to 20 letters, digits or dashes." : null;

    [Function("CreateStaffKey")]
    public Task<IResult> CreateKey(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "programmes/{programmeId}/keys")] HttpRequest request,
        string programmeId, CancellationToken ct) =>
        JsonRoute<KeyRequest>.AnswerAsync(
            gate.ProgrammeAsync(request, programmeId, coordinatorOnly: true, ct), request, CreateKeyAsync, ct);

    /// <summary>Issues a key, for the API and the team page: shown once, stored as a hash, expiring.</summary>
    public async Task<Outcome<KeyCreated>> CreateKeyAsync(Staff staff, KeyRequest r, CancellationToken ct)
    {
        var programmeId = staff.ProgrammeId;
        var today = time.Today();
        var expiresOn = r.ExpiresOn ?? today.AddYears(1);
        var errors = KeyRules(r);
        if (r.Role == StaffRole.Coach && !errors.ContainsKey("coachId")
            && await access.GetCoachAsync(programmeId, r.CoachId!, ct) is not { Active: true })
            errors["coachId"] = [CoachKeyNeedsCoach];
        if (errors.Count > 0 || r is not { Role: { } role, Label: { } label })
            return Invalid.Of(errors);
        var coachId = role == StaffRole.Coach ? r.CoachId : null;
        var key = await access.CreateKeyAsync(programmeId, role, coachId, label.Trim(), ct, expiresOn);
        await audit.RecordAsync(staff, $"create {role.ToString().ToLowerInvariant()} key", null, ct);
        return Outcome.Created(null, new KeyCreated(key, role, coachId, label.Trim(), expiresOn));
    }

    /// <summary>
    /// The rules of a new key, reading nothing and writing nothing (a form with an unreadable field lists these too);
    /// whether the named coach exists and is active is read when the key is made.
    /// </summary>
    public Dictionary<string, ErrorCode[]> KeyRules(KeyRequest r)
    {
        var today = time.Today();
        var expiresOn = r.ExpiresOn ?? today.AddYears(1);
        var errors = new Dictionary<string, ErrorCode[]>();
        if (expiresOn <= today || expiresOn > today.AddYears(2))
            errors["expiresOn"] = ["A key expires after today and within two years."];
        if (r.Role is null)
            errors["role"] = ["The role is coordinator or coach."];
        if (r.Role == StaffRole.Coach && (r.CoachId is not { } named || !Keys.IsSafe(named)))
            errors["coachId"] = [CoachKeyNeedsCoach];
        if (r.Label is not null && TextRule.Error(r.Label, multiLine: false) is { } labelError)
            errors["label"] = [labelError];
        else if (string.IsNullOrWhiteSpace(r.Label) || !Validation.IsShortText(r.Label, 60))
            errors["label"] = ["Give the key a label of at most 60 characters, to recognise it later."];
        return errors;
    }

    private static readonly ErrorCode CoachKeyNeedsCoach = new(ErrorCodes.CoachKeyNeedsCoach, "A coach key names an active coach of the programme.");

    public static bool IsCode(string value) =>
        value.Length is >= 1 and <= 20 && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
