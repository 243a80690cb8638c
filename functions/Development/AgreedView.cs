namespace IpsMonitor.Development;

/// <summary>
/// What the candidate agreed with their supervisor and coach in the latest driegesprek of each running job, in plain
/// words: who does what and by when, whether it is done, and when they talk again. The agreements only, never a decision
/// about an adjustment or anything the coach noted: those are the coach's record.
/// </summary>
public sealed record AgreedView(IReadOnlyList<AgreedLine> Lines, IReadOnlyList<string> NextTalks)
{
    /// <summary>The latest talk of each job that still runs on the day; null when there is none to show.</summary>
    public static AgreedView? Of(IReadOnlyList<Job> jobs, DateOnly today, DevelopmentText text)
    {
        var lines = new List<AgreedLine>();
        var next = new List<string>();
        foreach (var job in jobs)
        {
            // A talk about a job that ended is history: its agreements no longer concern the candidate's work.
            if (job.StartDate > today || job.EndDate <= today || job.Driegesprekken.Count == 0)
                continue;
            var talk = job.Driegesprekken[^1];
            foreach (var agreement in talk.Agreements)
                lines.Add(new AgreedLine(Who(agreement.Owner, text.Agreed), agreement.Text,
                    agreement.StateOn(today) == AgreementState.Done
                        ? text.Agreed.Done
                        : text.Ui.Format(text.Agreed.By, text.Date(agreement.DueDate))));
            if (talk.NextDate >= today)
                next.Add(text.Ui.Format(text.Agreed.NextTalk, text.Date(talk.NextDate)));
        }
        return lines.Count == 0 && next.Count == 0 ? null : new AgreedView(lines, next);
    }

    private static string Who(AgreementOwner owner, DevelopmentText.Agreeing words) => owner switch
    {
        AgreementOwner.Candidate => words.You,
        AgreementOwner.Supervisor => words.Supervisor,
        _ => words.Coach,
    };
}

/// <summary>One agreement: who does it ("Jij", "Je leidinggevende"), what, and by when or that it is done.</summary>
public sealed record AgreedLine(string Who, string Text, string When);
