namespace IpsMonitor.CheckIns;

/// <summary>
/// Of the check-ins that closed in the last <see cref="WindowDays"/> days, how many were answered: the workbooks'
/// response (answered over closed, by when the check-in closed). An open link past its expiry counts as missed before
/// the daily run records it. Kept per candidate in the caseload summary, and so counted per coach without reading a check-in.
/// </summary>
internal sealed record ResponseWindow(int Answered, int Sent)
{
    public const int WindowDays = 90;

    public static readonly ResponseWindow None = new(0, 0);

    public double? Percent => Sent == 0 ? null : 100.0 * Answered / Sent;

    /// <summary>When the check-in closed: the answer, or the link's expiry; null while it can still be answered.</summary>
    public static DateTimeOffset? ClosedAt(Invitation i, DateTimeOffset now) => i.State switch
    {
        InvitationState.Answered => i.AnsweredAt,
        InvitationState.Missed => i.ExpiresAt,
        InvitationState.Open when i.ExpiresAt <= now => i.ExpiresAt,
        _ => null,
    };

    public static ResponseWindow Of(IEnumerable<Invitation> checkIns, DateTimeOffset now)
    {
        var from = now.AddDays(-WindowDays);
        var closed = checkIns.Where(i => ClosedAt(i, now) is { } at && at >= from && at <= now).ToList();
        return new ResponseWindow(closed.Count(i => i.State == InvitationState.Answered), closed.Count);
    }
}
