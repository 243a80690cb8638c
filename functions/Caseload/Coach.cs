namespace IpsMonitor.Caseload;

/// <summary>An IPS job coach. The id is a short code the coordinator chooses; workbooks show only that code.</summary>
public sealed record Coach(string Id, string ProgrammeId, decimal Fte)
{
    /// <summary>A deactivated coach keeps their records (workbooks name them) but gets no candidates and no keys.</summary>
    public bool Active { get; init; } = true;
}
