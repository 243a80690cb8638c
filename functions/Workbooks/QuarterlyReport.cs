namespace IpsMonitor.Workbooks;

/// <summary>One programme's quarterly figures: plain values, computed once and written to any workbook variant.</summary>
internal sealed record QuarterlyReport(
    string ProgrammeId,
    Quarter Quarter,
    string ZoneId,
    string DefinitionVersion,
    string? SignalRuleVersion,
    OutcomeFigures Current,
    OutcomeFigures Previous,
    IReadOnlyList<CoachFigures> Coaches,
    IReadOnlyList<KindFigures> ByKind,
    IReadOnlyList<SectorFigures> BySector,
    IReadOnlyList<CandidateLine> Candidates,
    IReadOnlyList<SignalFigures> Signals,
    IReadOnlyList<ResponseFigures> Responses,
    IReadOnlyList<ScaleFigures> Scales,
    IReadOnlyList<SharedDimension> SharedDimensions)
{
    /// <summary>The outcome figures of the last <see cref="QuarterTrend.Quarters"/> quarters, oldest first, ending with Current.</summary>
    public IReadOnlyList<OutcomeFigures> Trend { get; init; } = [];

    /// <summary>The previous quarter's placements by kind, for the stock-and-flow identity of the external workbook.</summary>
    public IReadOnlyList<KindFigures> PreviousByKind { get; init; } = [];

    /// <summary>The outcome policy the figures were computed under, stated on the Definitions sheet.</summary>
    public OutcomePolicy Policy { get; init; } = OutcomePolicy.Default;

    /// <summary>Stored jobs whose kind and competitive flag contradicted each other, as counted now (intern only).</summary>
    public IReadOnlyList<CorrectedJob> Corrected { get; init; } = [];

    /// <summary>Whether the quarter had not ended on the day of the computation, so milestones count up to that day.</summary>
    public bool IsOpen => Policy.Today is { } today && today <= Quarter.End;

    /// <summary>The last fidelity review on or before the quarter's end, for the internal Fidelity sheet; null if none.</summary>
    public Fidelity.FidelityReview? LastFidelityReview { get; init; }

    /// <summary>Responses before the first reminder and after each one, this quarter (ReminderMetrics).</summary>
    public IReadOnlyList<ReminderResponse> ReminderResponses { get; init; } = [];

    public SignalCounts SignalTotals => new(
        Signals.Sum(s => s.Current.Opened), Signals.Sum(s => s.Current.Resolved), Signals.Sum(s => s.Current.OpenAtEnd));

    public SignalCounts PreviousSignalTotals => new(
        Signals.Sum(s => s.Previous.Opened), Signals.Sum(s => s.Previous.Resolved), Signals.Sum(s => s.Previous.OpenAtEnd));
}

/// <summary>The programme-wide outcome figures of one quarter.</summary>
internal sealed record OutcomeFigures(
    Quarter Quarter,
    int Referrals,
    int ReferralsEmployedAtReferral,
    int ActiveCaseload,
    int WorkedCompetitive,
    Ratio EmploymentRate,
    int FirstJobStarts,
    Distribution DaysToFirstJob,
    int JobStarts,
    int JobEndings,
    int OtherPlacementStarts,
    int OtherPlacementEndings,
    Ratio Sustained13Weeks,
    Ratio Sustained26Weeks,
    Ratio Working20HoursOrMore,
    Distribution WeeklyHours)
{
    /// <summary>Secondary, per job: running competitive jobs on the last day with 20 or more contract hours.</summary>
    public Ratio Jobs20HoursOrMore { get; init; } = Ratio.Empty;

    /// <summary>Secondary, per job: the contract hours of the running competitive jobs on the last day.</summary>
    public Distribution JobWeeklyHours { get; init; } = Distribution.Empty;

    /// <summary>Doelgroepbanen, always on their own line whatever the setting: started in the quarter.</summary>
    public int DoelgroepbaanStarts { get; init; }

    /// <summary>Education, trial decisions and the reasons of job ends and discharges.</summary>
    public ProgressFigures Progress { get; init; } = ProgressFigures.Empty;

    /// <summary>The driegesprek loop and the contacts in work; empty for the quarters of the trend.</summary>
    public LoopFigures Loop { get; init; } = LoopFigures.Empty;
}

/// <summary>
/// A coach's caseload at quarter end against the fidelity norm of the coach's model, per full-time coach
/// (<see cref="CaseloadNorms"/>), with the scale's score band for the caseload per full-time coach.
/// </summary>
internal sealed record CoachFigures(string CoachId, decimal? Fte, int Caseload, int InWork)
{
    public CoachModel Model { get; init; } = CoachModel.IpsA;

    /// <summary>The norm per full-time coach of the coach's model.</summary>
    public int NormPerFullTimeCoach { get; init; } = CaseloadNorms.IpsADefault;

    public double? Norm => Fte is { } fte ? (double)(fte * NormPerFullTimeCoach) : null;

    public double? CaseloadOfNorm => Norm is > 0 and var norm ? Caseload / norm : null;

    /// <summary>Item 1's score band (1–5), or null without a known fte.</summary>
    public int? ScoreBand => Fte is > 0 and var fte ? CaseloadNorms.Band(Caseload / (double)fte, NormPerFullTimeCoach) : null;
}

internal sealed record PlacementCounts(int Starts, int Endings, int OpenAtEnd);

internal sealed record KindFigures(PlacementKind Kind, PlacementCounts Counts);

internal sealed record SectorFigures(string Sector, PlacementCounts Counts);

internal enum CandidateStatus
{
    Working,
    OtherPlacement,
    LookingForWork,
    Discharged,
}

/// <summary>One candidate in the internal workbook: pseudonymous id and facts only, never names, contacts or free text.</summary>
internal sealed record CandidateLine(
    string CandidateId,
    string CoachId,
    DateOnly ReferralDate,
    bool EmployedAtReferral,
    DateOnly? DischargeDate,
    CandidateStatus Status,
    DateOnly? FirstJobStart,
    int? DaysToFirstJob,
    int JobStartsInQuarter,
    DateOnly? LatestJobStart,
    decimal? HoursAtEnd,
    int OpenSignalsAtEnd);

internal sealed record SignalCounts(int Opened, int Resolved, int OpenAtEnd);

internal sealed record SignalFigures(string Type, SignalCounts Current, SignalCounts Previous);

internal sealed record ResponseFigures(Respondent Respondent, Ratio Current, Ratio Previous);

internal sealed record ScaleFigures(string ItemId, Respondent Respondent, Average Current, Average Previous)
{
    public double? Change => Current.Value - Previous.Value;
}

/// <summary>A dimension both respondents rate, shown side by side.</summary>
internal sealed record SharedDimension(string Name, ScaleFigures Candidate, ScaleFigures Supervisor);
