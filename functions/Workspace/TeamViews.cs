namespace IpsMonitor.Workspace;

/// <summary>
/// "Team en sleutels" as the page shows it, written in the reader's language: the coaches with their caseload against
/// their norm, the coaches whose candidates can be moved (<c>MoveFrom</c>) and, once one is chosen, that coach's
/// candidates (<c>Moving</c>), the keys, the form defaults, and what the last form did.
/// </summary>
public sealed record TeamModel(
    IReadOnlyList<TeamCoachRow> Coaches, IReadOnlyList<TeamKeyRow> Keys, IReadOnlyList<Choice> ActiveCoaches,
    IReadOnlyList<Choice> MoveFrom, MovableCaseload? Moving, IReadOnlyList<ModelOption> Models, string DefaultExpiry, TeamOutcome? Outcome,
    bool Saved);

/// <summary>
/// A coach's row; <c>Name</c> is their name with their code, or the code alone; <c>NoContact</c> flags a coach without a
/// name or phone, whom candidates and supervisors cannot reach; <c>Norm</c> is the norm of their model for their FTE.
/// </summary>
public sealed record TeamCoachRow(string Id, string Fte, int Caseload, int Norm, bool Active)
{
    public string Name { get; init; } = Id;
    public bool NoContact { get; init; }
}

/// <summary>A key's row, its dates already written; <c>Coach</c> is "–" for a key without one.</summary>
public sealed record TeamKeyRow(
    string KeyId, string Label, bool Coordinator, string Coach, string Created, string LastUsed, string Expires, bool Revoked);

/// <summary>The candidates one coach has in IPS, for their reassign form, with the active coaches they can move to.</summary>
public sealed record MovableCaseload(
    string CoachId, string CoachLabel, IReadOnlyList<MovableCandidate> Candidates, IReadOnlyList<Choice> Targets);

public sealed record MovableCandidate(string Id, string? LocalReference);

/// <summary>A coach model as the form posts it (the enum's name) and shows it.</summary>
public sealed record ModelOption(string Value, string Label);

/// <summary>
/// What a team form did, when it did not simply save: the fields it refused (field → message), the new key shown once
/// with the date it is valid until, or a failure in words.
/// </summary>
public sealed record TeamOutcome
{
    public IReadOnlyList<FieldErrorView> Errors { get; init; } = [];
    public string? NewKey { get; init; }
    public string? NewKeyValidUntil { get; init; }
    public string? Failure { get; init; }

    /// <summary>The form that came back with errors, with what was typed (form id: the last part of its address).</summary>
    public PostedForm? Posted { get; init; }
}
