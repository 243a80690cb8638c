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

    /// <summary>The spread and reliability of every scale item, keyed by item id, for the reliable change index.</summary>
    public IReadOnlyDictionary<string, ScaleStatistics> ScaleStatistics =>
        Items.OfType<ScaleItem>().ToDictionary(i => i.Id, i => i.Statistics);
}

/// <summary>The items shown together on one screen.</summary>
internal sealed record ItemGroup(string Id, LocalizedText Title, LocalizedText? Intro, IReadOnlyList<Item> Items);
