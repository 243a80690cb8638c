namespace IpsMonitor.Workspace;

/// <summary>
/// People as the staff pages name them: a coach by the name the coordinator recorded (their code only when no name is),
/// a key by its coach's name or, for a coordinator's key, its label; a candidate by the coach's own local reference with
/// the pseudonymous id beside it. Candidate names are never stored: they live in the coach's own systems.
/// </summary>
internal sealed class StaffNames(IReadOnlyDictionary<string, string> coaches, IReadOnlyDictionary<string, StaffKey> keys)
{
    /// <summary>One read of the programme's coaches, and of its keys when a page names who used a key.</summary>
    public static async Task<StaffNames> LoadAsync(
        AccessStore access, string programmeId, bool withKeys, CancellationToken ct) =>
        Of(await access.CoachesAsync(programmeId, ct), withKeys ? await access.KeysAsync(programmeId, ct) : []);

    /// <summary>
    /// Only the coaches and keys a page names, each a point read, so a page about one candidate reads the same rows in a
    /// team of 5 coaches as in a programme of 250. A key is named "coordinator:{key id}", as an acknowledgement stores it.
    /// </summary>
    public static async Task<StaffNames> NamedAsync(
        AccessStore access, string programmeId, IEnumerable<string> named, CancellationToken ct)
    {
        var ids = named.Distinct(StringComparer.Ordinal).ToList();
        var keyIds = ids.Where(IsKey).Select(id => id[CoordinatorPrefix.Length..]).ToList();
        var coachIds = ids.Where(id => !IsKey(id)).ToList();
        var keys = await Task.WhenAll(keyIds.Select(id => access.GetListedKeyAsync(programmeId, id, ct)));
        // The coach of a coordinator's key is named by that coach's name too (KeyHolder).
        coachIds.AddRange(keys.Select(k => k?.CoachId).OfType<string>().Except(coachIds, StringComparer.Ordinal));
        // A page naming many coaches (the quarter's caseload per coach) reads the coach list once, not a row per name.
        var wanted = coachIds.ToHashSet(StringComparer.Ordinal);
        var coaches = wanted.Count > PointReads
            ? (await access.CoachesAsync(programmeId, ct)).Where(c => wanted.Contains(c.Id))
            : (await Task.WhenAll(wanted.Select(id => access.GetCoachAsync(programmeId, id, ct)))).OfType<Coach>();
        return Of(coaches, keys.OfType<StaffKey>());
    }

    /// <summary>Names read one by one up to here; more are read as the programme's coach list, one query.</summary>
    private const int PointReads = 8;

    private const string CoordinatorPrefix = "coordinator:";

    private static bool IsKey(string by) => by.StartsWith(CoordinatorPrefix, StringComparison.Ordinal);

    /// <summary>From lists a page read already.</summary>
    public static StaffNames Of(IEnumerable<Coach> coaches, IEnumerable<StaffKey> keys) => new(
        coaches.Where(c => !string.IsNullOrWhiteSpace(c.Name))
            .ToDictionary(c => c.Id, c => c.Name?.Trim() ?? c.Id, StringComparer.Ordinal),
        keys.ToDictionary(k => k.KeyId, StringComparer.Ordinal));

    /// <summary>The coach's recorded name, else their code.</summary>
    public string Coach(string coachId) => coaches.GetValueOrDefault(coachId) ?? coachId;

    /// <summary>
    /// Who used a key: its coach by recorded name, else the key's label (which tells keys apart better than a code);
    /// null for a key no longer listed.
    /// </summary>
    public string? KeyHolder(string keyId) =>
        keys.GetValueOrDefault(keyId) is not { } key ? null
        : key.CoachId is { } coachId && coaches.TryGetValue(coachId, out var name) ? name : key.Label;

    /// <summary>
    /// Who acknowledged a signal. A coach is stored by their code; a coordinator as "coordinator:{key id}", named by the
    /// key's label and the role.
    /// </summary>
    public string Acknowledger(string by, string coordinatorRole)
    {
        if (!IsKey(by))
            return Coach(by);
        return (KeyHolder(by[CoordinatorPrefix.Length..]) is { } label ? label + " " : "") + "(" + coordinatorRole + ")";
    }

    /// <summary>
    /// The coach filter of a staff list: "Iedereen" first, then the active coaches by name. A deactivated coach only where
    /// their candidates can still be listed (the caseload keeps the discharged ones), marked and last; a worklist leaves
    /// them out, as a coach is deactivated only once no candidate in IPS is left with them.
    /// </summary>
    public IReadOnlyList<Choice> CoachChoices(IEnumerable<Coach> all, StaffText t, bool withInactive) =>
        [.. all.Where(c => c.Active || withInactive).OrderBy(c => !c.Active).ThenBy(c => Coach(c.Id), StringComparer.OrdinalIgnoreCase)
            .Select(c => new Choice(c.Id, c.Active ? Coach(c.Id) : $"{Coach(c.Id)} ({t.Inactive})")).Prepend(new Choice("", t.AllCoaches))];

    /// <summary>"dossier-17 (k-c5d19c635f)": the local reference first, the pseudonymous id beside it.</summary>
    public static string Candidate(string candidateId, string? localReference) =>
        string.IsNullOrWhiteSpace(localReference) ? candidateId : $"{localReference} ({candidateId})";
}
