using System.Globalization;
using IpsMonitor.Caseload;
using IpsMonitor.Questionnaires;

namespace IpsMonitor.Signals;

/// <summary>
/// Words and numbers for the explanations. Dutch and English formats are spelled out here rather than taken from the
/// machine's cultures, so the same history gives the same sentence on every host (invariant-globalization hosts included).
/// </summary>
internal static class Say
{
    private static readonly string[] MonthsNl = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
    private static readonly string[] MonthsEn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string NumberNl(double value) => NumberEn(value).Replace('.', ',');

    public static string NumberEn(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static string DateNl(DateOnly date) => $"{date.Day} {MonthsNl[date.Month - 1]} {date.Year}";

    public static string DateEn(DateOnly date) => $"{date.Day} {MonthsEn[date.Month - 1]} {date.Year}";

    public static string MonthsNlText(int months) => months == 1 ? "1 maand" : $"{months} maanden";

    public static string MonthsEnText(int months) => months == 1 ? "1 month" : $"{months} months";

    /// <summary>
    /// Whole months from one day to a later one, the way AddMonths counts them (3 March to 2 May is 1; 31 August to
    /// 28 February is 6), so a sentence agrees with the windows the rules compute.
    /// </summary>
    public static int WholeMonths(DateOnly from, DateOnly to)
    {
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        return from.AddMonths(months) > to ? months - 1 : months;
    }

    /// <summary>"a", "a en b", "a, b en c": lists read as a sentence.</summary>
    public static string JoinNl(IReadOnlyList<string> parts) => Join(parts, " en ");

    public static string JoinEn(IReadOnlyList<string> parts) => Join(parts, " and ");

    private static string Join(IReadOnlyList<string> parts, string last) => parts.Count switch
    {
        0 => "",
        1 => parts[0],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + last + parts[^1],
    };

    public static string ItemNl(string itemId) => itemId switch
    {
        ItemIds.WorkAbility or ItemIds.SupervisorWorkAbility => "het werkvermogen",
        ItemIds.Satisfaction => "het werkplezier",
        ItemIds.Energy => "de energie",
        ItemIds.Fit or ItemIds.SupervisorFit => "de passendheid van het werk",
        _ => itemId,
    };

    public static string ItemEn(string itemId) => itemId switch
    {
        ItemIds.WorkAbility or ItemIds.SupervisorWorkAbility => "work ability",
        ItemIds.Satisfaction => "job satisfaction",
        ItemIds.Energy => "energy",
        ItemIds.Fit or ItemIds.SupervisorFit => "fit of the work",
        _ => itemId,
    };

    public static string AdjustmentNl(AdjustmentKind kind) => kind switch
    {
        AdjustmentKind.FewerHours => "minder uren",
        AdjustmentKind.LaterHours => "latere werktijden",
        AdjustmentKind.ExtraBreaks => "extra pauzes",
        AdjustmentKind.ClearSingleTasks => "duidelijke losse taken",
        AdjustmentKind.MoreTimePerTask => "meer tijd per taak",
        AdjustmentKind.FixedContactPerson => "een vaste contactpersoon",
        AdjustmentKind.QuietWorkplace => "een rustige werkplek",
        AdjustmentKind.JobCarving => "een aangepast takenpakket",
        AdjustmentKind.StepwiseBuildUp => "stapsgewijs opbouwen",
        _ => "een andere aanpassing",
    };

    public static string AdjustmentEn(AdjustmentKind kind) => kind switch
    {
        AdjustmentKind.FewerHours => "fewer hours",
        AdjustmentKind.LaterHours => "later hours",
        AdjustmentKind.ExtraBreaks => "extra breaks",
        AdjustmentKind.ClearSingleTasks => "clear single tasks",
        AdjustmentKind.MoreTimePerTask => "more time per task",
        AdjustmentKind.FixedContactPerson => "a fixed contact person",
        AdjustmentKind.QuietWorkplace => "a quiet workplace",
        AdjustmentKind.JobCarving => "job carving",
        AdjustmentKind.StepwiseBuildUp => "a stepwise build-up",
        _ => "another adjustment",
    };
}
