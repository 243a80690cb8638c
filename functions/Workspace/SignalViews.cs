using IpsMonitor.Signals;

namespace IpsMonitor.Workspace;

/// <summary>A stored signal as its card on the candidate page, in the reader's language.</summary>
internal static class SignalViews
{
    /// <summary>
    /// The card: the explanation, the evidence in words (the jobs name the job it concerns), who acknowledged it by name,
    /// and the stored facts for the technical details.
    /// </summary>
    public static SignalView Card(StaffText t, StoredSignal s, IReadOnlyList<Job> jobs, StaffNames names)
    {
        var dates = $"{t.OpenedOn} {StaffLayout.Date(s.OpenedAt, t)}"
            + (s.ResolvedAt is { } r ? " · " + t.ResolvedOn + " " + StaffLayout.Date(r, t) : "")
            + (s.ResolvedBecause is { } because && t.ResolvedBecause.TryGetValue(because.ToString(), out var why) ? ": " + why : "");
        var role = AuditText.For(t.Lang).Coordinator;
        var acknowledged = s.Acknowledgements.Select(a =>
            string.Format(t.Culture, t.AcknowledgedBy, names.Acknowledger(a.By, role), StaffLayout.Date(a.At, t))
                + (string.IsNullOrEmpty(a.Note) ? "" : ": " + a.Note))
            .ToList();
        return new SignalView(s.Id, s.Type, s.Severity.ToString().ToLowerInvariant(), t.SeverityLabel(s.Severity),
            t.SignalLabel(s.Type), Explanation(t, s), dates, s.ResolvedAt is not null, EvidenceWords.Lines(t, s, jobs),
            EvidenceWords.Technical(s, EvidenceText.For(t.Lang)), acknowledged,
            s.ResolvedAt is null && s.AcknowledgedAt is null);
    }

    /// <summary>The one place the page reads a signal's sentence; the stored text in both languages until signals store facts.</summary>
    private static string Explanation(StaffText t, StoredSignal s) => s.Explanation(t.Lang);
}
