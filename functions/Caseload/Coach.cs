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

    /// <summary>The e-mail address supervisors see beside the phone to reach the coach; optional.</summary>
    public string? Email { get; init; }

    /// <summary>The coach's IPS model; rows from before models existed are IPS-A, the model the norm of 20 was for.</summary>
    public CoachModel Model { get; init; } = CoachModel.IpsA;
}

/// <summary>
/// The IPS model a coach works in: aimed at work (IPS-A), work and education combined (IPS-A+O), or education (IPS-O).
/// The model sets the coach's caseload norm (see Workbooks.CaseloadNorms).
/// </summary>
public enum CoachModel
{
    IpsA,
    IpsAO,
    IpsO,
}
