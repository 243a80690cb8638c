using System.Text.Json;
using System.Text.Json.Serialization;

namespace IpsMonitor.Questionnaires;

/// <summary>
/// The JSON shape of a definition file. Everything is optional here so that the reader can name each missing piece
/// instead of failing on the first; unknown properties are refused so a misspelt "reliabilty" cannot go unnoticed.
/// </summary>
internal sealed record DefinitionJson(
    string? Id,
    int? Version,
    string? Respondent,
    List<string>? Languages,
    Dictionary<string, string>? Title,
    Dictionary<string, string>? Intro,
    List<GroupJson>? Groups)
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };
}

internal sealed record GroupJson(string? Id, Dictionary<string, string>? Title, Dictionary<string, string>? Intro, List<ItemJson>? Items);

internal sealed record ItemJson(
    string? Id,
    string? Kind,
    bool? Required,
    Dictionary<string, string>? Text,
    Dictionary<string, string>? Hint,
    decimal? Min,
    decimal? Max,
    Dictionary<string, string>? MinLabel,
    Dictionary<string, string>? MidLabel,
    Dictionary<string, string>? MaxLabel,
    double? Sd,
    double? Reliability,
    Dictionary<string, string>? Unit,
    decimal? Step,
    List<OptionJson>? Options,
    int? MaxLength,
    Dictionary<string, string>? Label,
    string? For,
    bool? PerAdjustment);

internal sealed record OptionJson(string? Id, Dictionary<string, string>? Label);
