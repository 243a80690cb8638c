using System.Diagnostics.CodeAnalysis;

namespace IpsMonitor.Questionnaires;

/// <summary>
/// Every questionnaire definition the app knows, all versions, checked once when loaded. Old versions stay so that stored
/// answers are always read with the definition they were given with.
/// </summary>
internal sealed class QuestionnaireCatalog
{
    public const string CandidateCheckIn = "candidate-checkin";
    public const string SupervisorCheckIn = "supervisor-checkin";

    // The csproj embeds Definitions/*.json under this logical name, so the names do not depend on the root namespace.
    private const string ResourcePrefix = "questionnaires/";

    private readonly Dictionary<(string Id, int Version), QuestionnaireDefinition> byVersion;
    private readonly Dictionary<string, QuestionnaireDefinition> current;

    private QuestionnaireCatalog(IReadOnlyList<QuestionnaireDefinition> all)
    {
        All = all;
        byVersion = all.ToDictionary(d => (d.Id, d.Version));
        current = all.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.MaxBy(d => d.Version)!);
        CurrentScaleStatistics = current.Values.SelectMany(d => d.ScaleStatistics).ToDictionary();
    }

    public IReadOnlyList<QuestionnaireDefinition> All { get; }

    /// <summary>The scale statistics of every current definition together, keyed by item id (ids are unique across them).</summary>
    public IReadOnlyDictionary<string, ScaleStatistics> CurrentScaleStatistics { get; }

    /// <summary>The definitions shipped inside the app. Throws when one is broken or a default questionnaire is missing.</summary>
    public static QuestionnaireCatalog LoadEmbedded()
    {
        var assembly = typeof(QuestionnaireCatalog).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return (n[ResourcePrefix.Length..], reader.ReadToEnd());
            });
        var catalog = Load(files);
        _ = catalog.Current(Respondent.Candidate);
        _ = catalog.Current(Respondent.Supervisor);
        return catalog;
    }

    /// <summary>Reads and checks definitions given as (file name, JSON); throws InvalidOperationException naming the file and the problem.</summary>
    public static QuestionnaireCatalog Load(IEnumerable<(string Name, string Json)> files)
    {
        var read = files.Select(f => (f.Name, Definition: DefinitionReader.Read(f.Name, f.Json))).ToList();
        if (read.Count == 0)
            throw new InvalidOperationException("No questionnaire definitions were found (expected Questionnaires/Definitions/*.json as embedded resources).");
        foreach (var duplicate in read.GroupBy(r => (r.Definition.Id, r.Definition.Version)).Where(g => g.Count() > 1))
            throw new InvalidOperationException(
                $"Questionnaire definitions {string.Join(" and ", duplicate.Select(d => $"'{d.Name}'"))} both "
                    + $"define '{duplicate.Key.Id}' version {duplicate.Key.Version}.");
        foreach (var versions in read.GroupBy(r => r.Definition.Id))
            CheckVersionsAgree(versions.OrderBy(r => r.Definition.Version).ToList());
        CheckCurrentItemIdsAreUnique(read.GroupBy(r => r.Definition.Id).Select(g => g.MaxBy(r => r.Definition.Version)).ToList());
        return new QuestionnaireCatalog(read.Select(r => r.Definition).ToList());
    }

    public QuestionnaireDefinition Get(string id, int version) =>
        TryGet(id, version, out var definition) ? definition : throw new KeyNotFoundException($"There is no questionnaire '{id}' version {version}.");

    public bool TryGet(string id, int version, [NotNullWhen(true)] out QuestionnaireDefinition? definition) =>
        byVersion.TryGetValue((id, version), out definition);

    /// <summary>The highest version of a questionnaire.</summary>
    public QuestionnaireDefinition Current(string id) =>
        current.TryGetValue(id, out var definition) ? definition : throw new InvalidOperationException($"No questionnaire definition '{id}' is loaded.");

    /// <summary>
    /// The highest version of the default check-in for a respondent. Chosen by id rather than by respondent alone, so that a
    /// licensed instrument loaded later as another definition never replaces the default check-in by accident.
    /// </summary>
    public QuestionnaireDefinition Current(Respondent respondent) =>
        Current(respondent == Respondent.Supervisor ? SupervisorCheckIn : CandidateCheckIn);

    public static IReadOnlyDictionary<string, ScaleStatistics> ScaleStatistics(QuestionnaireDefinition definition) => definition.ScaleStatistics;

    // Versions of one questionnaire share respondent and item meanings; otherwise scores across versions would not compare.
    private static void CheckVersionsAgree(List<(string Name, QuestionnaireDefinition Definition)> versions)
    {
        var first = versions[0];
        foreach (var (name, later) in versions.Skip(1))
        {
            if (later.Respondent != first.Definition.Respondent)
                throw DefinitionReader.Invalid(name, [$"its respondent differs from '{first.Name}'; a new respondent needs a new questionnaire id"]);
            foreach (var item in later.Items)
            {
                var earlier = versions.Select(v => v.Definition.FindItem(item.Id)).FirstOrDefault(i => i is not null);
                if (earlier is not null && !SameMeaning(earlier, item))
                    throw DefinitionReader.Invalid(name, [$"item '{item.Id}' changes kind or range from an earlier version; give the changed item a new id"]);
            }
        }
    }

    private static bool SameMeaning(Item earlier, Item later) => (earlier, later) switch
    {
        (ScaleItem a, ScaleItem b) => a.Min == b.Min && a.Max == b.Max,
        _ => earlier.Kind == later.Kind,
    };

    private static void CheckCurrentItemIdsAreUnique(List<(string Name, QuestionnaireDefinition Definition)> current)
    {
        var owner = new Dictionary<string, string>();
        foreach (var (name, definition) in current)
            foreach (var item in definition.Items)
                if (!owner.TryAdd(item.Id, name))
                    throw DefinitionReader.Invalid(name, [$"item '{item.Id}' is also used by '{owner[item.Id]}'; item ids are unique across questionnaires"]);
    }
}
