using IpsMonitor.Platform;
using IpsMonitor.Workbooks;

namespace IpsMonitor.Workspace;

/// <summary>
/// The words of the quarter overview and the workbooks page, one record per staff language (CoordinatorText.nl.json in
/// plain Dutch at B1, CoordinatorText.en.json); chosen like StaffText.
/// </summary>
public sealed record CoordinatorText : ITextRecord
{
    public required string Lang { get; init; }
    public required string QuarterNav { get; init; }
    public required string QuarterTitle { get; init; }
    public required string QuarterIntro { get; init; }
    public required string QuarterOpen { get; init; }

    /// <summary>When the stored figures were computed: {0} is the time; "tonight" means before six in the morning today.</summary>
    public required string ComputedTonight { get; init; }
    public required string ComputedToday { get; init; }

    /// <summary>{0} the day, {1} the time.</summary>
    public required string ComputedOn { get; init; }

    /// <summary>{0} the quarter: said with the build action when a quarter has no stored figures yet.</summary>
    public required string QuarterNotComputed { get; init; }
    public required string Summary { get; init; }
    public required string Indicator { get; init; }
    public required string EmploymentRate { get; init; }
    public required string EmploymentRateHint { get; init; }
    public required string Benchmark { get; init; }
    public required string UpToToday { get; init; }
    public required string MilestonesUpToToday { get; init; }
    public required string Working20Hours { get; init; }
    public required string EducationStarts { get; init; }
    public required string InEducation { get; init; }
    public required string WorkOrEducation { get; init; }
    public required string TrialConversion { get; init; }
    public required string Model { get; init; }
    public required string ScoreBand { get; init; }
    public required string JobStarts { get; init; }
    public required string Sustained13 { get; init; }
    public required string Sustained26 { get; init; }
    public required string OutOf { get; init; }
    public required string NotComputable { get; init; }
    public required string BandsExplained { get; init; }
    public required string BelowMinimal { get; init; }
    public required string Minimal { get; init; }
    public required string Average { get; init; }
    public required string Excellent { get; init; }
    public required string TrendTitle { get; init; }
    public required string TrendIntro { get; init; }
    public required string TrendDescription { get; init; }
    public required string Quarter { get; init; }
    public required string ValuesAsTable { get; init; }
    public required string CaseloadTitle { get; init; }
    public required string CaseloadIntro { get; init; }
    public required string Coach { get; init; }
    public required string Norm { get; init; }
    public required string Caseload { get; init; }
    public required string OfNorm { get; init; }
    public required string AboveNorm { get; init; }
    public required string WithinNorm { get; init; }
    public required string NoFte { get; init; }
    public required string NoCoaches { get; init; }
    public required string WorkbooksNav { get; init; }
    public required string WorkbooksTitle { get; init; }
    public required string WorkbooksIntro { get; init; }
    public required string Intern { get; init; }
    public required string Extern { get; init; }
    public required string ExternVersion { get; init; }
    public required string NotBuilt { get; init; }
    public required string NoExternYet { get; init; }
    public required string BuiltAt { get; init; }
    public required string Duration { get; init; }
    public required string RowsRead { get; init; }
    public required string RowsReadDetail { get; init; }
    public required string RowsSkipped { get; init; }
    public required string OneRowSkipped { get; init; }

    /// <summary>"1 rij overgeslagen …" or "{n} rijen overgeslagen …".</summary>
    public string Skipped(int rows) => rows == 1 ? OneRowSkipped : string.Format(Languages.Culture(Lang), RowsSkipped, rows);
    public required string Downloads { get; init; }
    public required string Rebuild { get; init; }
    public required string BuildTitle { get; init; }
    public required string BuildRequested { get; init; }
    public required string BuildRunning { get; init; }
    public required string BuildDone { get; init; }
    public required string BuildFailed { get; init; }
    public required string Refreshing { get; init; }
    public required string StopRefreshing { get; init; }
    public required string CheckAgain { get; init; }
    public required string BackToWorkbooks { get; init; }
    public required string UnknownBuild { get; init; }
    public required string WorkbookMissing { get; init; }
    public required string BadQuarter { get; init; }
    public required string TooManyBuilds { get; init; }

    internal static readonly TextTable<CoordinatorText> Table = TextTable<CoordinatorText>.Load(Languages.Staff);

    public static CoordinatorText For(string lang) => Table.For(lang);

    public string Band(double rate) => rate switch
    {
        >= SummarySheet.Excellent => Excellent,
        >= SummarySheet.AverageLevel => Average,
        >= SummarySheet.Minimal => Minimal,
        _ => BelowMinimal,
    };
}
