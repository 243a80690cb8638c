using IpsMonitor.Workbooks;

namespace IpsMonitor.Workspace;

/// <summary>
/// The words of the quarter overview and the workbooks page, one record per staff language (CoordinatorText.nl.json in
/// plain Dutch at B1, CoordinatorText.en.json); chosen like StaffText.
/// </summary>
/// <param name="ComputedTonight">When the stored figures were computed: {0} is the time; "tonight" means before six in the morning today.</param>
/// <param name="ComputedOn">{0} the day, {1} the time.</param>
/// <param name="ContactsOverMonths">{0} the logged contacts, {1} the months in work (one decimal).</param>
/// <param name="QuarterNotComputed">{0} the quarter: said with the build action when a quarter has no stored figures yet.</param>
public sealed record CoordinatorText(
    string Lang, string QuarterNav, string QuarterTitle, string QuarterIntro, string QuarterOpen,
    string ComputedTonight, string ComputedToday, string ComputedOn, string QuarterNotComputed, string Summary,
    string Indicator, string EmploymentRate, string EmploymentRateHint, string Benchmark, string UpToToday,
    string MilestonesUpToToday, string Working20Hours, string EducationStarts, string InEducation,
    string WorkOrEducation, string TrialConversion, string Model, string ScoreBand, string JobStarts,
    string Sustained13, string Sustained26, string OutOf, string NotComputable, string BandsExplained,
    string BelowMinimal, string Minimal, string Average, string Excellent, string TrendTitle, string TrendIntro,
    string TrendDescription, string Quarter, string ValuesAsTable, string CaseloadTitle, string CaseloadIntro,
    string Coach, string Norm, string Caseload, string OfNorm, string AboveNorm, string WithinNorm, string NoFte,
    string NoCoaches, string WorkbooksNav, string WorkbooksTitle, string WorkbooksIntro, string Intern, string Extern,
    string ExternVersion, string NotBuilt, string NoExternYet, string BuiltAt, string Duration, string RowsRead,
    string RowsReadDetail, string RowsSkipped, string OneRowSkipped, string Downloads, string Rebuild,
    string Build,
    string BuildTitle, string BuildRequested, string BuildRunning, string BuildDone, string BuildFailed,
    string Refreshing, string StopRefreshing, string CheckAgain, string BackToWorkbooks, string UnknownBuild,
    string WorkbookMissing, string BadQuarter, string TooManyBuilds,
    string RecentDriegesprek, string DevelopmentGoal, string AdjustmentsReviewedOnTime, string AgreementsDoneOnTime,
    string ContactsPerMonth, string ContactsOverMonths) : ITextRecord
{
    /// <summary>"1 rij overgeslagen …" or "{n} rijen overgeslagen …".</summary>
    public string Skipped(int rows) => rows == 1 ? OneRowSkipped : string.Format(Languages.Culture(Lang), RowsSkipped, rows);

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
