namespace IpsMonitor.Questionnaires;

/// <summary>
/// One version of a questionnaire, read from Definitions/{id}.v{version}.json. A stored answer keeps the id and version it
/// was given with, so a later version never changes past scores.
/// </summary>
internal sealed record QuestionnaireDefinition(
    string Id,
    int Version,
    Respondent Respondent,
    LocalizedText Title,
    LocalizedText? Intro,
    IReadOnlyList<ItemGroup> Groups)
{
    public IEnumerable<Item> Items => Groups.SelectMany(g => g.Items);

    public Item? FindItem(string itemId) => Items.FirstOrDefault(i => i.Id == itemId);

    /// <summary>The 1-based screen an item is on, or null when the item is not in this definition.</summary>
    public int? StepOf(string itemId)
    {
        for (var i = 0; i < Groups.Count; i++)
            if (Groups[i].Items.Any(item => item.Id == itemId))
                return i + 1;
        return null;
    }

    /// <summary>
    /// The questionnaire as one candidate sees it: items meant for someone in work (or someone looking for work) only when
    /// that fits, and screens left without items dropped. Same id and version, so answers are stored as before.
    /// </summary>
    public QuestionnaireDefinition AskedOf(bool inWork)
    {
        var skip = inWork ? Audience.LookingForWork : Audience.InWork;
        var groups = Groups
            .Select(g => g with { Items = g.Items.Where(i => i.For != skip).ToList() })
            .Where(g => g.Items.Count > 0)
            .ToList();
        return this with { Groups = groups };
    }

    /// <summary>Where an item asked per adjustment names the adjustment, in its text and label.</summary>
    public const string AdjustmentHole = "{adjustment}";

    /// <summary>The ids of the items asked per adjustment, kept after <see cref="AskedAbout"/> replaced them by their copies.</summary>
    public IReadOnlySet<string> PerAdjustmentIds { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// The questionnaire as a supervisor sees it for one job: an item asked per adjustment becomes one item for each of
    /// <paramref name="adjustments"/>, with the id "{item}-{adjustment id}" and the adjustment's name in its text; without
    /// adjustments it is not asked. Same id and version, so answers are stored as before, one per adjustment.
    /// </summary>
    public QuestionnaireDefinition AskedAbout(IReadOnlyList<AdjustmentAsked> adjustments)
    {
        var groups = Groups
            .Select(g => g with { Items = [.. g.Items.SelectMany(i => i.PerAdjustment ? adjustments.Select(a => Naming(i, a)) : [i])] })
            .Where(g => g.Items.Count > 0)
            .ToList();
        return this with
        {
            Groups = groups,
            PerAdjustmentIds = Items.Where(i => i.PerAdjustment).Select(i => i.Id).Concat(PerAdjustmentIds).ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>The answer id of an item asked about one adjustment. Item ids hold no '-', so it is never another item's.</summary>
    public static string PerAdjustmentId(string itemId, string adjustmentId) => $"{itemId}-{adjustmentId}";

    /// <summary>
    /// A field of an adjustment no longer asked about (reversed while the page was open): left out, not a broken form.
    /// </summary>
    public bool IsDroppedAdjustmentField(string field) =>
        field.Split('-') is [var itemId, { Length: > 0 }] && PerAdjustmentIds.Contains(itemId);

    private static Item Naming(Item item, AdjustmentAsked adjustment) => item with
    {
        Id = PerAdjustmentId(item.Id, adjustment.Id),
        Text = Fill(item.Text, adjustment.Name),
        ShortLabel = item.ShortLabel is { } label ? Fill(label, adjustment.Name) : null,
        PerAdjustment = false,
    };

    private static LocalizedText Fill(LocalizedText text, LocalizedText name) => new(text.Texts.ToDictionary(
        t => t.Key, t => t.Value.Replace(AdjustmentHole, name[t.Key], StringComparison.Ordinal)));

    /// <summary>The spread and reliability of every scale item, keyed by item id, for the reliable change index.</summary>
    public IReadOnlyDictionary<string, ScaleStatistics> ScaleStatistics =>
        Items.OfType<ScaleItem>().ToDictionary(i => i.Id, i => i.Statistics);
}

/// <summary>The items shown together on one screen.</summary>
internal sealed record ItemGroup(string Id, LocalizedText Title, LocalizedText? Intro, IReadOnlyList<Item> Items);
