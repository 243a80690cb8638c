using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace IpsMonitor.Questionnaires;

/// <summary>
/// Reads one definition file and checks it. Every problem in the file is collected before throwing, so a broken file is
/// fixed in one go rather than one start-up at a time.
/// </summary>
internal sealed partial class DefinitionReader
{
    private readonly List<string> problems = [];
    private readonly HashSet<string> itemIds = [];

    private DefinitionReader()
    {
    }

    public static QuestionnaireDefinition Read(string name, string json)
    {
        DefinitionJson? dto;
        try
        {
            dto = JsonSerializer.Deserialize<DefinitionJson>(json, DefinitionJson.Options);
        }
        catch (JsonException e)
        {
            throw Invalid(name, [$"the JSON cannot be read: {e.Message}"]);
        }

        if (dto is null)
            throw Invalid(name, ["the file holds no definition"]);
        var reader = new DefinitionReader();
        var definition = reader.Map(name, dto);
        return reader.problems.Count == 0 ? definition : throw Invalid(name, reader.problems);
    }

    public static InvalidOperationException Invalid(string name, IEnumerable<string> problems) =>
        new($"Questionnaire definition '{name}' is invalid:" + string.Concat(problems.Select(p => "\n- " + p)));

    private QuestionnaireDefinition Map(string name, DefinitionJson dto)
    {
        if (!IsId(dto.Id, allowDash: true))
            Problem("'id' is missing or not lowercase letters, digits, '-' and '_'");
        if (dto.Version is not >= 1)
            Problem("'version' is missing or below 1");
        if (dto.Id is not null && dto.Version is not null && name != $"{dto.Id}.v{dto.Version}.json")
            Problem($"the file name must be '{dto.Id}.v{dto.Version}.json' to match its id and version");
        Respondent? respondent = dto.Respondent switch
        {
            "candidate" => Respondent.Candidate,
            "supervisor" => Respondent.Supervisor,
            _ => Problem<Respondent?>($"'respondent' must be \"candidate\" or \"supervisor\", not \"{dto.Respondent}\"", null),
        };
        if (dto.Languages is null || !Languages.Respondent.Order().SequenceEqual(dto.Languages.Order()) || dto.Languages[0] != Languages.Default)
            Problem($"'languages' must be [\"{string.Join("\", \"", Languages.Respondent)}\"], the default first");
        if (dto.Groups is not { Count: > 0 })
            Problem("'groups' is missing or empty");

        var groupIds = new HashSet<string>();
        var groups = Present(dto.Groups, "'groups'").Select((g, i) =>
        {
            var where = $"group {i + 1} ('{g.Id}')";
            if (!IsId(g.Id))
                Problem($"{where} has a missing or malformed 'id'");
            else if (!groupIds.Add(g.Id))
                Problem($"{where}: the group id is used twice");
            if (g.Items is not { Count: > 0 })
                Problem($"{where} has no items");
            var items = Present(g.Items, $"{where} 'items'").Select((item, n) => MapItem(item, $"item {n + 1} of {where}", respondent)).OfType<Item>().ToList();
            return new ItemGroup(g.Id ?? "", Text(g.Title, $"{where} 'title'"), OptionalText(g.Intro, $"{where} 'intro'"), items);
        }).ToList();

        return new QuestionnaireDefinition(dto.Id ?? "", dto.Version ?? 0, respondent ?? default, Text(dto.Title, "'title'"),
            OptionalText(dto.Intro, "'intro'"), groups);
    }

    /// <summary>Refuses properties another kind uses, so a scale's sd on a yes/no item is a mistake, not dead weight.</summary>
    private void Only(ItemJson i, string where, string kind, params string[] allowed)
    {
        (string Name, bool Present)[] all =
        [
            ("min", i.Min is not null), ("max", i.Max is not null), ("minLabel", i.MinLabel is not null), ("midLabel", i.MidLabel is not null),
            ("maxLabel", i.MaxLabel is not null), ("sd", i.Sd is not null), ("reliability", i.Reliability is not null),
            ("unit", i.Unit is not null), ("step", i.Step is not null), ("options", i.Options is not null), ("maxLength", i.MaxLength is not null),
        ];
        var stray = all.Where(p => p.Present && !allowed.Contains(p.Name)).Select(p => p.Name).ToList();
        foreach (var name in stray)
            Problem($"{where} has '{name}', which a {kind} item does not use");
    }

    private LocalizedText? OptionalText(Dictionary<string, string>? texts, string what) => texts is null ? null : Text(texts, what);

    private LocalizedText Text(Dictionary<string, string>? texts, string what)
    {
        if (texts is null)
        {
            Problem($"{what} is missing");
            return new LocalizedText(new Dictionary<string, string>());
        }

        foreach (var lang in Languages.Respondent.Where(l => string.IsNullOrWhiteSpace(texts.GetValueOrDefault(l))))
            Problem($"{what} has no \"{lang}\" text");
        foreach (var lang in texts.Keys.Except(Languages.Respondent))
            Problem($"{what} has text in \"{lang}\", which the pages do not speak");
        return new LocalizedText(texts);
    }

    /// <summary>The entries of a list, with a null entry ("groups": [null]) reported instead of failing later.</summary>
    private List<T> Present<T>(List<T>? list, string what)
        where T : class
    {
        if (list?.Any(x => x is null) == true)
            Problem($"{what} has an empty entry");
        return list?.Where(x => x is not null).ToList() ?? [];
    }

    private static bool IsId([NotNullWhen(true)] string? id, bool allowDash = false) =>
        id is { Length: > 0 and <= 64 } && char.IsAsciiLetterLower(id[0])
        && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_' || (allowDash && c == '-'));

    private void Problem(string problem) => problems.Add(problem);

    /// <summary>Records the problem and goes on with <paramref name="fallback"/>, so one reading reports every problem.</summary>
    private T Problem<T>(string problem, T fallback)
    {
        problems.Add(problem);
        return fallback;
    }
}
