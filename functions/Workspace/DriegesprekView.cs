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
        Lists.Any(l => l.Items.Count > AgendaList.OnPaper || l.Items.Any(i => i.Paper is not null));
}

/// <summary>
/// One list of the agenda, with the sentence to show when it is empty. Paper takes the first <see cref="OnPaper"/> items,
/// so the agenda fits one A4 page whatever the data; the screen shows them all.
/// </summary>
public sealed record AgendaList(string Title, IReadOnlyList<AgendaItem> Items, string None)
{
    public const int OnPaper = 6;
}

/// <summary>One line of the agenda; <c>Paper</c> is the shortened text printed instead, when the line is long.</summary>
public sealed record AgendaItem(string Text, string? Paper)
{
    /// <summary>Characters a line keeps on paper: about two printed lines in the agenda's column.</summary>
    public const int PaperLength = 160;

    public static AgendaItem Of(string text) => new(text, text.Length <= PaperLength ? null : Shorten(text));

    /// <summary>Cut at the last space before the limit, so no word is broken, and mark the cut.</summary>
    private static string Shorten(string text)
    {
        var cut = text.LastIndexOf(' ', PaperLength - 1);
        return text[..(cut > PaperLength / 2 ? cut : PaperLength - 1)].TrimEnd(' ', ',', ';', '.') + "…";
    }
}

/// <summary>
/// The supervisor's latest check-in as the agenda shows it: a title, the line naming the day (and the supervisor), the
/// answers as facts and the comment (or the word for none), or only the sentence that there is no check-in yet.
/// </summary>
public sealed record SupervisorVoiceView(
    string Title, string Heading, IReadOnlyList<Fact> Answers, string CommentTerm, string? Comment);
