using System.Numerics;
using ClosedXML.Excel;
using D = IpsMonitor.Workbooks.MetricDefinitions;
using L = IpsMonitor.Workbooks.LoopDefinitions;
using P = IpsMonitor.Workbooks.ProgressDefinitions;

namespace IpsMonitor.Tests.Workbooks;

/// <summary>
/// Plays a reader of the external workbook who wants a hidden count back. From the real .xlsx cells it takes every linear
/// identity the sheets state (totals, differences, the 2 × 2 table of the summary, sums over categories, the signal flow,
/// counts shown twice) and proves that no count of 1 to 4, hidden or only a difference of visible cells, is determined:
/// exactly, by linear algebra over the rationals, and by bounds (no count is negative). The identities are written here,
/// from the sheets' meaning, not taken from the code that suppresses; every count cell of every sheet must be covered.
/// </summary>
public sealed class ExternDerivationTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 60)];

    [Fact]
    public void NoHiddenCountOfTheFixtureProgrammeCanBeDerived() =>
        Prove(ProgrammeFixture.Report());

    [Theory]
    [MemberData(nameof(Seeds))]
    public void NoHiddenCountOfAnyProgrammeCanBeDerived(int seed) =>
        Prove(RandomProgramme.Report(seed));

    [Fact]
    public void TheComplementThatGaveAHiddenCountBackNoLongerDoes()
    {
        // The report of issue 12: 28 in competitive work, 26 of whom out of work at referral, gives 2 away.
        var report = ProgrammeFixture.Report();
        report = report with { Current = report.Current with { WorkedCompetitive = 28, EmploymentRate = new Ratio(26, 60), ActiveCaseload = 70 } };
        using var file = WorkbookFile.Open(report, WorkbookVariant.Extern);
        var summary = file.Worksheet(SummarySheet.Name);
        var shown = new[] { D.WorkedCompetitive, D.OutOfWorkWorked }.Select(l => WorkbookFile.Row(summary, l).Cell(2)).ToList();
        Assert.Contains(shown, c => c.GetString() == SmallCells.Mark);
        Prove(report);
    }

    [Fact]
    public void NoHiddenCountOfTwoConsecutiveFixtureQuartersCanBeDerived() =>
        ProveTwoQuarters(ProgrammeFixture.Data());

    [Theory]
    [MemberData(nameof(Seeds))]
    public void NoHiddenCountOfTwoConsecutiveQuartersOfAnyProgrammeCanBeDerived(int seed) =>
        ProveTwoQuarters(RandomProgramme.Data(seed));

    /// <summary>
    /// A reader with both external files of Q2 and Q3: every identity of each file, the Q3 Trend sheet's repeat of what the
    /// Q2 file published, and the stock and flow of running placements per kind between them (running at the end of Q3 =
    /// running at the end of Q2 + started − ended in Q3). The reader takes the flow as exact; where the true figures make
    /// it inexact (a job held at referral, one ended on Q2's last day), the difference is an unknown the reader cannot see.
    /// </summary>
    internal static void ProveTwoQuarters(ProgrammeData data)
    {
        var (q3, zone) = (ProgrammeFixture.Q3, ProgrammeFixture.Zone);
        var earlier = QuarterlyMetrics.Compute(data, q3.Previous, zone);
        var later = QuarterlyMetrics.Compute(data, q3, zone);
        var earlierBytes = WorkbookFile.Bytes(earlier, WorkbookVariant.Extern);
        var published = PublishedTrend.Read(q3.Previous, 1, new MemoryStream(earlierBytes));
        using var laterBytes = new MemoryStream();
        QuarterlyWorkbook.Write(later, WorkbookVariant.Extern, WorkbookFile.GeneratedAt, laterBytes, null, [published]);
        using var earlierFile = new XLWorkbook(new MemoryStream(earlierBytes));
        using var laterFile = new XLWorkbook(new MemoryStream(laterBytes.ToArray()));

        var before = new Reader(earlierFile, earlier);
        before.ReadAll();
        before.AssertEveryCountCellCovered();
        var after = new Reader(laterFile, later, published);
        after.ReadAll();
        after.AssertEveryCountCellCovered();

        var relations = before.Relations.Concat(after.Relations).ToList();
        for (var i = 0; i < later.ByKind.Count; i++)
        {
            var (then, now) = (earlier.ByKind[i].Counts, later.ByKind[i].Counts);
            var remainder = now.OpenAtEnd - then.OpenAtEnd - now.Starts + now.Endings;
            List<(int, Variable)> terms = [(1, after.Kinds[i][2]), (-1, before.Kinds[i][2]), (-1, after.Kinds[i][0]), (1, after.Kinds[i][1])];
            if (remainder != 0)
                terms.Add((-1, new Variable($"flow remainder {later.ByKind[i].Kind}", remainder, known: false)));
            relations.Add(new(terms));
        }

        var sensitive = before.Unknowns.Concat(after.Unknowns).Where(u => SmallCells.IsSmall(u.Truth)).ToList();
        foreach (var unknown in sensitive)
            Assert.False(Algebra.IsDetermined(unknown, relations), $"{unknown.Name} = {unknown.Truth} follows exactly from the two files");
        var bounds = Algebra.Bounds(relations);
        foreach (var unknown in sensitive)
        {
            var (low, high) = bounds.GetValueOrDefault(unknown, (0, double.PositiveInfinity));
            Assert.True(low < high, $"{unknown.Name} = {unknown.Truth} is pinned by bounds to {low} over the two files");
        }
    }

    internal static void Prove(QuarterlyReport report)
    {
        using var file = WorkbookFile.Open(report, WorkbookVariant.Extern);
        var reader = new Reader(file, report);
        reader.ReadAll();
        reader.AssertEveryCountCellCovered();

        var sensitive = reader.Unknowns.Where(u => SmallCells.IsSmall(u.Truth)).ToList();
        foreach (var unknown in sensitive)
            Assert.False(Algebra.IsDetermined(unknown, reader.Relations), $"{unknown.Name} = {unknown.Truth} follows exactly from the visible cells");
        var bounds = Algebra.Bounds(reader.Relations);
        foreach (var unknown in sensitive)
        {
            var (low, high) = bounds.GetValueOrDefault(unknown, (0, double.PositiveInfinity));
            Assert.True(low < high, $"{unknown.Name} = {unknown.Truth} is pinned by bounds to {low}");
        }
    }

    /// <summary>One count in the reader's view: known when a cell shows it, unknown when hidden or shown nowhere.</summary>
    internal sealed class Variable(string name, int truth, bool known)
    {
        public string Name => name;
        public int Truth => truth;
        public bool Known => known;
        public override string ToString() => name;
    }

    internal sealed record Relation(IReadOnlyList<(int Coefficient, Variable Variable)> Terms);

    /// <summary>Reads the extern sheets by their labels, checks each shown count against the report, and states the identities.</summary>
    private sealed class Reader(XLWorkbook file, QuarterlyReport report, PublishedFigures? previous = null)
    {
        /// <summary>The placement kinds' started, ended and running counts, in the order of the kinds.</summary>
        public List<Variable[]> Kinds { get; } = [];

        private readonly HashSet<string> covered = [];
        public List<Relation> Relations { get; } = [];
        public List<Variable> Unknowns { get; } = [];

        private static readonly string[] Sheets =
            [SummarySheet.Name, TrendSheet.Name, CoachSheet.Name, PlacementSheet.Name, ProgressSheet.Name, SignalSheet.Name,
                QuestionnaireSheet.Name, DefinitionSheet.Name];

        public void ReadAll()
        {
            // A new sheet must be added here, with its identities, before this test passes.
            Assert.Equal(Sheets, file.Worksheets.Select(s => s.Name));
            var (jobStarts, jobEndings, otherStarts, otherEndings, openSignals) = Summary();
            Trend(jobStarts);
            Coaches();
            Placements(jobStarts, jobEndings, otherStarts, otherEndings);
            Progress(jobEndings);
            Signals(openSignals);
            Questionnaires();
        }

        /// <summary>Every count cell (a whole number in count format, or the mark) was read by one of the sheet readers.</summary>
        public void AssertEveryCountCellCovered()
        {
            foreach (var sheet in file.Worksheets)
                foreach (var cell in sheet.CellsUsed().Where(c => c.Address.RowNumber > SheetLayout.HeaderRow))
                {
                    var isCount = cell.DataType == XLDataType.Number || cell.GetString() == SmallCells.Mark;
                    Assert.False(isCount && !covered.Contains(Where(cell)), $"{Where(cell)} is not covered by any identity of this test");
                }
        }

        private (Variable, Variable, Variable, Variable, Variable) Summary()
        {
            var sheet = file.Worksheet(SummarySheet.Name);
            Assert.Equal(["Indicator", report.Quarter.ToString(), "Toelichting"], sheet.Row(SheetLayout.HeaderRow).CellsUsed().Select(c => c.GetString()));
            var now = report.Current;
            Variable C(string label, int truth) => Count(WorkbookFile.Row(sheet, label).Cell(2), truth);

            var referrals = C(D.Referrals, now.Referrals);
            var referralsEmployed = C(D.ReferralsEmployed, now.ReferralsEmployedAtReferral);
            var active = C(D.ActiveCaseload, now.ActiveCaseload);
            var worked = C(D.WorkedCompetitive, now.WorkedCompetitive);
            var outOfWork = C(D.OutOfWorkAtReferral, now.EmploymentRate.Denominator);
            var outOfWorkWorked = C(D.OutOfWorkWorked, now.EmploymentRate.Numerator);
            var firstStarts = C(D.FirstJobStarts, now.FirstJobStarts);
            var starts = C(D.JobStarts, now.JobStarts);
            var endings = C(D.JobEndings, now.JobEndings);
            var otherStarts = C(D.OtherStarts, now.OtherPlacementStarts);
            var otherEndings = C(D.OtherEndings, now.OtherPlacementEndings);
            var openSignals = C(D.OpenSignals, report.SignalTotals.OpenAtEnd);

            // Differences: referrals without work; the 2 × 2 table of the active caseload (work at referral × worked).
            Difference("referrals without work", referrals, referralsEmployed);
            var outIdle = Difference("out of work at referral, not worked", outOfWork, outOfWorkWorked);
            var employedWorked = Difference("employed at referral, worked", worked, outOfWorkWorked);
            var employedActive = Difference("employed at referral, active", active, outOfWork);
            var idle = Difference("active, not worked", active, worked);
            var employedIdle = Unseen("employed at referral, not worked",
                now.ActiveCaseload - now.EmploymentRate.Denominator - now.WorkedCompetitive + now.EmploymentRate.Numerator);
            Sum(employedActive, employedWorked, employedIdle);
            Sum(idle, outIdle, employedIdle);
            Difference("later job starts", starts, firstStarts);

            rate = (outOfWorkWorked, outOfWork);
            // Numerator/denominator pairs and what follows from them.
            foreach (var label in new[] { D.EmploymentRate, D.Benchmark })
                DerivedFrom(WorkbookFile.Row(sheet, label).Cell(2), now.EmploymentRate.Numerator, now.EmploymentRate.Denominator, outOfWorkWorked, outOfWork);
            DerivedFrom(WorkbookFile.Row(sheet, D.Sustained13).Cell(2), now.Sustained13Weeks.Numerator, now.Sustained13Weeks.Denominator);
            DerivedFrom(WorkbookFile.Row(sheet, D.Sustained26).Cell(2), now.Sustained26Weeks.Numerator, now.Sustained26Weeks.Denominator);
            DerivedFrom(WorkbookFile.Row(sheet, D.Working20Hours).Cell(2), now.Working20HoursOrMore.Numerator, now.Working20HoursOrMore.Denominator);
            MeanOf(WorkbookFile.Row(sheet, D.DaysToFirstJobMedian).Cell(2), now.DaysToFirstJob.Count);
            MeanOf(WorkbookFile.Row(sheet, D.DaysToFirstJobMean).Cell(2), now.DaysToFirstJob.Count);
            MeanOf(WorkbookFile.Row(sheet, D.MedianHours).Cell(2), now.WeeklyHours.Count);
            DerivedFrom(WorkbookFile.Row(sheet, D.Jobs20Hours).Cell(2), now.Jobs20HoursOrMore.Numerator, now.Jobs20HoursOrMore.Denominator);
            MeanOf(WorkbookFile.Row(sheet, D.JobMedianHours).Cell(2), now.JobWeeklyHours.Count);
            doelgroepbaanStarts = C(D.DoelgroepbaanStarts, now.DoelgroepbaanStarts);
            foreach (var benchmark in new[] { "Minimaal", "Gemiddeld", "Excellent" })
                covered.Add(Where(WorkbookFile.Row(sheet, benchmark).Cell(2)));
            return (starts, endings, otherStarts, otherEndings, openSignals);
        }

        /// <summary>
        /// Education, trials and reasons: education starts split by goal, the IPS-A+O caseload split by work or education,
        /// the trials decided split by decision, and the summary's job endings and the discharges split by reason.
        /// The driegesprek loop: each whole split by its part, and the contacts in work.
        /// </summary>
        private void Progress(Variable summaryEndings)
        {
            var sheet = file.Worksheet(ProgressSheet.Name);
            var now = report.Current.Progress;
            Variable C(string label, int truth) => Count(WorkbookFile.Row(sheet, label).Cell(2), truth);

            var educationStarts = C(P.EducationStarts, now.EducationStarts);
            Difference("education starts without the goal", educationStarts, C(P.EducationAsGoal, now.EducationStartsAsGoal));
            C(P.InEducation, now.InEducationAtEnd);
            var combinedActive = C(P.CombinedActive, now.WorkOrEducation.Denominator);
            var combined = C(P.CombinedWorking, now.WorkOrEducation.Numerator);
            Difference("IPS-A+O without work or education", combinedActive, combined);
            DerivedFrom(WorkbookFile.Row(sheet, P.WorkOrEducation).Cell(2), now.WorkOrEducation.Numerator, now.WorkOrEducation.Denominator,
                combined, combinedActive);
            var decided = C(P.TrialsDecided, now.TrialsDecided);
            var contract = C(P.TrialsContract, now.TrialsContract);
            Sum(decided, contract, C(P.TrialsExtended, now.TrialsExtended), C(P.TrialsStopped, now.TrialsStopped));
            DerivedFrom(WorkbookFile.Row(sheet, P.TrialConversion).Cell(2), now.TrialsContract, now.TrialsDecided, contract, decided);
            var endings = C(D.JobEndings, now.JobEndingsByReason.Sum());
            Sum(summaryEndings, endings);
            Sum(endings, [.. Enum.GetValues<JobEndReason>().Select((r, i) => C(P.EndingReason(r), now.JobEndingsByReason[i]))]);
            var discharges = C(P.Discharges, now.Discharges);
            Sum(discharges, [.. Enum.GetValues<DischargeReason>().Select((r, i) => C(P.DischargeReasonLabel(r), now.DischargesByReason[i]))]);

            // The driegesprek loop: each whole split by its part, each share derived from the two.
            var loop = report.Current.Loop;
            void Split(string whole, string part, string share, Ratio ratio)
            {
                var all = C(whole, ratio.Denominator);
                var some = C(part, ratio.Numerator);
                Difference($"{whole} without", all, some);
                DerivedFrom(WorkbookFile.Row(sheet, share).Cell(2), ratio.Numerator, ratio.Denominator, some, all);
            }
            Split(L.PastOnboarding, L.RecentDriegesprek, L.RecentDriegesprekShare, loop.RecentDriegesprek);
            Split(L.Active, L.WithGoal, L.WithGoalShare, loop.DevelopmentGoal);
            Split(L.ReviewsDue, L.ReviewedOnTime, L.ReviewedOnTimeShare, loop.AdjustmentsReviewedOnTime);
            Split(L.AgreementsDue, L.AgreementsOnTime, L.AgreementsOnTimeShare, loop.AgreementsDoneOnTime);
            var inWork = C(L.CandidatesInWork, loop.CandidatesInWork);
            var contacts = C(L.ContactsInWork, loop.ContactsInWork);
            DerivedFrom(WorkbookFile.Row(sheet, L.MonthsInWork).Cell(2), loop.CandidatesInWork, loop.CandidatesInWork, inWork);
            DerivedFrom(WorkbookFile.Row(sheet, L.ContactsPerMonth).Cell(2), loop.ContactsInWork, loop.CandidatesInWork, contacts, inWork);
        }

        private (Variable Worked, Variable OutOfWork) rate;
        private Variable? doelgroepbaanStarts;

        /// <summary>This quarter's row repeats the summary's cells; earlier quarters are published figures, here none (a dash).</summary>
        private void Trend(Variable summaryStarts)
        {
            var sheet = file.Worksheet(TrendSheet.Name);
            var now = report.Current;
            var row = WorkbookFile.Row(sheet, report.Quarter.ToString());
            DerivedFrom(row.Cell(2), now.EmploymentRate.Numerator, now.EmploymentRate.Denominator, rate.Worked, rate.OutOfWork);
            Sum(summaryStarts, Count(row.Cell(3), now.JobStarts));
            DerivedFrom(row.Cell(4), now.Sustained13Weeks.Numerator, now.Sustained13Weeks.Denominator);
            DerivedFrom(row.Cell(5), now.Sustained26Weeks.Numerator, now.Sustained26Weeks.Denominator);
            foreach (var earlier in report.Trend.SkipLast(1))
            {
                var line = WorkbookFile.Row(sheet, earlier.Quarter.ToString());
                // What the earlier quarter's own file published, cell for cell; a dash where there is no file.
                var values = earlier.Quarter == previous?.Quarter ? previous.Values : null;
                for (var c = 2; c <= 5; c++)
                {
                    covered.Add(Where(line.Cell(c)));
                    if (values?[c - 2].Number is { } number)
                        Assert.Equal(number, line.Cell(c).GetDouble());
                    else
                        Assert.Equal(values?[c - 2].Text ?? CellWriter.Missing, line.Cell(c).GetString());
                }
            }
        }

        private void Coaches()
        {
            var sheet = file.Worksheet(CoachSheet.Name);
            var caseloads = new List<Variable>();
            var working = new List<Variable>();
            var idle = new List<Variable>();
            foreach (var (coach, number) in report.Coaches.Select((c, i) => (c, i + 1)))
            {
                // Never the coach's code outside the team: "Begeleider 1…n" in the order of the codes.
                Assert.DoesNotContain(sheet.CellsUsed(), c => c.GetString() == coach.CoachId);
                var row = WorkbookFile.Row(sheet, CoachSheet.ExternName(number));
                covered.Add(Where(row.Cell(3)));
                covered.Add(Where(row.Cell(4)));
                var caseload = Count(row.Cell(5), coach.Caseload);
                DerivedFrom(row.Cell(6), coach.Caseload, 0, caseload);
                DerivedFrom(row.Cell(7), coach.Caseload, 0, caseload);
                var inWork = Count(row.Cell(8), coach.InWork);
                caseloads.Add(caseload);
                working.Add(inWork);
                idle.Add(Difference($"{coach.CoachId} not working", caseload, inWork));
            }
            if (report.Coaches.Count == 0)
                return;
            var total = WorkbookFile.Row(sheet, "Totaal");
            covered.Add(Where(total.Cell(3)));
            covered.Add(Where(total.Cell(4)));
            var totalCaseload = Count(total.Cell(5), report.Coaches.Sum(c => c.Caseload));
            DerivedFrom(total.Cell(6), totalCaseload.Truth, 0, totalCaseload);
            var totalInWork = Count(total.Cell(8), report.Coaches.Sum(c => c.InWork));
            Sum(totalCaseload, [.. caseloads]);
            Sum(totalInWork, [.. working]);
            Sum(Difference("all not working", totalCaseload, totalInWork), [.. idle]);
        }

        private void Placements(Variable jobStarts, Variable jobEndings, Variable otherStarts, Variable otherEndings)
        {
            var sheet = file.Worksheet(PlacementSheet.Name);
            var rows = sheet.RowsUsed().Where(r => r.RowNumber() > SheetLayout.HeaderRow).ToList();
            var kinds = new List<Variable[]>();
            foreach (var kind in report.ByKind)
            {
                var row = rows.Single(r => r.Cell(1).GetString() == "Soort plaatsing" && r.Cell(2).GetString() == PlacementSheet.KindLabel(kind.Kind));
                kinds.Add(Counts(row, kind.Counts));
            }
            Kinds.AddRange(kinds);

            // Sectors: every catalogue section, in order; free text of before the catalogue is counted as "anders".
            var sectorRows = rows.Where(r => r.Cell(1).GetString() == "Sector (regulier werk)").ToList();
            Assert.Equal(SectorCatalogue.All.Select(s => s.Label), sectorRows.Select(r => r.Cell(2).GetString()));
            var sectors = new List<Variable[]>();
            foreach (var (sector, row) in SectorCatalogue.All.Zip(sectorRows))
            {
                var mine = report.BySector.Where(s => (SectorCatalogue.Find(s.Sector)?.Code ?? SectorCatalogue.OtherCode) == sector.Code).ToList();
                sectors.Add(Counts(row, new PlacementCounts(mine.Sum(s => s.Counts.Starts), mine.Sum(s => s.Counts.Endings), mine.Sum(s => s.Counts.OpenAtEnd))));
            }

            // The summary's doelgroepbaan line repeats this kind's starts.
            Sum(doelgroepbaanStarts!, kinds[report.ByKind.ToList().FindIndex(k => k.Kind == PlacementKind.Doelgroepbaan)][0]);
            Sum(jobStarts, [.. sectors.Select(s => s[0])]);
            Sum(jobEndings, [.. sectors.Select(s => s[1])]);
            Relations.Add(new([(1, jobStarts), (1, otherStarts), .. kinds.Select(k => (-1, k[0]))]));
            Relations.Add(new([(1, jobEndings), (1, otherEndings), .. kinds.Select(k => (-1, k[1]))]));
            var competitiveOpen = Unseen("competitive open", sectors.Sum(s => s[2].Truth));
            Sum(competitiveOpen, [.. sectors.Select(s => s[2])]);
            var otherOpen = Unseen("other open", kinds.Sum(k => k[2].Truth) - competitiveOpen.Truth);
            Relations.Add(new([(1, competitiveOpen), (1, otherOpen), .. kinds.Select(k => (-1, k[2]))]));
        }

        private Variable[] Counts(IXLRow row, PlacementCounts counts) =>
            [Count(row.Cell(3), counts.Starts), Count(row.Cell(4), counts.Endings), Count(row.Cell(5), counts.OpenAtEnd)];

        private void Signals(Variable openSignals)
        {
            var sheet = file.Worksheet(SignalSheet.Name);
            Assert.Equal(["Type", "Open begin kwartaal", "Geopend", "Opgelost", "Open einde kwartaal"],
                sheet.Row(SheetLayout.HeaderRow).CellsUsed().Select(c => c.GetString()));
            var lines = new List<Variable[]>();
            Variable[] Line(IXLRow row, SignalCounts now, SignalCounts before)
            {
                Variable[] line = [Count(row.Cell(2), before.OpenAtEnd), Count(row.Cell(3), now.Opened), Count(row.Cell(4), now.Resolved), Count(row.Cell(5), now.OpenAtEnd)];
                // The flow: open at the end = open at the start + opened − resolved.
                Relations.Add(new([(1, line[3]), (-1, line[0]), (-1, line[1]), (1, line[2])]));
                return line;
            }
            foreach (var signal in report.Signals)
                lines.Add(Line(WorkbookFile.Row(sheet, signal.Type), signal.Current, signal.Previous));
            var total = Line(WorkbookFile.Row(sheet, "Totaal"), report.SignalTotals, report.PreviousSignalTotals);
            for (var c = 0; c < total.Length; c++)
                Sum(total[c], [.. lines.Select(l => l[c])]);
            Sum(openSignals, total[3]);
        }

        private void Questionnaires()
        {
            var sheet = file.Worksheet(QuestionnaireSheet.Name);
            var row = SheetLayout.HeaderRow;
            foreach (var response in report.Responses)
            {
                var line = sheet.Row(++row);
                Assert.Equal(QuestionnaireSheet.RespondentLabel(response.Respondent), line.Cell(1).GetString());
                var closed = Count(line.Cell(2), response.Current.Denominator);
                var answered = Count(line.Cell(3), response.Current.Numerator);
                Difference($"{response.Respondent} unanswered", closed, answered);
                DerivedFrom(line.Cell(4), response.Current.Numerator, response.Current.Denominator, answered, closed);
                Assert.True(line.Cell(5).IsEmpty(), "no previous quarter outside the team");
            }

            var byItem = new Dictionary<string, Variable>();
            foreach (var scale in report.Scales)
            {
                var line = sheet.RowsUsed().Single(r => r.Cell(3).GetString() == scale.ItemId);
                byItem[scale.ItemId] = Count(line.Cell(4), scale.Current.Count);
                MeanOf(line.Cell(5), scale.Current.Count);
                Assert.True(line.Cell(6).IsEmpty(), "no previous quarter outside the team");
            }
            foreach (var shared in report.SharedDimensions)
            {
                var line = WorkbookFile.Row(sheet, shared.Name);
                MeanOf(line.Cell(2), shared.Candidate.Current.Count);
                Sum(byItem[shared.Candidate.ItemId], Count(line.Cell(3), shared.Candidate.Current.Count));
                MeanOf(line.Cell(4), shared.Supervisor.Current.Count);
                Sum(byItem[shared.Supervisor.ItemId], Count(line.Cell(5), shared.Supervisor.Current.Count));
                var difference = line.Cell(6);
                covered.Add(Where(difference));
                if (shared.Candidate.Current.Count is > 0 and < SmallCells.MeanMinimum || shared.Supervisor.Current.Count is > 0 and < SmallCells.MeanMinimum)
                    Assert.Equal(SmallCells.Mark, difference.GetString());
            }
        }

        /// <summary>A shown count equals the report's; a hidden one is an unknown.</summary>
        private Variable Count(IXLCell cell, int truth)
        {
            Assert.True(covered.Add(Where(cell)), $"{Where(cell)} read twice");
            if (cell.GetString() == SmallCells.Mark)
            {
                var hidden = new Variable(Where(cell), truth, known: false);
                Unknowns.Add(hidden);
                return hidden;
            }
            Assert.True(cell.DataType == XLDataType.Number, $"{Where(cell)} is a count or the mark, not '{cell.GetString()}'");
            Assert.Equal(truth, cell.GetDouble());
            Assert.False(SmallCells.IsSmall(truth), $"{Where(cell)} shows {truth}");
            return new Variable(Where(cell), truth, known: true);
        }

        private Variable Unseen(string name, int truth)
        {
            var unseen = new Variable(name, truth, known: false);
            Unknowns.Add(unseen);
            return unseen;
        }

        private Variable Difference(string name, Variable whole, Variable part)
        {
            var rest = Unseen(name, whole.Truth - part.Truth);
            Sum(whole, part, rest);
            return rest;
        }

        private void Sum(Variable total, params Variable[] parts) => Relations.Add(new([(1, total), .. parts.Select(p => (-1, p))]));

        /// <summary>A share, band or percentage: shown only when no count it rests on is small or hidden.</summary>
        private void DerivedFrom(IXLCell cell, int numerator, int denominator, params Variable[] shown)
        {
            covered.Add(Where(cell));
            if (SmallCells.IsSmall(numerator) || SmallCells.IsSmall(denominator) || shown.Any(v => !v.Known))
                Assert.Equal(SmallCells.Mark, cell.GetString());
        }

        /// <summary>A mean or median: only over at least the minimum number of observations, rounded to one decimal.</summary>
        private void MeanOf(IXLCell cell, int observations)
        {
            covered.Add(Where(cell));
            if (observations is > 0 and < SmallCells.MeanMinimum)
                Assert.Equal(SmallCells.Mark, cell.GetString());
            else if (cell.DataType == XLDataType.Number)
                Assert.Equal(Math.Round(cell.GetDouble(), 1), cell.GetDouble());
        }

        private static string Where(IXLCell cell) => $"{cell.Worksheet.Name}!{cell.Address}";
    }

    /// <summary>The reader's tools: exact linear algebra over the rationals, and bounds from non-negativity.</summary>
    private static class Algebra
    {
        /// <summary>
        /// The unknown is determined when it takes the same value in every solution of the identities, that is when its
        /// column is not a combination of the other unknowns' columns: the rank drops without it.
        /// </summary>
        public static bool IsDetermined(Variable target, IReadOnlyList<Relation> relations)
        {
            var unknowns = relations.SelectMany(r => r.Terms).Select(t => t.Variable).Where(v => !v.Known).Distinct().ToList();
            return Rank(relations, unknowns) > Rank(relations, [.. unknowns.Where(v => v != target)]);
        }

        private static int Rank(IReadOnlyList<Relation> relations, List<Variable> columns)
        {
            var index = columns.Select((v, i) => (v, i)).ToDictionary(p => p.v, p => p.i);
            var rows = relations.Select(r =>
            {
                var row = new BigInteger[columns.Count];
                foreach (var (coefficient, variable) in r.Terms)
                    if (index.TryGetValue(variable, out var i))
                        row[i] += coefficient;
                return row;
            }).Where(r => r.Any(x => !x.IsZero)).ToList();

            var rank = 0;
            for (var column = 0; column < columns.Count && rank < rows.Count; column++)
            {
                var pivot = rows.FindIndex(rank, r => !r[column].IsZero);
                if (pivot < 0)
                    continue;
                (rows[rank], rows[pivot]) = (rows[pivot], rows[rank]);
                for (var r = rank + 1; r < rows.Count; r++)
                {
                    if (rows[r][column].IsZero)
                        continue;
                    var (a, b) = (rows[rank][column], rows[r][column]);
                    // Integer elimination: row r := a·row r − b·pivot row, then divided by the gcd of its entries.
                    var next = rows[r].Select((x, c) => a * x - b * rows[rank][c]).ToArray();
                    var gcd = next.Aggregate(BigInteger.Zero, BigInteger.GreatestCommonDivisor);
                    rows[r] = gcd.IsZero ? next : [.. next.Select(x => x / gcd)];
                }
                rank++;
            }
            return rank;
        }

        /// <summary>Interval propagation to a fixed point: every unknown is at least 0; each identity bounds each of its unknowns by the others.</summary>
        public static Dictionary<Variable, (double Low, double High)> Bounds(IReadOnlyList<Relation> relations)
        {
            var bounds = new Dictionary<Variable, (double Low, double High)>();
            (double Low, double High) Of(Variable v) =>
                v.Known ? (v.Truth, v.Truth) : bounds.TryGetValue(v, out var b) ? b : (0, double.PositiveInfinity);
            foreach (var v in relations.SelectMany(r => r.Terms).Select(t => t.Variable).Where(v => !v.Known))
                bounds[v] = (0, double.PositiveInfinity);

            for (var round = 0; round < 200; round++)
            {
                var changed = false;
                foreach (var relation in relations)
                    foreach (var (coefficient, variable) in relation.Terms.Where(t => !t.Variable.Known))
                    {
                        // coefficient · x = −Σ others: bound the right-hand side by the others' intervals.
                        double low = 0, high = 0;
                        foreach (var (c, other) in relation.Terms.Where(t => t.Variable != variable))
                        {
                            var (l, h) = Of(other);
                            var (a, b) = (-c * l, -c * h);
                            low += Math.Min(a, b);
                            high += Math.Max(a, b);
                        }
                        var (x, y) = (low / coefficient, high / coefficient);
                        var (current, now) = (Of(variable), (Low: Math.Max(Of(variable).Low, Math.Ceiling(Math.Min(x, y) - 1e-9)), High: Math.Min(Of(variable).High, Math.Floor(Math.Max(x, y) + 1e-9))));
                        if (double.IsNaN(now.Low) || double.IsNaN(now.High) || now == current)
                            continue;
                        bounds[variable] = now;
                        changed = true;
                    }
                if (!changed)
                    break;
            }
            return bounds;
        }
    }
}
