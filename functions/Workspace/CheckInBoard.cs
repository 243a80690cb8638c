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
    public double? Percent => Sent == 0 ? null : 100.0 * Answered / Sent;
}

/// <summary>
/// The check-ins board as a pure function of the stored check-ins. The states are the product's own: answered, missed (the
/// link expired unanswered; an open link past its expiry counts as missed before the daily run records it), open, and
/// among the open ones those whose link works for at most <see cref="TodayList.HorizonDays"/> more days. The response
/// rate is the workbooks' (answered over closed, by when the check-in closed) over the last <see cref="WindowDays"/> days.
/// </summary>
internal static class CheckInBoard
{
    public const int WindowDays = 90;

    /// <summary>Every check-in the board shows expires after this: an answer comes before the link's expiry.</summary>
    public static DateTimeOffset ReadFrom(DateTimeOffset now) => now.AddDays(-WindowDays);

    public static BoardState? State(Invitation i, DateTimeOffset now) => i.State switch
    {
        InvitationState.Answered => BoardState.Answered,
        InvitationState.Missed => BoardState.Missed,
        InvitationState.Open when i.ExpiresAt <= now => BoardState.Missed,
        InvitationState.Open when i.ValidThrough <= ProgrammeTime.DateOf(now).AddDays(TodayList.HorizonDays) => BoardState.Expiring,
        InvitationState.Open => BoardState.Open,
        _ => null,
    };

    /// <summary>When the check-in closed: the answer, or the link's expiry; null while it can still be answered.</summary>
    public static DateTimeOffset? ClosedAt(Invitation i, DateTimeOffset now) => State(i, now) switch
    {
        BoardState.Answered => i.AnsweredAt,
        BoardState.Missed => i.ExpiresAt,
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
            .Select(i => (CheckIn: i, State: State(i, now), Closed: ClosedAt(i, now)))
            .Where(x => x.State is { } s && (only is null || s == only) && (x.Closed is null || x.Closed >= from))
            .OrderBy(x => x.State)
            .ThenBy(x => x.Closed is { } closed ? -closed.UtcTicks : x.CheckIn.ExpiresAt.UtcTicks)
            .ThenBy(x => x.CheckIn.CandidateId, StringComparer.Ordinal)
            .ThenBy(x => x.CheckIn.Id, StringComparer.Ordinal)
            .Select(x => new BoardLine(x.CheckIn, byId[x.CheckIn.CandidateId], x.State ?? BoardState.Open))
            .ToList();
    }

    /// <summary>
    /// Per coach of <paramref name="coachIds"/>: the check-ins of their current candidates that closed in the last
    /// <see cref="WindowDays"/> days, and how many of those were answered.
    /// </summary>
    public static List<ResponseRate> Rates(IReadOnlyCollection<Candidate> candidates, IEnumerable<Invitation> checkIns,
        DateTimeOffset now, IEnumerable<string> coachIds)
    {
        var coachOf = candidates.ToDictionary(c => c.Id, c => c.CoachId, StringComparer.Ordinal);
        var from = ReadFrom(now);
        var counts = coachIds.Distinct().ToDictionary(c => c, _ => (Answered: 0, Sent: 0), StringComparer.Ordinal);
        foreach (var i in checkIns)
        {
            if (ClosedAt(i, now) is not { } closed || closed < from || closed > now
                || !coachOf.TryGetValue(i.CandidateId, out var coach) || !counts.TryGetValue(coach, out var count))
                continue;
            counts[coach] = (count.Answered + (i.State == InvitationState.Answered ? 1 : 0), count.Sent + 1);
        }
        return counts.Select(c => new ResponseRate(c.Key, c.Value.Answered, c.Value.Sent)).ToList();
    }
}
