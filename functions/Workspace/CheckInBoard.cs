namespace IpsMonitor.Workspace;

/// <summary>Where a check-in stands on the board.</summary>
public enum BoardState
{
    Expiring,
    Open,
    Missed,
    Answered,
}

/// <summary>One check-in on the board, with its candidate and where it stands.</summary>
internal sealed record BoardLine(Invitation CheckIn, Candidate Candidate, BoardState State);

/// <summary>Of the check-ins that closed in the window, how many were answered: per coach.</summary>
internal sealed record ResponseRate(string CoachId, int Answered, int Sent)
{
    public double? Percent => new ResponseWindow(Answered, Sent).Percent;
}

/// <summary>
/// The check-ins board as a pure function of the stored check-ins. The states are the product's own: answered, missed (the
/// link expired unanswered; an open link past its expiry counts as missed before the daily run records it), open, and
/// among the open ones those whose link works for at most <see cref="TodayList.HorizonDays"/> more days. The response
/// per coach is <see cref="ResponseWindow"/>'s, counted with the caseload summaries.
/// </summary>
internal static class CheckInBoard
{
    /// <summary>Every check-in the board shows expires after this: an answer comes before the link's expiry.</summary>
    public static DateTimeOffset ReadFrom(DateTimeOffset now) => now.AddDays(-ResponseWindow.WindowDays);

    public static BoardState? State(Invitation i, DateTimeOffset now) => i.State switch
    {
        InvitationState.Answered => BoardState.Answered,
        InvitationState.Missed => BoardState.Missed,
        InvitationState.Open when i.ExpiresAt <= now => BoardState.Missed,
        InvitationState.Open when i.ValidThrough <= ProgrammeTime.DateOf(now).AddDays(TodayList.HorizonDays) => BoardState.Expiring,
        InvitationState.Open => BoardState.Open,
        _ => null,
    };

    /// <summary>
    /// The open check-ins and those closed from <paramref name="from"/> on, optionally of one state: expiring first
    /// (soonest expiry first), then open, then missed and answered (most recently closed first).
    /// </summary>
    public static List<BoardLine> Lines(IReadOnlyCollection<Candidate> candidates, IEnumerable<Invitation> checkIns,
        DateTimeOffset now, DateTimeOffset from, BoardState? only)
    {
        var byId = candidates.ToDictionary(c => c.Id, StringComparer.Ordinal);
        return checkIns
            .Where(i => byId.ContainsKey(i.CandidateId))
            .Select(i => (CheckIn: i, State: State(i, now), Closed: ResponseWindow.ClosedAt(i, now)))
            .Where(x => x.State is { } s && (only is null || s == only) && (x.Closed is null || x.Closed >= from))
            .OrderBy(x => x.State)
            .ThenBy(x => x.Closed is { } closed ? -closed.UtcTicks : x.CheckIn.ExpiresAt.UtcTicks)
            .ThenBy(x => x.CheckIn.CandidateId, StringComparer.Ordinal)
            .ThenBy(x => x.CheckIn.Id, StringComparer.Ordinal)
            .Select(x => new BoardLine(x.CheckIn, byId[x.CheckIn.CandidateId], x.State ?? BoardState.Open))
            .ToList();
    }
}
