namespace IpsMonitor.Workspace;

/// <summary>The candidate's own goals and open talk points as the coach reads them, with the words around them.</summary>
public sealed record CandidateVoiceView(CandidateVoiceText Words, IReadOnlyList<string> Goals, IReadOnlyList<TalkPointLine> Points, bool Changeable);

/// <summary>One open talk point: its id (for "besproken"), its text and when it was written.</summary>
public sealed record TalkPointLine(string Id, string Text, string Written);

/// <summary>The candidate's voice worded for the candidate page and the driegesprek agenda's lists.</summary>
internal static class CandidateVoiceViews
{
    public static CandidateVoiceView View(Development.CandidateVoice voice, StaffText t, bool changeable)
    {
        var words = CandidateVoiceText.For(t.Lang);
        return new CandidateVoiceView(words, [.. voice.ActiveGoals.Select(g => g.Text)],
            [.. voice.OpenPoints.Select(p => new TalkPointLine(p.Id, p.Text,
                string.Format(t.Culture, words.Written, StaffLayout.Date(ProgrammeTime.DateOf(p.WrittenAt), t))))],
            changeable);
    }

    /// <summary>
    /// The agenda's two lists: the goals as written, the points each with the day they were written. On paper every goal
    /// and point prints, each as one line of at most <see cref="PaperLength"/> characters, so the full agenda keeps to one
    /// A4 page; the screen shows them whole.
    /// </summary>
    public static IReadOnlyList<AgendaList> AgendaLists(CandidateVoiceView voice) =>
    [
        new(voice.Words.GoalsTitle, [.. voice.Goals.Select(g => AgendaItem.OfLength($"“{g}”", PaperLength))], voice.Words.NoGoals)
        {
            PaperItems = PaperItems,
        },
        new(voice.Words.PointsTitle, [.. voice.Points.Select(p => AgendaItem.OfLength($"“{p.Text}”", PaperLength))], voice.Words.NoPoints)
        {
            PaperItems = PaperItems,
        },
    ];

    /// <summary>All of them: the candidate's own goals and points are what the talk is for, and there are at most five.</summary>
    public const int PaperItems = Development.CandidateVoice.MaxOpenPoints;

    /// <summary>About one printed line in the agenda's column.</summary>
    public const int PaperLength = 80;
}
