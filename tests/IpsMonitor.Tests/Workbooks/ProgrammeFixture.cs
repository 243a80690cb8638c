namespace IpsMonitor.Tests.Workbooks;

/// <summary>
/// A hand-built programme "p1" reported on 2026-Q3 (01-07..30-09), previous quarter 2026-Q2. Every candidate is there
/// for a reason, written next to it; the expected figures in the tests follow from these lines alone.
/// </summary>
internal static class ProgrammeFixture
{
    public const string Programme = "p1";
    public static readonly Quarter Q3 = new(2026, 3);
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static ProgrammeData Data() => new(
        Programme,
        [new Coach("C1", Programme, 1.0m), new Coach("C2", Programme, 0.5m), new Coach("X9", "p2", 1.0m)],
        [
            // In work since 04-05 (Q2), 13-week mark 03-08 falls in Q3 and is reached.
            Candidate("k01", "C1", Referral(2026, 2, 10)),
            // Referred in Q3; first job starts on the last day of the quarter.
            Candidate("k02", "C1", Referral(2026, 7, 15)),
            // Already in work at referral (job since 2025): not a job start, not in the employment-rate denominator.
            Candidate("k03", "C1", Referral(2026, 8, 1, employed: true)),
            // Discharged 10-07 and re-referred 20-08: counts once as active, the new referral counts as a referral.
            Candidate("k04", "C2", Referral(2025, 9, 1, discharged: new(2026, 7, 10)), Referral(2026, 8, 20)),
            // A 3-hour job (not a start) and then a 2-hour job with 4 paid hours confirmed (a start).
            Candidate("k05", "C2", Referral(2026, 3, 1)),
            // Two jobs at once: counts once as working, both jobs are job starts.
            Candidate("k06", "C1", Referral(2026, 1, 5)),
            // Only a trial placement: an other placement, not a competitive outcome.
            Candidate("k07", "C2", Referral(2026, 4, 20)),
            // Discharged in Q2: active then, not in Q3.
            Candidate("k08", "C1", Referral(2025, 10, 1, discharged: new(2026, 5, 15))),
            // Referred on the last day of the quarter.
            Candidate("k09", "C1", Referral(2026, 9, 30)),
            // Job ended 10-07, before its 26-week mark (20-07); now a work-experience placement.
            Candidate("k10", "C2", Referral(2025, 12, 1)),
            // Job ended 09-08, the day before its 13-week mark (10-08).
            Candidate("k11", "C2", Referral(2026, 3, 2)),
            // Another programme's candidate: must not show up anywhere.
            new Candidate("k99", "p2", "X9", "EPD-k99", "nl", [Referral(2026, 1, 1)]),
        ],
        [
            Job("j01", "k01", "Zorg", new(2026, 5, 4), 24),
            Job("j02", "k02", "Horeca", new(2026, 9, 30), 12),
            Job("j03", "k03", "Zorg", new(2025, 6, 1), 32),
            Job("j04", "k04", "Logistiek", new(2025, 11, 3), 20, end: new(2026, 6, 30)),
            Job("j05", "k04", "Logistiek", new(2026, 9, 1), 16),
            Job("j06", "k05", "Schoonmaak", new(2026, 7, 6), 3),
            Job("j07", "k05", "Schoonmaak", new(2026, 8, 10), 2, confirmed: true),
            Job("j08", "k06", "Zorg", new(2026, 7, 1), 10),
            Job("j09", "k06", "Retail", new(2026, 8, 3), 8, end: new(2026, 9, 15)),
            Job("j10", "k07", "Groen", new(2026, 7, 20), 16, kind: PlacementKind.Proefplaatsing, competitive: false),
            Job("j11", "k10", "Zorg", new(2026, 1, 19), 20, end: new(2026, 7, 10)),
            Job("j12", "k10", "Zorg", new(2026, 8, 1), 12, kind: PlacementKind.Werkervaringsplek, competitive: false),
            Job("j13", "k11", "Horeca", new(2026, 5, 11), 24, end: new(2026, 8, 9)),
            Job("j99", "k99", "Zorg", new(2026, 7, 1), 40),
        ],
        [
            CandidateAnswered("i01", "k01", "2026-07-10T08:00:00Z", workAbility: 7, energy: 4, workload: 3, satisfaction: 4, fit: 4, support: 5),
            // 23:30 in Amsterdam on 30-09: still Q3.
            CandidateAnswered("i02", "k02", "2026-09-30T21:30:00Z", workAbility: 5, energy: 3, workload: 4, satisfaction: 3, fit: 3, support: 4),
            Closed("i03", "k05", Respondent.Candidate, InvitationState.Missed, "2026-08-15T10:00:00Z"),
            Closed("i04", "k06", Respondent.Candidate, InvitationState.Cancelled, "2026-08-01T10:00:00Z"),
            Closed("i05", "k01", Respondent.Candidate, InvitationState.Open, "2026-10-10T10:00:00Z"),
            // 00:30 in Amsterdam on 01-07: Q3, although it is still 30-06 in UTC.
            CandidateAnswered("i06", "k06", "2026-06-30T22:30:00Z", workAbility: 6, energy: 2, workload: 3, satisfaction: 5, fit: 2, support: null),
            // 00:30 in Amsterdam on 01-10: Q4.
            CandidateAnswered("i07", "k10", "2026-09-30T22:30:00Z", workAbility: 1, energy: 1, workload: 1, satisfaction: 1, fit: 1, support: 1),
            CandidateAnswered("i08", "k01", "2026-05-10T10:00:00Z", workAbility: 5, energy: 3, workload: 3, satisfaction: 3, fit: 3, support: 3),
            Closed("i09", "k04", Respondent.Candidate, InvitationState.Missed, "2026-06-01T10:00:00Z"),
            SupervisorAnswered("s01", "k01", "2026-08-05T09:00:00Z"),
            Closed("s02", "k06", Respondent.Supervisor, InvitationState.Missed, "2026-09-01T00:00:00Z"),
            CandidateAnswered("i98", "k404", "2026-08-01T10:00:00Z", workAbility: 0, energy: 1, workload: 1, satisfaction: 1, fit: 1, support: 1),
            CandidateAnswered("i99", "k99", "2026-08-01T10:00:00Z", workAbility: 0, energy: 1, workload: 1, satisfaction: 1, fit: 1, support: 1),
        ],
        [
            Signal("k01", "decline", "2026-07-05T10:00:00Z", "2026-08-01T10:00:00Z"),
            Signal("k05", "no_response", "2026-06-20T10:00:00Z", null),
            // Opened 00:30 on 01-10 in Amsterdam: Q4.
            Signal("k06", "hours_gap", "2026-09-30T22:30:00Z", null),
            // Resolved 23:59 on 30-09 in Amsterdam: resolved in Q3, not open at its end.
            Signal("k10", "decline", "2026-05-01T08:00:00Z", "2026-09-30T21:59:00Z"),
            Signal("k02", "ips_timeline", "2026-08-10T08:00:00Z", "2026-10-02T08:00:00Z"),
            Signal("k99", "decline", "2026-08-10T08:00:00Z", null),
        ])
    {
        SignalRuleVersion = "signals-3",
    };

    public static QuarterlyReport Report() => QuarterlyMetrics.Compute(Data(), Q3, Zone);

    public static Referral Referral(int year, int month, int day, bool employed = false, DateOnly? discharged = null) =>
        new(new DateOnly(year, month, day), employed, discharged, discharged is null ? null : "Werk is stabiel");

    public static Candidate Candidate(string id, string coach, params Referral[] referrals) =>
        new(id, Programme, coach, "EPD-" + id, "nl", referrals);

    public static Job Job(
        string id, string candidate, string sector, DateOnly start, decimal hours, DateOnly? end = null,
        PlacementKind kind = PlacementKind.Regular, bool competitive = true, bool confirmed = false) =>
        new(id, candidate, "Bakkerij De Vries", "Medewerker", sector, start, hours, competitive, kind, confirmed,
            kind == PlacementKind.Proefplaatsing ? start.AddMonths(3) : null, null, null, end, end is null ? null : "Contract afgelopen",
            [], Disclosure.SupervisorOnly, new SupervisorContact(true, null, "Jan Jansen", "jan@example.org"));

    public static Invitation Closed(string id, string candidate, Respondent respondent, InvitationState state, string at, IReadOnlyDictionary<string, Answer>? answers = null)
    {
        var instant = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture);
        var answered = state == InvitationState.Answered;
        return new(id, candidate, respondent, null, DateOnly.FromDateTime(instant.UtcDateTime), instant.AddDays(-7),
            answered ? instant.AddDays(7) : instant, state, answered ? instant : null, "checkin", 1,
            answers ?? new Dictionary<string, Answer>());
    }

    private static Invitation CandidateAnswered(
        string id, string candidate, string at, decimal workAbility, decimal energy, decimal workload, decimal satisfaction, decimal fit, decimal? support)
    {
        var answers = new Dictionary<string, Answer>
        {
            [ItemIds.WorkAbility] = Answer.Of(workAbility),
            [ItemIds.Energy] = Answer.Of(energy),
            [ItemIds.Workload] = Answer.Of(workload),
            [ItemIds.Satisfaction] = Answer.Of(satisfaction),
            [ItemIds.Fit] = Answer.Of(fit),
            [ItemIds.HelpNow] = Answer.Of("Meer uren bij de bakkerij"),
        };
        if (support is { } value)
            answers[ItemIds.Support] = Answer.Of(value);
        return Closed(id, candidate, Respondent.Candidate, InvitationState.Answered, at, answers);
    }

    private static Invitation SupervisorAnswered(string id, string candidate, string at) =>
        Closed(id, candidate, Respondent.Supervisor, InvitationState.Answered, at, new Dictionary<string, Answer>
        {
            [ItemIds.SupervisorProgress] = Answer.Of(4),
            [ItemIds.SupervisorSocialFit] = Answer.Of(5),
            [ItemIds.SupervisorWorkAbility] = Answer.Of(8),
            [ItemIds.SupervisorFit] = Answer.Of(4),
            [ItemIds.SupervisorIndependent] = Answer.Of(4),
            [ItemIds.SupervisorCoachCollaboration] = Answer.Of(5),
            [ItemIds.SupervisorComments] = Answer.Of("Gaat goed, wil meer taken"),
        });

    private static SignalHistory Signal(string candidate, string type, string opened, string? resolved) =>
        new(candidate, "C1", type, "medium", DateTimeOffset.Parse(opened, System.Globalization.CultureInfo.InvariantCulture),
            resolved is null ? null : DateTimeOffset.Parse(resolved, System.Globalization.CultureInfo.InvariantCulture));
}
