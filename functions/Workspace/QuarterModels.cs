using IpsMonitor.Workbooks;

namespace IpsMonitor.Workspace;

/// <summary>
/// The quarter overview's figures, as the workbook builds stored them (<see cref="QuarterFiguresStore"/>), written in the
/// reader's language for the components: shares as percentages with the counts behind them, the benchmark band in words,
/// "–" where nothing can be said.
/// </summary>
internal static class QuarterModels
{
    /// <summary><paramref name="stored"/>: the quarters with figures, oldest first, ending with <paramref name="current"/>.</summary>
    public static QuarterModel Of(QuarterFigures current, IReadOnlyList<QuarterFigures> stored, string opening, string computed,
        StaffText t, CoordinatorText c, StaffNames names)
    {
        var trend = stored.Select(f => f.Figures).ToList();
        OutcomeFigures[] summary = trend.Count > 1 && trend[^2].Quarter == current.Quarter.Previous ? [trend[^1], trend[^2]] : [trend[^1]];
        return new(opening, Summary(summary, current.IsOpen, t, c), Series(trend, t, c), TrendRows(trend, t, c),
            current.Coaches.Select(x => Coach(x, t, c, names)).ToList()) { Computed = computed };
    }

    private static QuarterSummaryModel Summary(OutcomeFigures[] quarters, bool isOpen, StaffText t, CoordinatorText c)
    {
        SummaryCell Share(Ratio ratio) => ratio.Value is { } v
            ? new(v.ToString("0.0%", t.Culture), string.Format(t.Culture, c.OutOf, ratio.Numerator, ratio.Denominator))
            : new(c.NotComputable);
        SummaryCell Band(Ratio rate) => rate.Value is { } v ? new(c.Band(v), BandClass: BandClass(v)) : new("–");
        // The current quarter's milestones count only up to today; the label says so.
        string Reached(string name) => isOpen ? $"{name} ({c.UpToToday})" : name;
        SummaryLine Line(string key, string name, Func<OutcomeFigures, SummaryCell> cell) =>
            new(key, name, quarters.Select(cell).ToList());
        return new(isOpen, quarters.Select(f => f.Quarter.ToString()).ToList(),
        [
            Line("employment-rate", c.EmploymentRate, f => Share(f.EmploymentRate)),
            Line("band", c.Benchmark, f => Band(f.EmploymentRate)),
            Line("job-starts", c.JobStarts, f => new(f.JobStarts.ToString(t.Culture))),
            Line("sustained-13", Reached(c.Sustained13), f => Share(f.Sustained13Weeks)),
            Line("sustained-26", Reached(c.Sustained26), f => Share(f.Sustained26Weeks)),
            Line("working-20-hours", c.Working20Hours, f => Share(f.Working20HoursOrMore)),
            Line("education-starts", c.EducationStarts, f => new(f.Progress.EducationStarts.ToString(t.Culture))),
            Line("in-education", c.InEducation, f => new(f.Progress.InEducationAtEnd.ToString(t.Culture))),
            Line("work-or-education", c.WorkOrEducation, f => Share(f.Progress.WorkOrEducation)),
            Line("trial-conversion", c.TrialConversion, f => Share(f.Progress.TrialConversion)),
            Line("recent-driegesprek", c.RecentDriegesprek, f => Share(f.Loop.RecentDriegesprek)),
            Line("development-goal", c.DevelopmentGoal, f => Share(f.Loop.DevelopmentGoal)),
            Line("adjustments-on-time", c.AdjustmentsReviewedOnTime, f => Share(f.Loop.AdjustmentsReviewedOnTime)),
            Line("agreements-on-time", c.AgreementsDoneOnTime, f => Share(f.Loop.AgreementsDoneOnTime)),
            Line("contacts-per-month", c.ContactsPerMonth, f => f.Loop.ContactsPerMonth is { } rate
                ? new(rate.ToString("0.0", t.Culture), string.Format(t.Culture, c.ContactsOverMonths, f.Loop.ContactsInWork,
                    f.Loop.MonthsInWork.ToString("0.0", t.Culture)))
                : new(c.NotComputable)),
        ]);
    }

    private static string BandClass(double rate) => rate switch
    {
        >= SummarySheet.AverageLevel => "info",
        >= SummarySheet.Minimal => "attention",
        _ => "urgent",
    };

    private sealed record Figure(string Key, string Title, Func<OutcomeFigures, double?> Value, bool Percent);

    private static Figure[] Figures(CoordinatorText c) =>
    [
        new("employment-rate", c.EmploymentRate, f => f.EmploymentRate.Value, true),
        new("job-starts", c.JobStarts, f => f.JobStarts, false),
        new("sustained-13", c.Sustained13, f => f.Sustained13Weeks.Value, true),
        new("sustained-26", c.Sustained26, f => f.Sustained26Weeks.Value, true),
    ];

    private static string Shown(double? value, bool percent, StaffText t) =>
        value is not { } v ? "–" : percent ? v.ToString("0%", t.Culture) : v.ToString("0", t.Culture);

    private static List<QuarterSeries> Series(List<OutcomeFigures> trend, StaffText t, CoordinatorText c)
    {
        var quarters = trend.Select(f => f.Quarter.ToString()).ToList();
        return Figures(c).Select(s =>
        {
            var values = trend.Select(s.Value).ToList();
            var words = string.Join("; ", quarters.Zip(values, (q, v) => $"{q} {Shown(v, s.Percent, t)}"));
            var description = string.Format(t.Culture, c.TrendDescription, quarters[0], quarters[^1], words);
            return new QuarterSeries(s.Key, s.Title, quarters, values, s.Percent, description)
            {
                Benchmarks = s.Key == "employment-rate" ? [SummarySheet.Minimal, SummarySheet.AverageLevel, SummarySheet.Excellent] : [],
            };
        }).ToList();
    }

    private static List<TrendRow> TrendRows(List<OutcomeFigures> trend, StaffText t, CoordinatorText c) =>
        trend.Select(f => new TrendRow(f.Quarter.ToString(), Figures(c).Select(s => Shown(s.Value(f), s.Percent, t)).ToList())).ToList();

    private static CoachCaseloadRow Coach(CoachFigures coach, StaffText t, CoordinatorText c, StaffNames names) => new(
        coach.CoachId,
        names.Coach(coach.CoachId),
        CaseloadNorms.Label(coach.Model),
        coach.Fte is { } fte ? fte.ToString("0.##", t.Culture) : "–",
        coach.Norm is { } n ? n.ToString("0.#", t.Culture) : c.NoFte,
        coach.Caseload,
        coach.CaseloadOfNorm is { } share ? string.Format(t.Culture, c.OfNorm, share.ToString("0%", t.Culture)) : null,
        coach.CaseloadOfNorm > 1,
        coach.ScoreBand is { } b ? b.ToString(t.Culture) : "–");
}
