namespace IpsMonitor.Questionnaires.Pages;

/// <summary>Where urgent help is, for a candidate: the coach's name and phone when the programme recorded them.</summary>
public sealed record HelpView(UiText Text, string? CoachName, string? CoachPhone);

/// <summary>How a supervisor reaches the coach: the coach's name and phone as the programme recorded them.</summary>
public sealed record ReachView(UiText Text, string? CoachName, string? CoachPhone)
{
    /// <summary>The coach's e-mail address, where recorded.</summary>
    public string? CoachEmail { get; init; }
}

/// <summary>The lines of the "who is this about" box a supervisor sees, already in the reader's language.</summary>
public sealed record AboutView(string Title, IReadOnlyList<AboutLine> Lines);

public sealed record AboutLine(string Label, string Value);

/// <summary>A link on a page, with its words.</summary>
public sealed record LinkView(string Href, string Text);

/// <summary>
/// A page of one message. Link is a link under it (the way back, the development view); After a sentence under it; Help
/// the urgent-help box a candidate sees; Reach how a supervisor reaches the coach.
/// </summary>
public sealed record MessageView(UiText Text, string Title, string Body, LinkView? Link = null, string? After = null,
    HelpView? Help = null, ReachView? Reach = null);
