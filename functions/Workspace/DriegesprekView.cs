namespace IpsMonitor.Workspace;

/// <summary>
/// The driegesprek agenda: the printed header (who, which job, which day), one chart per shared dimension, then the lists
/// of what to talk about.
/// </summary>
public sealed record DriegesprekView(string Header, IReadOnlyList<ChartView> Charts, IReadOnlyList<AgendaList> Lists)
{
    /// <summary>The supervisor's latest check-in in words; its comment is whole here and clamped on paper by the style.</summary>
    public SupervisorVoiceView? Supervisor { get; init; }

    /// <summary>Whether paper leaves something out, so the printout says the full text is on screen.</summary>
    public bool ShortenedOnPaper =>
        Lists.Any(l => l.Items.Count > l.PaperItems || l.Items.Any(i => i.Paper is not null));
}

/// <summary>
/// One list of the agenda, with the sentence to show when it is empty. Paper takes the first <see cref="OnPaper"/> items,
/// so the agenda fits one A4 page whatever the data; the screen shows them all.
/// </summary>
public sealed record AgendaList(string Title, IReadOnlyList<AgendaItem> Items, string None)
{
    public const int OnPaper = 6;

    /// <summary>The items paper takes of this list: <see cref="OnPaper"/>, or fewer for a list that must leave room.</summary>
    public int PaperItems { get; init; } = OnPaper;
}

/// <summary>One line of the agenda; <c>Paper</c> is the shortened text printed instead, when the line is long.</summary>
public sealed record AgendaItem(string Text, string? Paper)
{
    /// <summary>Characters a line keeps on paper: about two printed lines in the agenda's column.</summary>
    public const int PaperLength = 160;

    public static AgendaItem Of(string text) => OfLength(text, PaperLength);

    /// <summary>A line kept to <paramref name="paperLength"/> characters on paper, for a list that must leave room.</summary>
    public static AgendaItem OfLength(string text, int paperLength) =>
        new(text, text.Length <= paperLength ? null : Shorten(text, paperLength));

    /// <summary>Cut at the last space before the limit, so no word is broken, and mark the cut.</summary>
    internal static string Shorten(string text, int paperLength)
    {
        var cut = text.LastIndexOf(' ', paperLength - 1);
        return text[..(cut > paperLength / 2 ? cut : paperLength - 1)].TrimEnd(' ', ',', ';', '.') + "…";
    }
}

/// <summary>
/// The supervisor's latest check-in as the agenda shows it: a title, the line naming the day (and the supervisor), the
/// answers as facts and the comment (or the word for none), or only the sentence that there is no check-in yet.
/// </summary>
public sealed record SupervisorVoiceView(
    string Title, string Heading, IReadOnlyList<Fact> Answers, string CommentTerm, string? Comment)
{
    /// <summary>Each adjustment's fit on its own line, by its whole name: on screen only.</summary>
    public IReadOnlyList<Fact> Fits { get; init; } = [];

    /// <summary>The same fits on one line, by kind: on paper only. Null when the supervisor rated no adjustment on its own.</summary>
    public Fact? FitsOnPaper { get; init; }
}
