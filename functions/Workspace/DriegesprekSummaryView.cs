namespace IpsMonitor.Workspace;

/// <summary>
/// What the supervisor may read of a driegesprek: its agreements, the decisions on the adjustments and the day of the
/// next talk, with the job it is about. Never an answer of either questionnaire, a signal, the hours plan, the goals or
/// anything else the coach noted: the summary is made from those three parts of the record alone. Around them, as on the
/// supervisor's check-in, the employee's first name where the coach recorded one the supervisor may see, and how to
/// reach the coach.
/// </summary>
public sealed record DriegesprekSummary(
    string Title, string Job, IReadOnlyList<string> Agreements, IReadOnlyList<string> Decisions, string NextDate)
{
    /// <summary>"Medewerker: Samira", or null without a first name recorded for the supervisor.</summary>
    public string? Employee { get; init; }

    /// <summary>How to reach the coach, or null when the coach's record holds no name, phone or e-mail.</summary>
    public string? Coach { get; init; }

    /// <summary>The summary as the mail's plain text, in the same words as the page.</summary>
    public string AsText(DriegesprekText w)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine(Title).AppendLine(Job);
        if (Employee is not null)
            text.AppendLine(Employee);
        text.AppendLine();
        void Part(string term, IReadOnlyList<string> lines)
        {
            text.AppendLine(term);
            if (lines.Count == 0)
                text.AppendLine(w.None);
            foreach (var line in lines)
                text.Append("- ").AppendLine(line);
            text.AppendLine();
        }
        Part(w.AgreementsTerm, Agreements);
        Part(w.DecisionsTerm, Decisions);
        text.AppendLine(w.NextDateTerm).AppendLine(NextDate);
        if (Coach is not null)
            text.AppendLine().AppendLine(Coach);
        return text.ToString();
    }
}

/// <summary>The summary page: the summary once shared (else why not), the way back, and the mail form when it can be mailed.</summary>
public sealed record DriegesprekSummaryView(
    StaffChrome Chrome, string Title, string Back, DriegesprekSummary? Summary, string? NotShared, string? MailAction, string? MailHint);

/// <summary>A driegesprek's summary for the supervisor, worded for the reader.</summary>
internal static class DriegesprekSummaries
{
    public static DriegesprekSummary Of(StaffText t, Job job, Driegesprek talk, Coach? coach)
    {
        var w = DriegesprekText.For(t.Lang);
        var agreements = talk.Agreements.Select(a => string.Format(t.Culture, w.SummaryAgreementLine, a.Text, w.OwnerLabels[a.Owner],
            StaffLayout.Date(a.DueDate, t))).ToList();
        var decisions = talk.Decisions.Select(d => job.Adjustments.FirstOrDefault(a => a.Id == d.AdjustmentId) is { } a
            ? string.Format(t.Culture, w.HistoryLines[d.Decision], t.AdjustmentName(a),
                StaffLayout.Date(talk.Date, t), d.Effect, StaffLayout.Date(d.NewReviewDate, t))
            : d.Effect).ToList();
        // The first name only as the supervisor's check-in shows it: recorded with consent, while the consent stands.
        var firstName = job.SupervisorConsentStands ? job.Supervisor.CandidateFirstName?.Trim() : null;
        var reach = string.Join(", ", new[] { coach?.Name, coach?.Phone, coach?.Email }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return new DriegesprekSummary(string.Format(t.Culture, w.SummaryTitle, StaffLayout.Date(talk.Date, t)),
            string.Format(t.Culture, AgendaText.For(t.Lang).Job, job.JobTitle, job.Employer), agreements, decisions,
            StaffLayout.Date(talk.NextDate, t))
        {
            Employee = string.IsNullOrEmpty(firstName) ? null : string.Format(t.Culture, w.SummaryEmployee, firstName),
            Coach = reach.Length == 0 ? null : string.Format(t.Culture, w.SummaryCoach, reach),
        };
    }
}

/// <summary>The mail form sends nothing but its token: what is mailed is the stored summary.</summary>
public sealed record SummaryMailRequest;
