namespace IpsMonitor.Questionnaires.Pages;

/// <summary>
/// One screen of a questionnaire as the page shows it, every text already in the reader's language. Forward is the
/// action and words of the main button ("next", or "submit" on the last screen); Carried are the answers of the other
/// screens, posted again as hidden fields.
/// </summary>
public sealed record ScreenView
{
    public required UiText Text { get; init; }
    public required string PageTitle { get; init; }
    public required string FormAction { get; init; }
    public required string ForwardAction { get; init; }
    public required string ForwardText { get; init; }
    public required IReadOnlyList<LanguageSwitch> Languages { get; init; }
    public required string Title { get; init; }
    public required int Step { get; init; }
    public required int Steps { get; init; }
    public required string Progress { get; init; }
    public required IReadOnlyList<string> Notices { get; init; }
    public SummaryView? Summary { get; init; }
    public string? Intro { get; init; }
    public AboutView? About { get; init; }
    public required IReadOnlyList<KeyValuePair<string, string>> Carried { get; init; }
    public required string GroupTitle { get; init; }
    public string? GroupIntro { get; init; }
    public required IReadOnlyList<ItemView> Items { get; init; }
    public required bool CanGoBack { get; init; }
    public HelpView? Help { get; init; }

    /// <summary>For a supervisor: how to reach the coach.</summary>
    public ReachView? Reach { get; init; }
}

/// <summary>A button that posts the screen and shows it again in another language, named in that language.</summary>
public sealed record LanguageSwitch(string Action, string Lang, string Name);

/// <summary>The problems (or "Klopt dit?" questions) of a screen; Css is "error-summary" with "check-summary" for checks only.</summary>
public sealed record SummaryView(string Css, string Title, IReadOnlyList<SummaryLine> Lines);

/// <summary>One line of the summary: linked to its question when it is on this screen, else prefixed with its step.</summary>
public sealed record SummaryLine(string Text, string? Href, string? Step);

public enum ItemShape
{
    Boxes,
    Number,
    Text,
}

/// <summary>
/// One question as shown. Boxes (scale, yes/no, choice) carry Options and BoxesCss, a scale its Ends; a number its
/// Value as the reader writes it, Unit and Check; a text its Value and MaxLengthHint.
/// </summary>
public sealed record ItemView
{
    public required string Id { get; init; }
    public required ItemShape Shape { get; init; }
    public required string Question { get; init; }
    public required bool Optional { get; init; }
    public string? Hint { get; init; }
    public string? Error { get; init; }
    public IReadOnlyList<OptionView> Options { get; init; } = [];
    public string BoxesCss { get; init; } = "boxes";
    public ScaleEndsView? Ends { get; init; }
    public string? Value { get; init; }
    public string? Unit { get; init; }
    public string? MaxLengthHint { get; init; }
    public CheckView? Check { get; init; }

    // Item ids are lowercase letters, digits and '_' (the reader checks), so they are safe in ids and names as they are.
    public string FieldId => "f-" + Id;

    /// <summary>The id of the question as a whole (its fieldset), where the error summary links to.</summary>
    public string QuestionId => "q-" + Id;

    public string? Invalid => Error is null ? null : "true";

    public string Css => Error is null ? "item" : "item invalid";

    /// <summary>The ids that describe the field: the hint, what the shape adds (scale ends, unit, length), the error.</summary>
    public string? DescribedBy(string? extra)
    {
        var ids = new[] { Hint is null ? null : "h-" + Id, extra, Error is null ? null : "e-" + Id }.OfType<string>().ToList();
        return ids.Count == 0 ? null : string.Join(' ', ids);
    }
}

public sealed record OptionView(string Value, string Label, bool Checked);

/// <summary>The labelled ends of a scale, as "0 = …", and its middle when the definition names it.</summary>
public sealed record ScaleEndsView(string Min, string? Mid, string Max);

/// <summary>"Klopt dit?" under an unlikely number, with a tick that confirms exactly this value (invariant).</summary>
public sealed record CheckView(string Question, string Field, string Value, bool Confirmed);
