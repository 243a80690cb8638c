namespace IpsMonitor.Tests.Signals;

/// <summary>
/// Builds one candidate's history for the signal tests. Answered check-ins are answered at 10:00 Amsterdam winter time on
/// the given day; a missed check-in's link expires a week after its due date, which is when the miss becomes known.
/// </summary>
internal sealed class HistoryBuilder(DateOnly referral, string candidateId = "k-001")
{
    private readonly List<Referral> _referrals = [new Referral(referral, false, null, null)];
    private readonly List<Job> _jobs = [];
    private readonly List<Invitation> _invitations = [];
    private readonly List<Contact> _contacts = [];

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public HistoryBuilder Discharged(DateOnly date)
    {
        _referrals[^1] = _referrals[^1] with { DischargeDate = date, DischargeReason = "afgerond" };
        return this;
    }

    public HistoryBuilder Job(
        string id,
        DateOnly start,
        DateOnly? end = null,
        decimal contractHours = 24,
        PlacementKind kind = PlacementKind.Regular,
        DateOnly? trialEnd = null,
        string? trialDecision = null,
        params Adjustment[] adjustments)
    {
        _jobs.Add(new Job(id, candidateId, "Werkgever", "Medewerker", "Zorg", start, contractHours, kind != PlacementKind.Proefplaatsing,
            kind, false, trialEnd, trialEnd is null ? null : "Zelfstandig werken", trialDecision, end, end is null ? null : "Contract niet verlengd",
            adjustments, Disclosure.SupervisorOnly, new SupervisorContact(true, null, "Leidinggevende", "lg@example.org")));
        return this;
    }

    /// <summary>A candidate check-in answered on the day; jobId null means while looking for work.</summary>
    public HistoryBuilder Candidate(DateOnly answered, string? jobId, params (string Item, decimal Value)[] answers) =>
        Answered(Respondent.Candidate, answered, jobId, answers);

    public HistoryBuilder Supervisor(DateOnly answered, string jobId, params (string Item, decimal Value)[] answers) =>
        Answered(Respondent.Supervisor, answered, jobId, answers);

    /// <summary>A supervisor check-in with choices and free text (by option id or as typed) besides its numbers.</summary>
    public HistoryBuilder Supervisor(
        DateOnly answered, string jobId, (string Item, string Text)[] texts, params (string Item, decimal Value)[] answers)
    {
        Answered(Respondent.Supervisor, answered, jobId, answers);
        var last = _invitations[^1];
        var values = new Dictionary<string, Answer>(last.Answers, StringComparer.Ordinal);
        foreach (var (item, text) in texts)
            values[item] = Answer.Of(text);
        _invitations[^1] = last with { Answers = values };
        return this;
    }

    public HistoryBuilder Missed(Respondent respondent, DateOnly due, string? jobId)
    {
        var id = $"{(respondent == Respondent.Candidate ? "c" : "s")}{_invitations.Count + 1}";
        _invitations.Add(new Invitation(id, candidateId, respondent, jobId, due, At(due.AddDays(-7)), At(due.AddDays(7)),
            InvitationState.Missed, null, QuestionnaireId(respondent), 1, new Dictionary<string, Answer>()));
        return this;
    }

    /// <summary>A contact the coach logged on the day, by phone.</summary>
    public HistoryBuilder Contact(DateOnly day, ContactWith with = ContactWith.Candidate)
    {
        _contacts.Add(new Contact($"c-{_contacts.Count + 1}", candidateId, day, with, ContactMeans.Phone, [], null, "coach-1", At(day)));
        return this;
    }

    /// <summary>A driegesprek recorded about the job, after those recorded before it.</summary>
    public HistoryBuilder Talk(string jobId, Driegesprek talk)
    {
        var i = _jobs.FindIndex(j => j.Id == jobId);
        _jobs[i] = _jobs[i] with { Driegesprekken = [.. _jobs[i].Driegesprekken, talk] };
        return this;
    }

    public CandidateHistory Build() =>
        new(new Candidate(candidateId, "prog-1", "coach-1", null, "nl", [.. _referrals]), [.. _jobs], [.. _invitations])
        {
            Contacts = [.. _contacts],
        };

    private HistoryBuilder Answered(Respondent respondent, DateOnly answered, string? jobId, (string Item, decimal Value)[] answers)
    {
        var id = $"{(respondent == Respondent.Candidate ? "c" : "s")}{_invitations.Count + 1}";
        var values = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var (item, value) in answers)
            values[item] = Answer.Of(value);
        _invitations.Add(new Invitation(id, candidateId, respondent, jobId, answered, At(answered.AddDays(-7)), At(answered.AddDays(7)),
            InvitationState.Answered, At(answered), QuestionnaireId(respondent), 1, values));
        return this;
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(1));

    private static string QuestionnaireId(Respondent respondent) => respondent == Respondent.Candidate ? "candidate-checkin" : "supervisor-checkin";
}

/// <summary>Scales chosen so that sqrt(2)·SEM is exactly 1: the RCI is then simply the difference in points.</summary>
internal static class TestScales
{
    public static readonly IReadOnlyDictionary<string, ScaleStatistics> Unit = new Dictionary<string, ScaleStatistics>
    {
        [ItemIds.WorkAbility] = new(2, 0.875),
        [ItemIds.SupervisorWorkAbility] = new(2, 0.875),
        [ItemIds.Satisfaction] = new(1, 0.5),
        [ItemIds.Energy] = new(1, 0.5),
    };

    public static readonly IReadOnlyDictionary<string, ScaleStatistics> None = new Dictionary<string, ScaleStatistics>();

    public static IReadOnlyList<SignalFinding> Evaluate(CandidateHistory history, DateOnly date, SignalRules? rules = null) =>
        SignalEvaluator.Evaluate(history, Unit, rules ?? new SignalRules(), date);

    public static SignalFinding? Find(this IReadOnlyList<SignalFinding> findings, string key) =>
        findings.FirstOrDefault(f => f.Key == key);
}
