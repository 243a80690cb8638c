namespace IpsMonitor.Caseload;

/// <summary>An IPS job coach. The id is a short code the coordinator chooses; workbooks show only that code.</summary>
public sealed record Coach(string Id, string ProgrammeId, decimal Fte)
{
    /// <summary>A deactivated coach keeps their records (workbooks name them) but gets no candidates and no keys.</summary>
    public bool Active { get; init; } = true;

    /// <summary>The name candidates and supervisors know the coach by, shown on their questionnaire pages; optional.</summary>
    public string? Name { get; init; }

    /// <summary>The phone number candidates can call for urgent help, shown on their pages; optional.</summary>
    public string? Phone { get; init; }
}
