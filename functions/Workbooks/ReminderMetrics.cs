namespace IpsMonitor.Workbooks;

/// <summary>
/// Whether reminders help: for the check-ins that closed in the quarter, per respondent, how many were answered before
/// the first reminder, and, of those that got reminder n, how many were answered after it and before the next one.
/// </summary>
internal sealed record ReminderResponse(Respondent Respondent, int AfterReminder, Ratio Current);

internal static class ReminderMetrics
{
    /// <summary>Rows are shown for at least this many reminders (the default schedule), so an empty one reads as zero.</summary>
    private const int ShownReminders = 2;

    public static IReadOnlyList<ReminderResponse> Compute(ProgrammeData data, CaseloadIndex index, Quarter quarter, TimeZoneInfo zone)
    {
        var most = Math.Max(ShownReminders, data.Invitations.Select(i => i.RemindedAt.Count).DefaultIfEmpty(0).Max());
        var respondents = Enum.GetValues<Respondent>();
        var asked = new int[respondents.Length, most + 1];
        var answered = new int[respondents.Length, most + 1];
        foreach (var invitation in data.Invitations)
        {
            if (invitation.ClosedAt is not { } closedAt || !index.Contains(invitation.CandidateId) || Quarter.FromInstant(closedAt, zone) != quarter)
                continue;
            var r = (int)invitation.Respondent;
            var reminded = invitation.RemindedAt;
            // Moment 0 is the invitation itself; moment n is reminder n, which only goes to a check-in still open.
            for (var moment = 0; moment <= reminded.Count; moment++)
                asked[r, moment]++;
            if (invitation is { State: InvitationState.Answered, AnsweredAt: { } at })
                answered[r, reminded.Count(sent => sent <= at)]++;
        }
        return respondents
            .SelectMany(respondent => Enumerable.Range(0, most + 1).Select(moment =>
                new ReminderResponse(respondent, moment, new Ratio(answered[(int)respondent, moment], asked[(int)respondent, moment]))))
            .ToList();
    }
}
