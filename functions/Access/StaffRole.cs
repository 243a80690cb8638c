namespace IpsMonitor.Access;

public enum StaffRole
{
    Coordinator,
    Coach,
}

/// <summary>Who is calling the staff API: one key, one programme, one role; a coach key belongs to one coach.</summary>
public sealed record Staff(string KeyId, string ProgrammeId, StaffRole Role, string? CoachId)
{
    public bool IsCoordinator => Role == StaffRole.Coordinator;

    /// <summary>Coordinators see the whole programme; a coach sees their own caseload.</summary>
    public bool MaySee(string programmeId, string coachId) =>
        programmeId == ProgrammeId && (IsCoordinator || coachId == CoachId);
}

/// <summary>A staff key as the coordinator sees it in the list: never the secret.</summary>
public sealed record StaffKey(string KeyId, string Label, StaffRole Role, string? CoachId, DateTimeOffset CreatedAt,
    DateTimeOffset? LastUsedAt, DateTimeOffset? ExpiresAt, bool Revoked)
{
    /// <summary>The last day the key works, to the end of that day in Amsterdam: the date the team page shows.</summary>
    public DateOnly? ValidThrough => ExpiresAt is { } at ? Platform.ProgrammeTime.LastDay(at) : null;
}
