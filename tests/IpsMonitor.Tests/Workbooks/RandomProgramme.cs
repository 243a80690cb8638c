using static IpsMonitor.Tests.Workbooks.ProgrammeFixture;

namespace IpsMonitor.Tests.Workbooks;

/// <summary>
/// Programmes of many shapes for properties that must hold for any data: a seeded generator, so a failure names a seed
/// that reproduces it. Small programmes give many small cells; large ones give many categories.
/// </summary>
internal static class RandomProgramme
{
    private static readonly string[] SignalTypes = ["decline", "development_stagnation", "hours_gap", "no_response", "overload", "ips_timeline"];
    private static readonly string[] FreeSectors = ["Zorg", "Bakkerij De Vries", "Horeca"];

    public static ProgrammeData Data(int seed)
    {
        var random = new Random(seed);
        var size = random.Next(3) switch { 0 => random.Next(2, 12), 1 => random.Next(12, 40), _ => random.Next(40, 120) };
        var coaches = Enumerable.Range(1, random.Next(1, 7)).Select(i => new Coach($"C{i}", Programme, random.Next(2, 11) / 10m)).ToList();
        var candidates = new List<Candidate>();
        var jobs = new List<Job>();
        var invitations = new List<Invitation>();
        var signals = new List<SignalHistory>();
        var day0 = new DateOnly(2025, 6, 1);
        DateOnly Day(int from, int span) => day0.AddDays(from + random.Next(span));
        DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);

        for (var i = 0; i < size; i++)
        {
            var id = $"k{i:D3}";
            var referral = Day(0, 480);
            DateOnly? discharged = random.Next(5) == 0 ? referral.AddDays(random.Next(30, 300)) : null;
            candidates.Add(Candidate(id, coaches[random.Next(coaches.Count)].Id, Referral(referral.Year, referral.Month, referral.Day, random.Next(4) == 0, discharged)));
            for (var j = random.Next(3); j > 0; j--)
            {
                var start = referral.AddDays(random.Next(-30, 300));
                DateOnly? end = random.Next(3) == 0 ? start.AddDays(random.Next(10, 250)) : null;
                var kind = (PlacementKind)random.Next(5);
                var competitive = kind is PlacementKind.Regular or PlacementKind.Doelgroepbaan && random.Next(6) > 0;
                var sector = random.Next(5) == 0 ? FreeSectors[random.Next(FreeSectors.Length)] : SectorCatalogue.All[random.Next(SectorCatalogue.All.Count)].Code;
                jobs.Add(Job($"j{i:D3}{j}", id, sector, start, random.Next(2, 40), end, kind, competitive, random.Next(2) == 0));
            }
            for (var n = random.Next(4); n > 0; n--)
            {
                var respondent = random.Next(3) == 0 ? Respondent.Supervisor : Respondent.Candidate;
                var state = (InvitationState)random.Next(Enum.GetValues<InvitationState>().Length);
                var answers = new Dictionary<string, Answer>();
                if (state == InvitationState.Answered)
                    foreach (var item in ScaleItems.All.Where(s => s.Respondent == respondent && random.Next(4) > 0))
                        answers[item.ItemId] = Answer.Of(random.Next(1, 6));
                invitations.Add(Closed($"i{i:D3}{n}", id, respondent, state, At(Day(300, 200)).ToString("O"), answers));
            }
            for (var s = random.Next(3); s > 0; s--)
            {
                var opened = Day(250, 250);
                DateOnly? resolved = random.Next(2) == 0 ? opened.AddDays(random.Next(1, 120)) : null;
                signals.Add(new SignalHistory(id, "C1", SignalTypes[random.Next(SignalTypes.Length)], "medium", At(opened), resolved is { } r ? At(r) : null));
            }
        }
        return Progress(new ProgrammeData(Programme, coaches, candidates, jobs, invitations, signals), seed);
    }

    /// <summary>
    /// Coach models, education, trial decisions and reasons, drawn from a generator of their own so the draws above, and
    /// every figure that rests on them, stay as they were.
    /// </summary>
    private static ProgrammeData Progress(ProgrammeData data, int seed)
    {
        var random = new Random(seed * 7919 + 17);
        var day0 = new DateOnly(2025, 6, 1);
        var coaches = data.Coaches.Select(c => c with { Model = (CoachModel)random.Next(3) }).ToList();
        var candidates = data.Candidates.Select(c => c with
        {
            Referrals = [.. c.Referrals.Select(r => r.DischargeDate is null || random.Next(4) == 0 ? r
                : r with { DischargeReason = ((DischargeReason)random.Next(8)).ToString() })],
            Education = [.. Enumerable.Range(0, random.Next(3)).Select(e =>
            {
                var start = day0.AddDays(random.Next(480));
                DateOnly? end = random.Next(3) == 0 ? start.AddDays(random.Next(20, 300)) : null;
                return new Education($"e{e}", (EducationKind)random.Next(2), start, random.Next(2) == 0, end);
            })],
        }).ToList();
        var jobs = data.Jobs.Select(j => j with
        {
            EndReason = j.EndDate is null || random.Next(4) == 0 ? j.EndReason : ((JobEndReason)random.Next(7)).ToString(),
            TrialDecision = j.Kind == PlacementKind.Proefplaatsing && random.Next(3) > 0 ? ((TrialOutcome)random.Next(3)).ToString() : null,
            TrialDecisionDate = j.Kind == PlacementKind.Proefplaatsing ? j.StartDate.AddDays(random.Next(20, 200)) : null,
        }).ToList();
        return data with { Coaches = coaches, Candidates = candidates, Jobs = jobs };
    }

    public static QuarterlyReport Report(int seed) => QuarterlyMetrics.Compute(Data(seed), Q3, Zone);
}
