namespace IpsMonitor.Workspace;

/// <summary>
/// The driegesprek record on the candidate page: the form that records a talk about the running job (with its current
/// adjustments to decide on), the open agreements to mark done, and the talks recorded so far.
/// </summary>
public sealed record DriegesprekRecordView(
    string JobId, IReadOnlyList<Choice> Adjustments, IReadOnlyList<Choice> OpenAgreements, IReadOnlyList<RecordedTalkView> Talks);

/// <summary>One recorded talk in words: its heading and its parts as facts.</summary>
public sealed record RecordedTalkView(string Heading, IReadOnlyList<Fact> Facts, IReadOnlyList<string> Agreements, IReadOnlyList<string> Decisions)
{
    public string Id { get; init; } = "";

    /// <summary>When and by whom the candidate's agreement to share the summary was recorded; null until then.</summary>
    public string? Shared { get; init; }
}

/// <summary>A driegesprek's record, last time's agreements and the adjustment history worded for the staff pages.</summary>
internal static class DriegesprekRecordViews
{
    /// <summary>How many agreement rows the form offers: enough for a talk, with no script to add more.</summary>
    public const int AgreementRows = 3;

    public static DriegesprekRecordView View(StaffText t, Job job, DateOnly today, StaffNames names)
    {
        var words = DriegesprekText.For(t.Lang);
        var adjustments = job.Adjustments.Where(a => a.Decidable)
            .Select(a => new Choice(a.Id, t.AdjustmentName(a))).ToList();
        var open = job.Driegesprekken.SelectMany(d => d.Agreements).Where(a => a.DoneOn is null)
            .Select(a => new Choice(a.Id, AgreementLine(t, words, a, today))).ToList();
        var talks = job.Driegesprekken.Reverse().Select(d => Talk(t, words, job, d, today) with
        {
            Id = d.Id,
            Shared = d.Sharing is { } s
                ? string.Format(t.Culture, words.SharedOn, StaffLayout.Date(s.AgreedOn, t),
                    s.CoachId is { } coach ? names.Coach(coach) : AdjustmentText.For(t.Lang).ByCoordinator)
                : null,
        }).ToList();
        return new DriegesprekRecordView(job.Id, adjustments, open, talks);
    }

    /// <summary>What the agenda opens with: last time's agreements with their state today.</summary>
    public static AgendaList LastAgreements(StaffText t, Job? job, DateOnly today)
    {
        var words = DriegesprekText.For(t.Lang);
        if (job?.LastDriegesprek is not { } last)
            return new AgendaList(words.NoTalkYet, [], words.NoAgreements);
        return new AgendaList(string.Format(t.Culture, words.LastAgreements, StaffLayout.Date(last.Date, t)),
            last.Agreements.Select(a => AgreementItem(t, words, a, today)).ToList(), words.NoAgreements);
    }

    /// <summary>Every decision on the job's adjustments, oldest first: what was tried and what it did.</summary>
    public static AgendaList AdjustmentHistory(StaffText t, Job? job)
    {
        var words = DriegesprekText.For(t.Lang);
        var lines = (job?.Adjustments ?? []).SelectMany(a => a.Decisions.Select(d => (Adjustment: a, Decision: d)))
            .OrderBy(x => x.Decision.Date)
            .Select(x => HistoryItem(t, words, x.Adjustment, x.Decision)).ToList();
        return new AgendaList(words.AdjustmentHistory, lines, words.NoAdjustmentHistory);
    }

    public static string AgreementLine(StaffText t, DriegesprekText words, Agreement a, DateOnly today)
    {
        var state = a.StateOn(today) == AgreementState.Done
            ? string.Format(t.Culture, words.DoneState, StaffLayout.Date(a.DoneOn, t)) : words.StateLabels[a.StateOn(today)];
        return string.Format(t.Culture, words.AgreementLine, a.Text, words.OwnerLabels[a.Owner], StaffLayout.Date(a.DueDate, t), state);
    }

    /// <summary>
    /// An agreement on the agenda. Paper shortens only its text: who carries it out, by when and how far it got are what
    /// the talk checks, so they always print.
    /// </summary>
    private static AgendaItem AgreementItem(StaffText t, DriegesprekText words, Agreement a, DateOnly today)
    {
        var line = AgreementLine(t, words, a, today);
        if (line.Length <= AgendaItem.PaperLength)
            return new AgendaItem(line, null);
        var room = Math.Max(AgendaItem.PaperLength - (line.Length - a.Text.Length), AgendaItem.PaperLength / 2);
        return new AgendaItem(line, AgreementLine(t, words, a with { Text = AgendaItem.Shorten(a.Text, room) }, today));
    }

    /// <summary>
    /// A decision on the agenda. Paper names the adjustment by its kind alone and shortens the effect, so the decision and
    /// its dates always print.
    /// </summary>
    private static AgendaItem HistoryItem(StaffText t, DriegesprekText words, Adjustment a, AdjustmentDecision d)
    {
        var line = HistoryLine(t, words, a, d);
        if (line.Length <= AgendaItem.PaperLength)
            return new AgendaItem(line, null);
        var paper = AgendaItem.Of(HistoryLine(t, words, a with { Description = null }, d));
        return new AgendaItem(line, paper.Paper ?? paper.Text);
    }

    private static string HistoryLine(StaffText t, DriegesprekText words, Adjustment a, AdjustmentDecision d) =>
        string.Format(t.Culture, words.HistoryLines[d.Decision], t.AdjustmentName(a),
            StaffLayout.Date(d.Date, t), d.Effect, StaffLayout.Date(d.NewReviewDate, t));

    private static RecordedTalkView Talk(StaffText t, DriegesprekText words, Job job, Driegesprek d, DateOnly today)
    {
        string Text(string? value) => value ?? words.None;
        var facts = new List<Fact>
        {
            new(words.ParticipantsTerm, string.Join(", ", d.Participants.Select(p => words.ParticipantLabels[p]))),
            new(words.NewTasksTerm, Text(d.NewTasks)),
            new(words.TasksTakenAwayTerm, Text(d.TasksTakenAway)),
            new(words.HoursPlanTerm, d.Hours is { } h ? HoursPlanLine(t, words, h) : words.None),
            new(words.GoalsTerm, Text(d.DevelopmentGoals)),
            new(words.NextDateTerm, StaffLayout.Date(d.NextDate, t)),
        };
        var decisions = d.Decisions.Select(x => job.Adjustments.FirstOrDefault(a => a.Id == x.AdjustmentId) is { } a
            ? string.Format(t.Culture, words.HistoryLines[x.Decision], t.AdjustmentName(a),
                StaffLayout.Date(d.Date, t), x.Effect, StaffLayout.Date(x.NewReviewDate, t))
            : x.Effect).ToList();
        return new RecordedTalkView(string.Format(t.Culture, words.TalkHeading, StaffLayout.Date(d.Date, t)), facts,
            d.Agreements.Select(a => AgreementLine(t, words, a, today)).ToList(), decisions);
    }

    public static string HoursPlanLine(StaffText t, DriegesprekText words, HoursPlan h) =>
        string.Format(t.Culture, words.HoursPlanLine, h.From.ToString("0.#", t.Culture), h.To.ToString("0.#", t.Culture), StaffLayout.Date(h.By, t));
}
