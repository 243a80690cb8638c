namespace IpsMonitor.Questionnaires;

internal enum ItemKind
{
    Scale,
    Number,
    YesNo,
    Choice,
    Text,
}

/// <summary>Who is asked an item: everyone, only candidates in work, or only candidates looking for work.</summary>
internal enum Audience
{
    Everyone,
    InWork,
    LookingForWork,
}

/// <summary>One question. The kind decides how it is asked, parsed and stored (see <see cref="CheckIns.Answer"/>).</summary>
internal abstract record Item(string Id, bool Required, LocalizedText Text, LocalizedText? Hint)
{
    public abstract ItemKind Kind { get; }

    /// <summary>A few words naming the question, for the error summary; the full text when the definition gives none.</summary>
    public LocalizedText? ShortLabel { get; init; }

    public Audience For { get; init; }

    /// <summary>
    /// Asked once for each current adjustment of the supervisor's job, its text naming the adjustment where it says
    /// "{adjustment}" (see <see cref="QuestionnaireDefinition.AskedAbout"/>).
    /// </summary>
    public bool PerAdjustment { get; init; }

    public string Label(string lang) => (ShortLabel ?? Text)[lang];
}

/// <summary>
/// A whole-number rating from Min to Max with its ends labelled. Sd and reliability feed the reliable change index, so
/// every scale states them.
/// </summary>
internal sealed record ScaleItem(
    string Id,
    bool Required,
    LocalizedText Text,
    LocalizedText? Hint,
    int Min,
    int Max,
    LocalizedText MinLabel,
    LocalizedText? MidLabel,
    LocalizedText MaxLabel,
    ScaleStatistics Statistics) : Item(Id, Required, Text, Hint)
{
    public override ItemKind Kind => ItemKind.Scale;

    /// <summary>The middle point a mid label belongs to; only scales with an odd number of points have one.</summary>
    public int? Mid => (Min + Max) % 2 == 0 ? (Min + Max) / 2 : null;
}

internal sealed record NumberItem(
    string Id,
    bool Required,
    LocalizedText Text,
    LocalizedText? Hint,
    LocalizedText Unit,
    decimal Min,
    decimal Max,
    decimal Step) : Item(Id, Required, Text, Hint)
{
    public override ItemKind Kind => ItemKind.Number;
}

internal sealed record YesNoItem(string Id, bool Required, LocalizedText Text, LocalizedText? Hint) : Item(Id, Required, Text, Hint)
{
    public override ItemKind Kind => ItemKind.YesNo;
}

internal sealed record ChoiceItem(string Id, bool Required, LocalizedText Text, LocalizedText? Hint, IReadOnlyList<Option> Options)
    : Item(Id, Required, Text, Hint)
{
    public override ItemKind Kind => ItemKind.Choice;
}

internal sealed record Option(string Id, LocalizedText Label);

/// <summary>Free text: never required, and never longer than MaxLength (too long is an error, never cut off).</summary>
internal sealed record TextItem(string Id, LocalizedText Text, LocalizedText? Hint, int MaxLength) : Item(Id, false, Text, Hint)
{
    public override ItemKind Kind => ItemKind.Text;
}
